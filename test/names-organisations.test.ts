import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { expectValidSummary } from './helpers.js';

function orgs(text: string): string[][] {
  const s = analyze(text);
  expectValidSummary(s, text);
  return s.organisations.map((o) => [o.name, o.type]);
}

describe('organisation names joined by "and"', () => {
  it.each([
    ['a long name with "and" inside', 'Cases are discussed at the Multi Agency Risk Threat and Harm Reduction forum every month.', [['Multi Agency Risk Threat and Harm Reduction forum', 'forum']]],
    ['two names with their own heads', 'The Youth Justice Board and the Harwick Safeguarding Partnership met.', [['Youth Justice Board', 'board'], ['Harwick Safeguarding Partnership', 'partnership']]],
    ['two names sharing a plural head', 'Referrals go to the Early Help and YOS YJS teams each week.', [['YOS YJS', 'service']]],
  ])('reads %s', (_label, text, want) => {
    expect(orgs(text)).toEqual(want);
  });
});

describe('names at the start of a sentence', () => {
  it.each([
    ['a phrasal verb that starts a name', 'Turn Around Project staff met the children on Monday.', [['Turn Around Project', 'other']]],
    ['a time word before a name', 'Yesterday Harwick Youth Justice Service opened its doors.', [['Harwick Youth Justice Service', 'service']]],
  ])('reads %s', (_label, text, want) => {
    expect(orgs(text)).toEqual(want);
  });
});
