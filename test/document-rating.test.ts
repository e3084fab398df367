import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { expectValidSummary } from './helpers.js';

function rating(text: string) {
  const s = analyze(text);
  expectValidSummary(s, text);
  expect(s.document.kind).toBe('inspection');
  return s.document.rating;
}

describe('rating wordings', () => {
  it.each([
    ['graded, across the service name', 'outstanding', 'HM Inspectorate of Probation has graded Ashcombe Youth Justice Service Outstanding. Ashcombe Youth Justice Service was visited in June.'],
    ['rated ... as ... overall', 'outstanding', 'HM Inspectorate of Probation rated Ashcombe Youth Justice Service as Outstanding overall. Its leaders were praised.'],
    ['judged to be, lower case', 'inadequate', 'HM Inspectorate of Probation judged Ashcombe YOT to be inadequate overall. Ashcombe YOT will now act on the findings.'],
    ['a heading', 'good', 'Ashcombe Youth Justice Service inspection\nOverall rating: Good\nInspectors visited Ashcombe Youth Justice Service in March.'],
    ['an overall rating of, lower case', 'good', 'Inspectors gave Ashcombe Youth Justice Service an overall rating of good after their visit.'],
    ['rated as, quoted', 'good', "Ashcombe Youth Offending Service has been rated as 'Good' by HM Inspectorate of Probation."],
    ['the work of ... as', 'good', 'HM Inspectorate of Probation has rated the work of Ashcombe Youth Justice Service as Good overall.'],
    ['the year of this inspection after the rating', 'requires-improvement', 'Ashcombe Youth Justice Service has been rated as Requires Improvement after an inspection by HM Inspectorate of Probation (HMIP) in May 2026. Ashcombe Youth Justice Service will respond.'],
    ['services in a place, as', 'requires-improvement', 'Today HM Inspectorate of Probation has rated youth justice services in Ashcombe as Requires improvement. Ashcombe YOS accepted the findings.'],
  ])('reads %s', (_label, want, text) => {
    expect(rating(text)).toBe(want);
  });
});

describe('re-inspections give the new rating', () => {
  it.each([
    ['improved from ... to, lower case', 'good', 'Ashcombe Youth Justice Service has improved from inadequate to good, inspectors said. Ashcombe Youth Justice Service thanked staff.'],
    ['"since the last" after the change', 'requires-improvement', 'Inspectors found Ashcombe YOS has improved from inadequate to requires improvement since their last visit.'],
    ['moved up, new rating first', 'good', "Ashcombe Youth Offending Team has moved up to 'Good' from 'Requires improvement'. Ashcombe Youth Offending Team was inspected in May."],
    ['previously rated, now judged', 'good', 'Ashcombe YJS, previously rated Inadequate, is now judged to be good by HM Inspectorate of Probation.'],
    ['at its last inspection, then this time', 'good', 'At its last inspection Ashcombe YJS was rated Requires improvement. This time, HM Inspectorate of Probation rated Ashcombe YJS Good.'],
    ['latest inspection, up from an old grade', 'outstanding', 'Ashcombe YJS was rated outstanding in its latest inspection by HM Inspectorate of Probation, up from good in 2019.'],
    ['an old rating with "when it was last"', 'requires-improvement', "Ashcombe Youth Justice Service was rated Good when it was last inspected in 2018. After this year's inspection by HM Inspectorate of Probation, Ashcombe Youth Justice Service has been rated Requires improvement."],
    ['"after rating it" the old grade', 'requires-improvement', 'HM Inspectorate of Probation went back to Ashcombe YOS a year after rating it Inadequate. Ashcombe YOS is now rated Requires improvement overall.'],
    ['a standards list with earlier grades', 'good', 'HM Inspectorate of Probation rated Ashcombe YOS Good overall.\nStaff: Good (previously Inadequate)\nLeadership: Requires improvement'],
  ])('%s', (_label, want, text) => {
    expect(rating(text)).toBe(want);
  });
});

describe('no rating', () => {
  it.each([
    ['everyday "good" near a rating verb far back', 'Inspectors rated Ashcombe YOS staff training highly and found good relationships with local schools.'],
    ['"requires improvement" as ordinary words with no change verb', 'HM Inspectorate of Probation said Ashcombe YOS planning still requires improvement in places.'],
  ])('%s', (_label, text) => {
    expect(rating(text)).toBeNull();
  });
});
