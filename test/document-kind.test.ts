import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { expectValidSummary } from './helpers.js';

function doc(text: string) {
  const s = analyze(text);
  expectValidSummary(s, text);
  return s.document;
}

describe('an award mentioned in passing does not make an award text', () => {
  it.each([
    ['other', 'a plan', 'Ashcombe Youth Justice Plan 2024-25\nThis plan sets our priorities. In 2023 Ashcombe Youth Justice Service achieved the Youth Justice SEND Quality Lead. First-time entrants fell.'],
    ['other', 'minutes', 'Ashcombe Youth Justice Partnership Board\nMinutes of the meeting held on 3 May 2024\n1. The Board noted that Ashcombe Youth Justice Service had been reaccredited as a Quality Lead.'],
    ['inspection', 'an inspection titled with its rating', "Ashcombe youth justice services rated 'Good'\nHM Inspectorate of Probation has rated youth justice services in Ashcombe as 'Good'. The service achieved the SEND Quality Mark in 2021. Ashcombe Youth Justice Service staff were praised."],
  ])('reads %s (%s)', (kind, _label, text) => {
    const d = doc(text);
    expect(d.kind).toBe(kind);
    expect(d.award).toBeNull();
  });
});

describe('award texts written in other ways', () => {
  it.each([
    ['a news headline without the level', 'Proud moment for Ashcombe\nStaff at Ashcombe Youth Justice Service are celebrating after gaining Quality Lead status for their work with children with special educational needs.', { level: 'quality-lead', redesignation: false }],
    ['a level that was retained', 'Ashcombe keeps Quality Lead\nAshcombe Youth Justice Service has retained its Youth Justice SEND Quality Lead status after a review by assessors.', { level: 'quality-lead', redesignation: true }],
    ['"re-awarded"', 'Ashcombe Youth Justice Service has been re-awarded the Youth Justice SEND Quality Lead. Ashcombe Youth Justice Service thanked staff.', { level: 'quality-lead', redesignation: true }],
    ['"renewed"', 'Ashcombe Youth Justice Service has renewed its Quality Lead status. Ashcombe Youth Justice Service thanked staff.', { level: 'quality-lead', redesignation: true }],
  ])('reads %s', (_label, text, award) => {
    const d = doc(text);
    expect(d.kind).toBe('award');
    expect(d.award).toMatchObject(award);
  });

  it('does not read "retain" far from the level as a renewal', () => {
    const text = 'Ashcombe Youth Justice Service has been awarded the Youth Justice SEND Quality Mark. Staff retain their focus on education.';
    expect(doc(text).award).toMatchObject({ level: 'quality-mark', redesignation: false });
  });
});

describe("a service's own annual report", () => {
  it('is other, about its service, while the inspectorate\'s annual report is thematic', () => {
    const ownText =
      'Ashcombe Youth Justice Service\nAnnual Report 2025/26\n\nThis report sets out the work of Ashcombe Youth Justice Service over the year, with its partners in health and education.';
    const own = analyze(ownText);
    expectValidSummary(own, ownText);
    expect(own.document.kind).toBe('other');
    expect(own.subject?.area).toBe('Ashcombe');
    const hmipText =
      'HM Inspectorate of Probation annual report 2025\n\nThe inspectorate publishes its annual report on youth justice services across England and Wales today.';
    const hmip = analyze(hmipText);
    expectValidSummary(hmip, hmipText);
    expect(hmip.document.kind).toBe('thematic');
  });
});
