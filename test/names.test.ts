import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeValid } from './helpers.js';

const run = analyzeValid;

describe('subject', () => {
  it.each([
    [
      'Blackburn with Darwen Area Partnership has been praised by assessors.',
      'Blackburn with Darwen',
      'area-partnership',
    ],
    ['St Helens Youth Justice Service works with children across the borough.', 'St Helens', 'youth-justice-service'],
    [
      'Kingston upon Thames Youth Offending Service opened a new office.',
      'Kingston upon Thames',
      'youth-offending-service',
    ],
    ['Stockton-on-Tees Youth Offending Team met its targets again.', 'Stockton-on-Tees', 'youth-offending-team'],
    ['Telford and Wrekin YOS set up a sports club for children.', 'Telford and Wrekin', 'youth-offending-service'],
    [
      'Bath and North East Somerset YOT was visited by assessors.',
      'Bath and North East Somerset',
      'youth-offending-team',
    ],
    ['Rhondda Cynon Taf Youth Justice Service has a new manager.', 'Rhondda Cynon Taf', 'youth-justice-service'],
    ['The Vale of Glamorgan YJS runs a mentoring scheme.', 'Vale of Glamorgan', 'youth-justice-service'],
    [
      'Wirral Youth Justice Service was commended. Wirral has seen fewer first-time entrants.',
      'Wirral',
      'youth-justice-service',
    ],
    [
      'Harwick Youth Justice Service runs a weekly drop-in. Harwick Youth Justice Service staff lead it.',
      'Harwick',
      'youth-justice-service',
    ],
  ])('finds %s whole', (text, area, type) => {
    const s = run(text);
    expect(s.subject?.area).toBe(area);
    expect(s.subject?.type).toBe(type);
  });

  it.each([
    [
      'Tower Hamlets/City of London Area Partnership was congratulated. Tower Hamlets/City of London Area Partnership thanked staff.',
      'Tower Hamlets/City of London',
    ],
    [
      'Wiltshire and Swindon Youth Offending Team was praised. Wiltshire and Swindon Youth Offending Team thanked staff.',
      'Wiltshire and Swindon',
    ],
    ['Kelsbury and Brenton Youth Justice Service was praised. The service thanked staff.', 'Kelsbury and Brenton'],
  ])('joins services that cover two areas: %s', (text, area) => {
    expect(run(text).subject?.area).toBe(area);
  });

  it.each([
    ['a list of areas in one sentence', 'Teams in Leeds, Sefton, Camden and Bexley were recognised at the ceremony.'],
    [
      'a thematic inspection',
      'HM Inspectorate of Probation published a thematic inspection today. Inspectors visited Leeds Youth Justice Service and other services.',
    ],
    [
      'two services with equal weight',
      'Camden YOS and Bexley YOS both received awards. Camden YOS and Bexley YOS were congratulated.',
    ],
    ['no area at all', 'Children do better when services listen to them.'],
  ])('gives no subject for %s', (_label, text) => {
    expect(run(text).subject).toBeNull();
  });

  it.each([
    ['"Reading" the verb', 'Continue Reading to find out more about Harwick Youth Justice Service.', 'Harwick'],
    ['a person named after a place', 'Councillor Lily Sutton praised Harwick Youth Justice Service.', 'Harwick'],
    ['a city inside a larger name', 'Greater Manchester partners met Harwick Youth Justice Service.', 'Harwick'],
    [
      'a university named after a city',
      'Researchers at Manchester Metropolitan University studied Harwick Youth Justice Service.',
      'Harwick',
    ],
  ])('is not fooled by %s', (_label, text, area) => {
    expect(run(text).subject?.area).toBe(area);
  });

  it('reads Reading the borough in context', () => {
    expect(run('Reading Youth Offending Service was inspected this spring.').subject?.area).toBe('Reading');
  });
});

describe('organisations', () => {
  it.each([
    ['Cases go to the Transforming Lives Panel each week.', 'Transforming Lives Panel', 'panel'],
    ['The Restorative Intervention Panel met victims.', 'Restorative Intervention Panel', 'panel'],
    ['A report by HM Inspectorate of Probation was published.', 'HM Inspectorate of Probation', 'inspectorate'],
    ['Guidance from the Youth Justice Board was followed.', 'Youth Justice Board', 'board'],
    ['Older children are helped by the New Directions team every day.', 'New Directions team', 'team'],
    ['The Neurodiversity Working Group meets monthly.', 'Neurodiversity Working Group', 'forum'],
    ['Funding came from the Department for Education last year.', 'Department for Education', 'body'],
    ['Blackburn with Darwen Area Partnership was praised.', 'Blackburn with Darwen Area Partnership', 'partnership'],
  ])('finds the organisation in %s', (text, name, type) => {
    const org = run(text).organisations.find((o) => o.name === name);
    expect(org?.type).toBe(type);
  });

  it('gives organisations their acronym from the text or the glossary', () => {
    const s = run('Harwick Youth Offending Service (YOS) works with the Youth Justice Board.');
    expect(s.organisations.map((o) => [o.name, o.acronym])).toEqual([
      ['Harwick Youth Offending Service', 'YOS'],
      ['Youth Justice Board', 'YJB'],
    ]);
  });

  it.each([
    ['a job title', 'Sam Lee, the Youth Justice Service Manager, spoke to staff.'],
    ['a job title before a name', 'Head of Service Ana Cruz opened the event.'],
    ['a media line', 'For media enquiries, please call the press office.'],
    ['a generic service', 'It is a Child First service in every way.'],
  ])('does not read %s as an organisation', (_label, text) => {
    expect(run(text).organisations).toEqual([]);
  });

  it('splits two bodies joined by "and"', () => {
    const names = run(
      'Last year HM Inspectorate of Prisons and HM Inspectorate of Probation jointly wrote it.',
    ).organisations.map((o) => o.name);
    expect(names).toEqual(['HM Inspectorate of Prisons', 'HM Inspectorate of Probation']);
  });
});

