import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createAnalyzer,
  THEME_IDS,
  type AnalyzerOptions,
  type ThemeLexiconInput,
} from '../src/index.js';
import { preview } from '../src/lexicons.js';
import { validateLexicon } from '../src/themes/validate.js';
import { childfirstErrorOf, expectValidSummary } from './helpers.js';

const DIR = new URL('../lexicons/themes/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const load = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Record<string, unknown>;

describe('bundled lexicons', () => {
  it('are one file per taxonomy theme', () => {
    expect(FILES.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...THEME_IDS].sort());
  });

  it.each(FILES)('%s validates, and its id is its file name', (file) => {
    const lexicon = validateLexicon(load(file), `lexicons/themes/${file}`);
    expect(`${lexicon.id}.json`).toBe(file);
    expect(lexicon.cues.length).toBeGreaterThan(0);
  });
});

const GOOD = {
  id: 'ete',
  label: 'Education',
  tenet: 'pro-social-identity',
  description: 'School and work.',
  cues: [
    { id: 'school', patterns: ['school', 'college'] },
    { id: 'acronym', patterns: ['ETE'], caseSensitive: true },
  ],
};
const SOURCE = 'lexicons/themes/ete.json';
type Bad = readonly [string, unknown, string, string, RegExp];

const CYCLIC: Record<string, unknown> = {};
CYCLIC.self = CYCLIC;

