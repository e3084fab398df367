import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { expectValidSummary } from './helpers.js';

function doc(text: string) {
  const s = analyze(text);
  expectValidSummary(s, text);
  return s.document;
}

const AWARD = 'Congratulations to Harwick Area Partnership, now holding the Youth Justice SEND Quality Lead Status.\nHarwick Area Partnership impressed the assessors.';
const INSPECTION = "Northmere Youth Justice Service rated 'Good'\nHM Inspectorate of Probation gave Northmere Youth Justice Service an overall rating of 'Good'.";
const THEMATIC = 'Black boys in the youth justice system: a thematic inspection\nHM Inspectorate of Probation found that services too often missed needs.';
const ANNUAL = "Inspectorate's annual report praises youth justice services\nInspectors rated most services 'Good' or better this year.";
const PLAN = 'Northmere Youth Justice Plan 2025\nThe plan sets out how Northmere Youth Justice Service will cut first-time entrants.';
const NEWS = 'Fewer children in Harwick are entering the justice system, Harwick Council said on Monday.';

describe('kind', () => {
  it.each([
    ['award', AWARD],
    ['inspection', INSPECTION],
    ['thematic', THEMATIC],
    ['thematic', ANNUAL],
    ['other', PLAN],
    ['other', NEWS],
    ['other', 'Information about the Youth Justice SEND Quality Mark and how areas can apply for it.'],
    ['inspection', 'Inspectors found that Harwick Youth Justice Service staff knew their children well. Harwick Youth Justice Service thanked them.'],
  ])('reads %s', (kind, text) => {
    expect(doc(text).kind).toBe(kind);
  });

  it('gives the title and an ISO date', () => {
    const d = doc('29-Nov-24 | News\n\nHarwick Youth Justice Service rated Outstanding\n\nPublished 14 November 2024.');
    expect(d.title).toBe('Harwick Youth Justice Service rated Outstanding');
    expect(d.date).toBe('2024-11-29');
  });

  it.each([
    ['a month and a year', 'Harwick Youth Justice Plan\nPublished March 2025 by Harwick Council.', '2025-03'],
    ['an abbreviated month', 'Harwick Youth Justice Plan\nUpdated Sept. 2024.', '2024-09'],
    ['a full date before a month and year', 'Harwick Youth Justice Plan, March 2025\nAgreed on 4 February 2025.', '2025-02-04'],
    ['no month for a word that starts like one', 'Harwick Youth Justice Plan\nMarks 2025 as a year of change.', undefined],
  ])('reads %s', (_label, text, date) => {
    expect(doc(text).date ?? undefined).toBe(date);
  });
});

describe('rating', () => {
  it.each([
    ['outstanding', "Harwick YJS has received an overall rating of 'Outstanding' from HM Inspectorate of Probation."],
    ['good', "Harwick Youth Justice Service rated ‘Good’\nInspectors gave Harwick Youth Justice Service a ‘Good’ rating."],
    ['requires-improvement', 'Inspectors visited Harwick YOS. Overall, Harwick YOS was rated as “Requires improvement”.'],
    ['inadequate', "HM Inspectorate of Probation rated Harwick Youth Offending Team 'Inadequate'. Harwick Youth Offending Team will improve."],
  ])('reads %s', (rating, text) => {
    expect(doc(text).rating).toBe(rating);
  });

  it('picks the new rating of a re-inspection, not the earlier one', () => {
    const text =
      "Calderport YJS rated 'Good' after re-inspection\n" +
      "Calderport YJS has received an overall rating of 'Good' from HM Inspectorate of Probation. " +
      "At its last inspection in 2022 the service was rated 'Inadequate'. Inspectors praised its progress from 'Inadequate' to 'Good'.";
    expect(doc(text).rating).toBe('good');
  });

  it('reads rated aspects apart from the overall rating', () => {
    const text =
      "HM Inspectorate of Probation rated Westmoor YOT 'Good' overall. Westmoor YOT was rated 'Outstanding' for partnerships and services. " +
      "Inspectors rated nine out of 12 standards 'Good'.";
    const d = doc(text);
    expect(d.rating).toBe('good');
    expect(d.aspects).toEqual([
      { aspect: 'partnerships and services', rating: 'outstanding' },
      { aspect: 'nine out of 12 standards', rating: 'good' },
    ]);
  });

  it.each([
    ['everyday praise', 'Inspectors found Harwick YOS did good work and its reports were good.'],
    ['the rating scale', "Inspectors visited Harwick YOS. The ratings are 'Outstanding', 'Good', 'Requires improvement' and 'Inadequate'."],
    ['a thematic report', "A thematic inspection by HM Inspectorate of Probation found most services were rated 'Good'."],
    ['an award text', 'Congratulations to Harwick Area Partnership on its outstanding Quality Lead Status.'],
    ['a lower-case "requires substantial improvement"', 'Inspectors said Harwick YOS requires substantial improvement in its risk work.'],
  ])('gives no rating for %s', (_label, text) => {
    expect(doc(text).rating).toBeNull();
  });
});

describe('award', () => {
  it.each([
    ['a first Quality Lead', AWARD, { level: 'quality-lead', redesignation: false, commendations: [] }],
    [
      'a Quality Mark, with Quality Lead only as a future goal',
      'Congratulations to Harwick Area Partnership, now holding the Youth Justice SEND Quality Mark Status.\nHarwick is working towards Quality Lead status.',
      { level: 'quality-mark', redesignation: false, commendations: [] },
    ],
    [
      'a redesignation with a Child First Commendation',
      'Harwick Youth Justice Service reaccredited as a Quality Lead\nHarwick Youth Justice Service has been reaccredited with a Child First Commendation.',
      { level: 'quality-lead', redesignation: true, commendations: ['child-first'] },
    ],
    [
      'a re-designation written with a hyphen',
      'Harwick Area Partnership is fully deserving of Quality Lead re-designation. Harwick Area Partnership thanked staff.',
      { level: 'quality-lead', redesignation: true, commendations: [] },
    ],
    [
      'a revalidation, after an earlier Quality Mark',
      'Harwick Area Partnership celebrates Quality Lead revalidation\nHarwick Area Partnership first achieved the Quality Mark in 2019 and has now passed its revalidation.',
      { level: 'quality-lead', redesignation: true, commendations: [] },
    ],
  ])('reads %s', (_label, text, award) => {
    const d = doc(text);
    expect(d.kind).toBe('award');
    expect(d.award).toMatchObject(award);
  });

  it.each([
    ['a future redesignation', 'Congratulations to Harwick Area Partnership on its first Quality Mark. Harwick can apply for redesignation in three years.', 'redesignation'],
    ['"Child First" without a commendation', 'Congratulations to Harwick Area Partnership on attaining Quality Lead Status. It is a Child First service.', 'commendations'],
    [
      'a commendation hoped for',
      'Congratulations to Harwick Area Partnership on its first Quality Mark. The team hopes to build on this and, in time, eventually gain a Child First Commendation.',
      'commendations',
    ],
  ])('does not overstate %s', (_label, text, field) => {
    const award = doc(text).award;
    expect(award).not.toBeNull();
    expect(field === 'redesignation' ? award?.redesignation : award?.commendations).toEqual(field === 'redesignation' ? false : []);
  });

  it('gives no award for a round-up of partnerships at different levels', () => {
    const text = 'Teams in Leeds, Sefton, Camden and Bexley will receive Quality Mark status and Brent will receive Quality Lead status.';
    const d = doc(text);
    expect(d.kind).toBe('award');
    expect(d.award).toBeNull();
  });
});
