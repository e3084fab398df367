import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type AnalyzerOptions, type ReportSummary } from '../src/index.js';
import { compileMetrics } from '../src/metrics/index.js';
import { compileNames } from '../src/names/index.js';
import { compileDocument } from '../src/document/index.js';
import { childfirstErrorOf, expectValidSummary } from './helpers.js';

const BRINDLEFORD = { name: 'Brindleford', kind: 'unitary', country: 'england', code: 'E06000999' } as const;
const AREAS: AnalyzerOptions = {
  areas: {
    areas: [{ ...BRINDLEFORD, aliases: ['Brindleford-on-Wye'] }],
    joint: [{ name: 'Wye Vale', members: ['Brindleford', 'Herefordshire'] }],
  },
};
const BASELINES: AnalyzerOptions = { baselines: { 'statistical-neighbours': ['core cities figure'] } };
const ACRONYMS: AnalyzerOptions = {
  acronyms: { acronyms: [{ acronym: 'TFPX', expansion: 'Turnaround Family Plus', variants: ['TFPx'] }] },
};

const DOCUMENT_CUES: AnalyzerOptions = {
  documentCues: { otherTitle: ['bulletin'] },
};
const BULLETIN =
  'Harwick Youth Justice Bulletin\n\nHarwick Youth Justice Service was rated Good by HM Inspectorate of Probation.';

const subjectOf = (s: ReportSummary): unknown => s.subject && [s.subject.canonical, s.subject.code];
const comparisonsOf = (s: ReportSummary): unknown =>
  s.metrics.flatMap((m) => (m.kind === 'comparison' ? [[m.text, m.baselines]] : []));
const acronymsOf = (s: ReportSummary): unknown => s.acronyms.map((a) => [a.acronym, a.expansion]);

/** [what, options, text, reading, with the option, with the bundled lexicons only] */
const EXTENDED: readonly (readonly [
  string,
  AnalyzerOptions,
  string,
  (s: ReportSummary) => unknown,
  unknown,
  unknown,
])[] = [
  [
    'a user area is the subject, with its code and canonical name',
    AREAS,
    'Brindleford Youth Justice Service was inspected in March 2025. Brindleford YJS was rated Good overall.',
    subjectOf,
    ['Brindleford', 'E06000999'],
    [null, null],
  ],
  [
    'a user alias gives the canonical name',
    AREAS,
    'Brindleford-on-Wye Youth Justice Service was inspected in March 2025.',
    subjectOf,
    ['Brindleford', 'E06000999'],
    [null, null],
  ],
  [
    'a user joint area gives both members',
    AREAS,
    'Wye Vale Youth Justice Service was inspected in March 2025.',
    (s) => s.subject?.members.map((m) => m.code),
    ['E06000999', 'E06000019'],
    [null],
  ],
  [
    'a user baseline gives a comparison against it',
    BASELINES,
    'The reoffending rate in Harwick was 31%, lower than the core cities figure of 35%.',
    comparisonsOf,
    [['lower than the core cities figure', ['statistical-neighbours']]],
    [],
  ],
  [
    'a user acronym is expanded',
    ACRONYMS,
    'Every child is offered a TFPX review within ten days.',
    acronymsOf,
    [['TFPX', 'Turnaround Family Plus']],
    [],
  ],
  [
    'a user title word makes a text a newsletter, not an inspection',
    DOCUMENT_CUES,
    BULLETIN,
    (s) => s.document.kind,
    'other',
    'inspection',
  ],
  [
    'a user acronym variant gives the acronym',
    ACRONYMS,
    'Every child is offered a TFPx review within ten days.',
    acronymsOf,
    [['TFPX', 'Turnaround Family Plus']],
    [],
  ],
];

/** Texts that must read the same with the options as without: the additions must not fire here. */
const FALSE_POSITIVES: readonly (readonly [string, AnalyzerOptions, string])[] = [
  ['an area name in lower case', AREAS, 'We used the brindleford method with every child in the cohort.'],
  ['an area name as a surname', AREAS, 'Councillor Brindleford said the service had improved.'],
  ['a baseline phrase without a comparison', BASELINES, 'The core cities figure was published in May.'],
  ['an acronym in lower case', ACRONYMS, 'The tfpx review was finished.'],
  ['an acronym inside a longer word', ACRONYMS, 'The TFPXY panel met twice.'],
  [
    'a title word in the body, not the title',
    DOCUMENT_CUES,
    'Inspection of Harwick Youth Justice Service\n\nHarwick Youth Justice Service was rated Good. A bulletin followed.',
  ],
];