describe('acronyms', () => {
  it.each([
    ['ETE (Education Training and Employment) places grew.', 'ETE', 'Education Training and Employment'],
    ['Cases go to MARM (Multi-Agency Risk Management) meetings.', 'MARM', 'Multi-Agency Risk Management'],
    ['Two SALT (Speech and Language Therapists) joined the team.', 'SALT', 'Speech and Language Therapists'],
    ['Support for Education, Training and Employment (ETE) improved.', 'ETE', 'Education, Training and Employment'],
    ['The Harwick Youth Justice Board (HYJB) met twice.', 'HYJB', 'Harwick Youth Justice Board'],
  ])('reads the definition in %s', (text, acronym, expansion) => {
    const found = run(text).acronyms.find((a) => a.acronym === acronym);
    expect(found).toMatchObject({ expansion, source: 'text' });
  });

  it('falls back to the glossary, once per acronym, with the span of the first use', () => {
    const text = 'The YOT and CAMHS share an office. The YOT also works with SENCOs and tracks EHCPs.';
    const s = run(text);
    expect(s.acronyms.map((a) => [a.acronym, a.source, a.start])).toEqual([
      ['YOT', 'glossary', 4],
      ['CAMHS', 'glossary', 12],
      ['SENCO', 'glossary', text.indexOf('SENCOs')],
      ['EHCP', 'glossary', text.indexOf('EHCPs')],
    ]);
  });

  it.each([
    ['a bracketed note', 'The report is online (PDF, 4 MB).'],
    ['letters that do not fit', 'We met ABC (Youth Justice Board) staff.'],
    ['lower-case words', 'We aim to help every child.'],
  ])('does not invent an acronym from %s', (_label, text) => {
    expect(run(text).acronyms.filter((a) => a.source === 'text')).toEqual([]);
    expect(run(text).acronyms.some((a) => a.acronym === 'AIM')).toBe(false);
  });
});

describe('people', () => {
  it.each([
    [
      'Chief Inspector of Probation Justin Russell said: "Well done."',
      'Justin Russell',
      'Chief Inspector of Probation',
    ],
    [
      "Michael O'Connor, the Youth Justice Service Manager, said the team was proud.",
      "Michael O'Connor",
      'Youth Justice Service Manager',
    ],
    ['Dana Reyes (YOS Team Manager) gathered the evidence.', 'Dana Reyes', 'YOS Team Manager'],
    ['Councillor Jo Banks welcomed the news.', 'Jo Banks', 'Councillor'],
    ['Head of Communications Rhian Evans answered questions.', 'Rhian Evans', 'Head of Communications'],
  ])('gives a person with a role in %s', (text, name, role) => {
    expect(run(text).people).toContainEqual(expect.objectContaining({ name, role }));
  });

  it.each([
    ['an organisation', 'Harwick Youth Justice Service said it was pleased.'],
    ['a place', 'Tower Hamlets said it was pleased.'],
    ['a heading', 'Child First Practice In Harwick'],
  ])('does not read %s as a person', (_label, text) => {
    expect(run(text).people).toEqual([]);
  });
});

describe('fixture: what general-purpose extractors get wrong', () => {
  const text = readFileSync(new URL('../fixtures/names-blackburn-award.txt', import.meta.url), 'utf8');
  const s = run(text);

  it('keeps "Blackburn with Darwen Area Partnership" whole', () => {
    expect(s.subject).toEqual({
      name: 'Blackburn with Darwen Area Partnership',
      area: 'Blackburn with Darwen',
      canonical: 'Blackburn with Darwen',
      code: 'E06000008',
      members: [{ area: 'Blackburn with Darwen', canonical: 'Blackburn with Darwen', code: 'E06000008' }],
      type: 'area-partnership',
    });
    expect(s.organisations.map((o) => o.name)).not.toContain('Darwen Area Partnership');
  });

  it('reads the whole "ETE (Education Training and Employment)" definition', () => {
    expect(s.acronyms.find((a) => a.acronym === 'ETE')?.expansion).toBe('Education Training and Employment');
  });

  it('finds the panels and team, and no "For media" organisation', () => {
    const names = s.organisations.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['Transforming Lives Panel', 'Restorative Intervention Panel', 'New Directions team']),
    );
    expect(names.some((n) => /media/i.test(n))).toBe(false);
    expect(s.people).toContainEqual(
      expect.objectContaining({ name: 'Priya Holt', role: 'Youth Justice Service Manager' }),
    );
  });
});
