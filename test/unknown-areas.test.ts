import { describe, expect, it } from 'vitest';
import { analyzeValid } from './helpers.js';

const run = analyzeValid;

describe('document facts and subject without a known area', () => {
  it.each([
    ['Northmere Youth Justice Service was rated Good.', 'inspection', 'good', 'Northmere'],
    [
      'Northmere Youth Justice Service was rated Good, though there was no resettlement plan for two children leaving custody.',
      'inspection',
      'good',
      'Northmere',
    ],
    ["Brackenby's youth justice service has been rated Good by inspectors.", 'inspection', 'good', 'Brackenby'],
    [
      'HM Inspectorate of Probation has judged the youth offending team in Fenwick-on-Sea to be inadequate.',
      'inspection',
      'inadequate',
      'Fenwick-on-Sea',
    ],
    [
      'Inspectors rated Ollerby-le-Marsh Youth Offending Service Outstanding this week.',
      'inspection',
      'outstanding',
      'Ollerby-le-Marsh',
    ],
    [
      'Kelmscombe youth justice team rated requires improvement\nInspectors visited in May.',
      'inspection',
      'requires-improvement',
      'Kelmscombe',
    ],
  ])('%s', (text, kind, rating, area) => {
    const s = run(text);
    expect([s.document.kind, s.document.rating, s.subject?.area]).toEqual([kind, rating, area]);
  });

  it.each([
    [
      'Congratulations to the Bedwick & South Fenland Area Partnership for attaining the Youth Justice SEND Quality Mark.',
      'Bedwick & South Fenland',
    ],
    ['Kingsworth/Ashby Youth Justice Service has been awarded the SEND Quality Lead.', 'Kingsworth/Ashby'],
    ['Morland and Westby Youth Offending Service has gained the Quality Mark.', 'Morland and Westby'],
    [
      'Saltash-under-Ridge Area Partnership has been awarded the Youth Justice SEND Quality Mark.',
      'Saltash-under-Ridge',
    ],
  ])('an award for a joint or hyphenated area keeps every member: %s', (text, area) => {
    const s = run(text);
    expect([s.document.kind, s.subject?.area]).toEqual(['award', area]);
  });
});

describe('the area of a plan, minutes or council the gazetteer does not know', () => {
  it.each([
    [
      'Haverleigh Youth Justice Plan 2025/26\nThis plan sets out how the partnership will support children.',
      'Haverleigh',
    ],
    [
      'Minutes of the Brackenford Youth Justice Management Board, 11 March 2026\nApologies were received.',
      'Brackenford',
    ],
    ['Report to Ollerby Borough Council\nThe youth justice service met its targets this year.', 'Ollerby'],
  ])('%s', (text, area) => {
    expect(run(text).subject?.area).toBe(area);
  });

  it('a plan named without a place has no subject', () => {
    expect(
      run('The Youth Justice Plan 2025/26\nThis plan sets out how the partnership will support children.').subject,
    ).toBeNull();
  });
});

describe('false positives', () => {
  it('an area named only as a comparison baseline does not compete as the subject', () => {
    const s = run(
      'First-time entrants in Dunmere Youth Justice Service fell again. The rate is lower than the Avon and Somerset average and below the Kent Police area rate.',
    );
    expect(s.subject?.area).toBe('Dunmere');
  });

  it("a plan that mentions its service's rating stays a plan", () => {
    const s = run(
      'Northmere Youth Justice Plan 2025 to 2026\nNorthmere Youth Justice Service was rated Good by inspectors in 2024.',
    );
    expect([s.document.kind, s.document.rating]).toEqual(['other', null]);
  });

  it('a count of aspects is not the overall rating', () => {
    const s = run(
      'Kelmscombe Youth Justice Service was inspected. Four areas of its work were judged Outstanding. Overall it was rated Good.',
    );
    expect([s.document.kind, s.document.rating]).toEqual(['inspection', 'good']);
  });

  it.each([
    ['The youth justice service in England was inspected by HMIP in May.'],
    ['The school was rated Good by Ofsted, the head teacher told the youth justice board.'],
  ])('no invented subject in %s', (text) => {
    expect(run(text).subject).toBeNull();
  });

  it('a level hoped for is not the level attained', () => {
    const s = run(
      'Harrowby Youth Justice Service has been awarded the Youth Justice SEND Quality Mark. We look forward to applying for Quality Lead next year, and had hoped to add a Child First Commendation.',
    );
    expect(s.document.award).toMatchObject({ level: 'quality-mark', commendations: [] });
  });
});