describe('lexicon options extend the bundled data', () => {
  it.each(EXTENDED)('%s', (_, options, text, read, extended, bundled) => {
    const summary = createAnalyzer(options).analyze(text);
    expectValidSummary(summary, text);
    expect(read(summary)).toEqual(extended);
    expect(read(analyze(text))).toEqual(bundled);
  });

  it.each(FALSE_POSITIVES)('find nothing new in %s', (_, options, text) => {
    expect(createAnalyzer(options).analyze(text)).toEqual(analyze(text));
  });

  it('never change the shared data or another analyzer', () => {
    const text = 'Brindleford Youth Justice Service was inspected. Its rate was lower than the core cities figure.';
    const before = analyze(text);
    const areas = createAnalyzer(AREAS);
    const baselines = createAnalyzer(BASELINES);
    expect(subjectOf(areas.analyze(text))).toEqual(['Brindleford', 'E06000999']);
    expect(subjectOf(baselines.analyze(text))).toEqual([null, null]);
    expect(comparisonsOf(areas.analyze(text))).toEqual([]);
    expect(analyze(text)).toEqual(before);
    expect(createAnalyzer().analyze(text)).toEqual(before);
  });

  it('compile the bundled data once, shared by callers without options', () => {
    expect(compileMetrics()).toBe(compileMetrics());
    expect(compileNames()).toBe(compileNames());
    expect(compileDocument()).toBe(compileDocument());
    expect(compileMetrics({ baselines: {} })).not.toBe(compileMetrics());
    expect(compileNames({ acronyms: { acronyms: [] } })).not.toBe(compileNames());
    expect(compileDocument({ documentCues: {} })).not.toBe(compileDocument());
  });
});

type Bad = readonly [string, unknown, string, RegExp];