const BAD_LEXICONS: readonly Bad[] = [
  [
    'a pattern of the wrong type',
    { ...GOOD, cues: [{ id: 'a', patterns: [5] }] },
    SOURCE,
    'invalid-lexicon',
    /^childfirst: lexicons\/themes\/ete\.json at cues\.0\.patterns\.0: .*expected string.* \(got 5\)$/,
  ],
  [
    'an empty pattern',
    { ...GOOD, cues: [{ id: 'a', patterns: ['  '] }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.patterns\.0: a pattern must not be empty/,
  ],
  [
    'a cue with no patterns',
    { ...GOOD, cues: [{ id: 'a', patterns: [] }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.patterns: a cue needs at least one pattern \(got \[\]\)/,
  ],
  [
    'a cue without patterns',
    { ...GOOD, cues: [{ id: 'a' }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.patterns: .*expected array/,
  ],
  ['a theme with no cues', { ...GOOD, cues: [] }, SOURCE, 'invalid-lexicon', /at cues: a theme needs at least one cue/],
  [
    'an unknown key in a cue',
    { ...GOOD, cues: [{ id: 'a', patterns: ['x'], wieght: 1 }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0: expected only the fields id, patterns, weight, caseSensitive, requires, excludes, window, support, precision, got unknown "wieght"$/,
  ],
  [
    'an unknown key in a theme',
    { ...GOOD, colour: 'red' },
    SOURCE,
    'invalid-lexicon',
    /ete\.json: expected only the fields id, label, tenet, description, minWeight, cues, got unknown "colour"$/,
  ],
  [
    'a weight of the wrong type',
    { ...GOOD, cues: [{ id: 'a', patterns: ['x'], weight: 'high' }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.weight: .*expected number.* \(got "high"\)/,
  ],
  [
    'a weight above 1',
    { ...GOOD, cues: [{ id: 'a', patterns: ['x'], weight: 2 }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.weight: .*\(got 2\)/,
  ],
  [
    'a pattern with a regex',
    { ...GOOD, cues: [{ id: 'a', patterns: ['(a+)+b'] }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.patterns\.0: a pattern is words/,
  ],
  [
    'an unknown tenet',
    { ...GOOD, tenet: 'kindness' },
    SOURCE,
    'invalid-lexicon',
    /at tenet: .*expected one of.* \(got "kindness"\)/,
  ],
  [
    'a cue id that is not kebab-case',
    { ...GOOD, cues: [{ id: 'Big Cue', patterns: ['x'] }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.id: a cue id is kebab-case/,
  ],
  [
    'a context rule of the wrong type',
    { ...GOOD, cues: [{ id: 'a', patterns: ['x'], excludes: 'police' }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.excludes: .*expected array/,
  ],
  [
    'a duplicate cue id',
    { ...GOOD, cues: [GOOD.cues[0], { id: 'school', patterns: ['pupil'] }] },
    SOURCE,
    'duplicate-cue',
    /at cues\.1\.id: expected unique cue ids in theme "ete", got "school" again \(first at cues\.0\)/,
  ],
  [
    'a duplicate pattern, in another case',
    { ...GOOD, cues: [GOOD.cues[0], { id: 'b', patterns: ['pupil', 'School'] }] },
    SOURCE,
    'duplicate-cue',
    /at cues\.1\.patterns\.1: expected each pattern once in theme "ete", got "School" again \(already in cue "school"\)/,
  ],
  [
    'an id that is not the file name',
    { ...GOOD, id: 'send' },
    SOURCE,
    'invalid-lexicon',
    /ete\.json at id: expected the file name "ete", got "send"/,
  ],
  [
    'a file for a theme the taxonomy lacks',
    { ...GOOD, id: 'sport' },
    'lexicons/themes/sport.json',
    'unknown-theme',
    /sport\.json at id: expected a theme id of the taxonomy \(trauma-informed, .*\), got "sport"/,
  ],
  ['not an object', 'ete', SOURCE, 'invalid-lexicon', /ete\.json: .*expected object/],
  [
    'a BigInt weight',
    { ...GOOD, cues: [{ id: 'a', patterns: ['x'], weight: 3n }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.weight: .*expected number.* \(got 3n\)$/,
  ],
  [
    'a cyclic weight',
    { ...GOOD, cues: [{ id: 'a', patterns: ['x'], weight: CYCLIC }] },
    SOURCE,
    'invalid-lexicon',
    /at cues\.0\.weight: .*expected number.* \(got \{"self":"\[Circular\]"\}\)$/,
  ],
];

describe('preview of a bad value', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  it.each([
    ['a BigInt', 12n, '12n'],
    ['a BigInt inside an array', [1n, 'a'], '["1n","a"]'],
    ['a cyclic object', CYCLIC, '{"self":"[Circular]"}'],
    ['a symbol', Symbol('s'), 'symbol'],
    ['nothing', undefined, 'nothing'],
    [
      'a throwing getter',
      {
        get x(): never {
          throw new Error('boom');
        },
      },
      'an unreadable object',
    ],
    ['a revoked proxy', revoked.proxy, 'an unreadable object'],
    ['a long string', 'y'.repeat(200), `"${'y'.repeat(76)}...`],
  ])('never throws for %s', (_, value, expected) => {
    expect(preview(value)).toBe(expected);
  });
});

describe('lexicon validation', () => {
  it('accepts a well-formed lexicon and fills defaults', () => {
    const lexicon = validateLexicon(GOOD, SOURCE);
    expect(lexicon.minWeight).toBe(1);
    expect(lexicon.cues[0]).toMatchObject({ weight: 1, caseSensitive: false, window: 8 });
  });

  it.each(BAD_LEXICONS)('rejects %s', (_, data, source, code, message) => {
    const error = childfirstErrorOf(() => validateLexicon(data, source));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

const THEME: ThemeLexiconInput = {
  id: 'sport',
  label: 'Sport',
  tenet: 'pro-social-identity',
  description: 'Sport.',
  cues: [{ id: 'football', patterns: ['football'] }],
};
type BadOption = readonly [string, AnalyzerOptions, string, RegExp];

const BAD_OPTIONS: readonly BadOption[] = [
  [
    'cues for an unknown theme',
    { cues: { sport: [{ id: 'a', patterns: ['ball'] }] } },
    'unknown-theme',
    /^childfirst: options\.cues: expected a theme id \(trauma-informed, .*\), got "sport"$/,
  ],
  [
    'disabling an unknown theme',
    { disable: ['kindness'] },
    'unknown-theme',
    /options\.disable: expected a theme id .*got "kindness"/,
  ],
  [
    'a cue id the theme already has',
    { cues: { ete: [{ id: 'school', patterns: ['pupil'] }] } },
    'duplicate-cue',
    /options\.cues\.ete at cues\.\d+\.id: expected unique cue ids in theme "ete", got "school" again/,
  ],
  [
    'a pattern the theme already has',
    { cues: { ete: [{ id: 'mine', patterns: ['colleges'] }] } },
    'duplicate-cue',
    /options\.cues\.ete at cues\.\d+\.patterns\.0: expected each pattern once in theme "ete", got "colleges" again \(already in cue "work"\)/,
  ],
  [
    'two new cues with one id',
    {
      cues: {
        ete: [
          { id: 'x', patterns: ['a'] },
          { id: 'x', patterns: ['b'] },
        ],
      },
    },
    'duplicate-cue',
    /options\.cues\.ete at cues\.1\.id/,
  ],
  [
    'a malformed cue',
    { cues: { ete: [{ id: 'x', patterns: 'school' }] } } as unknown as AnalyzerOptions,
    'invalid-lexicon',
    /options\.cues\.ete at 0\.patterns: .*expected array/,
  ],
  [
    'a new theme with an existing id',
    { themes: [{ ...THEME, id: 'ete' }] },
    'invalid-lexicon',
    /options\.themes\[0\]: expected a new theme id, got "ete"/,
  ],
  [
    'a new theme without cues',
    { themes: [{ ...THEME, cues: [] }] },
    'invalid-lexicon',
    /options\.themes\[0\] at cues: a theme needs at least one cue/,
  ],
  [
    'a new theme with an unknown key',
    { themes: [{ ...THEME, extra: true } as typeof THEME] },
    'invalid-lexicon',
    /options\.themes\[0\]: expected only the fields id, label, .*, got unknown "extra"/,
  ],
];

describe('custom lexicon options', () => {
  it.each(BAD_OPTIONS)('reject %s', (_, options, code, message) => {
    const error = childfirstErrorOf(() => createAnalyzer(options));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('add themes and cues whose context rules and case sensitivity work', () => {
    const analyzer = createAnalyzer({
      themes: [THEME],
      cues: {
        restorative: [
          { id: 'circle', patterns: ['peace circle*'], requires: ['victim', 'harm'], window: 6 },
          { id: 'rp', patterns: ['RP'], caseSensitive: true },
        ],
      },
    });
    const cases: readonly (readonly [string, string, boolean])[] = [
      ['Football sessions run on Fridays.', 'sport', true],
      ['Peace circles repaired the harm done.', 'restorative', true],
      ['Peace circles met in the park.', 'restorative', false],
      ['The RP lead attended.', 'restorative', true],
      ['The rp lead attended.', 'restorative', false],
    ];
    for (const [text, id, found] of cases) {
      const summary = analyzer.analyze(text);
      expectValidSummary(summary, text);
      expect(
        summary.themes.some((t) => t.id === id),
        text,
      ).toBe(found);
    }
  });
});
