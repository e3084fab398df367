import { describe, expect, it } from 'vitest';
import { analyzeValid } from './helpers.js';

const run = analyzeValid;

describe('area names written in several ways', () => {
  it.each([
    [
      'a name with a comma',
      'Bournemouth, Christchurch and Poole Youth Justice Service has a new plan. The plan covers the whole area.',
      'Bournemouth, Christchurch and Poole',
      'Bournemouth, Christchurch and Poole',
    ],
    [
      'the same name without the comma',
      'Bournemouth Christchurch and Poole YJS has a new plan.',
      'Bournemouth Christchurch and Poole',
      'Bournemouth, Christchurch and Poole',
    ],
    [
      'an ampersand',
      'Brighton & Hove Youth Offending Service was recognised by assessors. Brighton & Hove YOS thanked staff.',
      'Brighton & Hove',
      'Brighton and Hove',
    ],
    [
      'a short form, given its full name',
      'Hull Youth Justice Service won praise. Hull YJS staff were delighted.',
      'Hull',
      'Kingston upon Hull',
    ],
    [
      'the full form',
      'Kingston upon Hull Youth Justice Service won praise this week.',
      'Kingston upon Hull',
      'Kingston upon Hull',
    ],
    ['a Welsh name', 'Caerdydd Youth Justice Service has opened a new centre.', 'Caerdydd', 'Cardiff'],
    [
      'a Welsh name with hyphens',
      'Pen-y-bont ar Ogwr Youth Justice Service has a new manager.',
      'Pen-y-bont ar Ogwr',
      'Bridgend',
    ],
    [
      'a short name that needs its service head',
      'Stockton Youth Offending Service welcomed the inspectors on Monday.',
      'Stockton',
      'Stockton-on-Tees',
    ],
    [
      'a count of its own teams, with a neighbour named',
      'Leeds Youth Justice Service has three teams and several partner services. Leeds Youth Justice Service also works with Bradford. Leeds Youth Justice Service thanked staff.',
      'Leeds',
      'Leeds',
    ],
    [
      '"one of" a count',
      'Leeds Youth Justice Service is one of four areas to receive the Quality Mark this year. Leeds Youth Justice Service thanked staff.',
      'Leeds',
      'Leeds',
    ],
  ])('%s', (_label, text, area, canonical) => {
    const subject = run(text).subject;
    expect([subject?.area, subject?.canonical]).toEqual([area, canonical]);
    expect(subject?.code).toMatch(/^[EW]\d{8}$/);
  });

  it('does not read a surname as the short form of an area', () => {
    expect(run('Ms Ada Stockton chaired the meeting of Harwick Youth Justice Service.').subject?.area).toBe('Harwick');
  });
});

describe('texts about several partnerships', () => {
  it.each([
    [
      'a count in the lead',
      'Five partnerships gain Youth Justice SEND Quality Mark\nAssessors visited Leeds, Sefton and Bexley this spring. Camden impressed them. Camden was thanked.',
    ],
    [
      'areas heading short lines',
      'Awards round-up\nBexley\nQuality Mark awarded.\nWirral - Quality Lead awarded.\nLeeds\nQuality Mark awarded.\nSefton\nQuality Lead awarded. Sefton has been busy.',
    ],
  ])('gives no subject for %s', (_label, text) => {
    expect(run(text).subject).toBeNull();
  });

  it('keeps one level for partnerships that all gained it', () => {
    const text =
      'Three partnerships reaccredited as Quality Leads\nLeeds, Sefton and Bexley are all reaccredited SEND Quality Leads this month. ' +
      'In Leeds the assessors met the education team. Sefton was praised for its speech therapy. Bexley thanked its staff.';
    const s = run(text);
    expect(s.subject).toBeNull();
    expect(s.document.kind).toBe('award');
    expect(s.document.award).toMatchObject({ level: 'quality-lead', redesignation: true });
  });

  it('gives no award level when the partnerships gained different levels', () => {
    const text =
      'Spring awards\nTeams in Leeds, Sefton and Camden will receive Quality Mark status, while teams in Bexley, Brent and Slough will receive Quality Lead status.';
    const d = run(text).document;
    expect(d.kind).toBe('award');
    expect(d.award).toBeNull();
  });
});