const BAD: readonly Bad[] = [
  [
    'a baseline kind that does not exist',
    { baselines: { county: ['shire average'] } },
    'invalid-lexicon',
    /^childfirst: options\.baselines: .*"county"/,
  ],
  [
    'a bundled baseline phrase',
    { baselines: { regional: ['national'] } },
    'invalid-lexicon',
    /options\.baselines at regional\.0: expected a phrase no baseline names yet, got "national", already bundled as national/,
  ],
  [
    'one phrase for two baselines',
    { baselines: { regional: ['wessex'], national: ['wessex'] } },
    'invalid-lexicon',
    /options\.baselines at regional\.0: .*got "wessex", already given for national/,
  ],
  [
    'an upper-case baseline phrase',
    { baselines: { regional: ['Wessex'] } },
    'invalid-lexicon',
    /options\.baselines at regional\.0: .*lower case.* \(got "Wessex"\)/,
  ],
  [
    'baselines that are not an object',
    { baselines: ['wessex'] },
    'invalid-lexicon',
    /options\.baselines: .*\(got \["wessex"\]\)/,
  ],
  [
    'an area with a malformed code',
    { areas: { areas: [{ ...BRINDLEFORD, code: 'E6' }] } },
    'invalid-lexicon',
    /options\.areas at areas\.0\.code: a GSS code such as "E09000007" \(got "E6"\)/,
  ],
  [
    'an area the gazetteer knows',
    { areas: { areas: [{ ...BRINDLEFORD, name: 'Essex' }] } },
    'invalid-lexicon',
    /options\.areas at areas\.0\.name: expected a name the gazetteer does not know yet, got "Essex", already bundled for Essex/,
  ],
  [
    'an alias the gazetteer knows',
    { areas: { areas: [{ ...BRINDLEFORD, aliases: ['Southend'] }] } },
    'invalid-lexicon',
    /options\.areas at areas\.0\.aliases\.0: .*got "Southend", already bundled for Southend-on-Sea/,
  ],
  [
    'a code another area has',
    { areas: { areas: [{ ...BRINDLEFORD, code: 'E10000012' }] } },
    'invalid-lexicon',
    /options\.areas at areas\.0\.code: expected a code no area has yet, got "E10000012", already bundled for Essex/,
  ],
  [
    'a joint area with an unknown member',
    { areas: { joint: [{ name: 'Wye Vale', members: ['Herefordshire', 'Brindleford'] }] } },
    'invalid-lexicon',
    /options\.areas at joint\.0\.members\.1: expected the name of a known area, got "Brindleford"/,
  ],
  [
    'a misspelt area field',
    { areas: { areas: [{ ...BRINDLEFORD, alias: ['Brind'] }] } },
    'invalid-lexicon',
    /options\.areas at areas\.0: .*alias/,
  ],
  [
    'an acronym the glossary knows',
    { acronyms: { acronyms: [{ acronym: 'YOT', expansion: 'Young Offender Team' }] } },
    'invalid-lexicon',
    /options\.acronyms at acronyms\.0\.acronym: expected an acronym the glossary does not know yet, got "YOT", already bundled for Youth Offending Team/,
  ],
  [
    'an expansion the glossary knows',
    { acronyms: { acronyms: [{ acronym: 'YJT', expansion: 'Youth Justice Service' }] } },
    'invalid-lexicon',
    /options\.acronyms at acronyms\.0\.expansion: expected an expansion the glossary does not know yet, got "Youth Justice Service", already bundled for YJS/,
  ],
  [
    'an acronym in lower case',
    { acronyms: { acronyms: [{ acronym: 'tfpx', expansion: 'Turnaround Family Plus' }] } },
    'invalid-lexicon',
    /options\.acronyms at acronyms\.0\.acronym: one word .* starting with a capital \(got "tfpx"\)/,
  ],
  [
    'two words as an acronym',
    { acronyms: { acronyms: [{ acronym: 'TF PX', expansion: 'Turnaround Family Plus' }] } },
    'invalid-lexicon',
    /options\.acronyms at acronyms\.0\.acronym: .*\(got "TF PX"\)/,
  ],
  [
    'a document cue the list already holds',
    { documentCues: { otherTitle: ['Plan'] } },
    'invalid-lexicon',
    /options\.documentCues at otherTitle\.0: expected an entry otherTitle does not hold yet, got "Plan", already bundled/,
  ],
  [
    'a document cue list that does not exist',
    { documentCues: { otherTitles: ['bulletin'] } },
    'invalid-lexicon',
    /options\.documentCues: Unrecognized key: "otherTitles"/,
  ],
  [
    'award levels, which keep their "Quality Lead/Mark" shape',
    { documentCues: { levels: [{ phrase: 'send quality award', level: 'quality-mark' }] } },
    'invalid-lexicon',
    /options\.documentCues: Unrecognized key: "levels"/,
  ],
  [
    'acronyms as a record',
    { acronyms: { TFPX: 'Turnaround Family Plus' } },
    'invalid-lexicon',
    /options\.acronyms at acronyms: .*expected array/,
  ],
];

describe('the README example of extending the lexicons', () => {
  const analyzer = createAnalyzer({ ...AREAS, ...BASELINES, ...ACRONYMS, ...DOCUMENT_CUES });

  it('gives what the README shows', () => {
    const subject = analyzer.analyze('Brindleford Youth Justice Service was inspected in March 2025.').subject;
    expect(subject).toMatchObject({ area: 'Brindleford', canonical: 'Brindleford', code: 'E06000999' });
    const metric = analyzer.analyze('Its rate was 31%, lower than the core cities figure of 35%.').metrics[1];
    expect(metric).toMatchObject({ kind: 'comparison', direction: 'lower', baselines: ['statistical-neighbours'] });
    expect(metric?.text).toBe('lower than the core cities figure');
    const acronyms = analyzer.analyze('Every child is offered a TFPX review.').acronyms;
    expect(acronyms).toMatchObject([{ acronym: 'TFPX', expansion: 'Turnaround Family Plus', source: 'glossary' }]);
    expect(analyzer.analyze(BULLETIN).document.kind).toBe('other');
  });
});

describe('bad lexicon options', () => {
  it.each(BAD)('reject %s', (_, options, code, message) => {
    const error = childfirstErrorOf(() => createAnalyzer(options as AnalyzerOptions));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('turn a throwing getter into invalid-lexicon', () => {
    const areas = {
      get areas(): never {
        throw new Error('boom');
      },
    };
    const error = childfirstErrorOf(() => createAnalyzer({ areas } as unknown as AnalyzerOptions));
    expect(error.code).toBe('invalid-lexicon');
    expect(error.message).toMatch(/boom/);
  });
});