describe('subject members with their ONS codes', () => {
  it.each([
    [
      'Tower Hamlets/City of London Area Partnership has attained the Quality Mark.',
      'Tower Hamlets/City of London',
      [
        ['Tower Hamlets', 'E09000030'],
        ['City of London', 'E09000001'],
      ],
    ],
    ['Cardiff Youth Justice Service was rated Good.', 'Cardiff', [['Cardiff', 'W06000015']]],
    [
      'Bedwick & South Fenland Area Partnership has attained the Quality Mark.',
      'Bedwick & South Fenland',
      [
        ['Bedwick', null],
        ['South Fenland', null],
      ],
    ],
    [
      'Kingsworth/Ashby Youth Justice Service has attained the Quality Lead.',
      'Kingsworth/Ashby',
      [
        ['Kingsworth', null],
        ['Ashby', null],
      ],
    ],
  ])('%s', (text, area, members) => {
    const subject = run(text).subject;
    expect(subject?.area).toBe(area);
    expect(subject?.members.map((m) => [m.area, m.code])).toEqual(members);
  });

  it('a joint area is named by its joint mentions, not by a member named alone', () => {
    const s = run(
      'Inspectors rated Conwy and Denbighshire Youth Justice Service Good. Staff in Conwy were praised. Conwy and Denbighshire Youth Justice Service thanked partners.',
    );
    expect(s.subject?.area).toBe('Conwy and Denbighshire');
  });

  it('the second half of a hyphenated name is no area of its own', () => {
    const s = run(
      'The Dyfed-Powys Police and Crime Commissioner funds youth work. The Dyfed-Powys force area covers four counties.',
    );
    expect(s.subject?.area ?? null).not.toBe('Powys');
  });

  it('a scrutiny report that mentions a rating is not an inspection', () => {
    const s = run(
      "Children's Overview and Scrutiny Sub-Board: Youth Justice Service Annual Update\nKelmscombe Youth Justice Service was rated Good at its last inspection.",
    );
    expect(s.document.kind).toBe('other');
  });

  it('an award round-up for two partnerships is an award text about no single area', () => {
    const s = run(
      'Commissioner congratulates two partnerships on SEND awards\nThe Ashvale Area Partnership achieved the Quality Mark, while the Brook and Eskby Area Partnership was redesignated as a Quality Lead.',
    );
    expect([s.document.kind, s.subject, s.document.award]).toEqual(['award', null, null]);
  });

  it('a service named by what it covers ("the joint service covering X and Y", "services: X") gives its area', () => {
    const s = run(
      'Inspection of youth justice services: Kestrel Dale and Ashmoor\nWe inspected the joint youth justice service covering Kestrel Dale and Ashmoor in May. Overall, the service is rated Good.',
    );
    expect([s.document.kind, s.document.rating, s.subject?.area]).toEqual([
      'inspection',
      'good',
      'Kestrel Dale and Ashmoor',
    ]);
  });

  it('a round-up announcing three partnerships is an award text even when no area is named with a service', () => {
    const s = run(
      'Round-up: three more partnerships redesignated as Quality Lead\nThis spring three more area partnerships have been redesignated at Quality Lead level. Calderbrook was praised for its protocol.',
    );
    expect([s.document.kind, s.subject]).toEqual(['award', null]);
    expect(s.document.award).toMatchObject({ level: 'quality-lead', redesignation: true });
  });

  it('a joint area has no single canonical name or code', () => {
    const subject = run('Tower Hamlets/City of London Area Partnership has attained the Quality Mark.').subject;
    expect([subject?.canonical, subject?.code]).toEqual([null, null]);
  });
});
