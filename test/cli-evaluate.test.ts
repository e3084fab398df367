import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohensKappa, matchMultiset, prf, withoutOptional } from '../src/cli/evaluate/counts.js';
import { parseGold, type GoldDoc } from '../src/cli/evaluate/gold.js';
import { comparisonKey, figureKey, normName, scoreCases } from '../src/cli/evaluate/score.js';
import { SCHEMA_VERSION, themes, type ReportSummary } from '../src/index.js';
import type { Metric } from '../src/metrics/schema.js';
import { runCli, tempDir, writeFiles } from './cli-helpers.js';

const TEXT = 'Harwick offers family support. 40% of children took part.';

function summary(themeIds: readonly string[], extra: Partial<ReportSummary> = {}): ReportSummary {
  return {
    schemaVersion: SCHEMA_VERSION,
    length: TEXT.length,
    computed: ['names', 'document', 'themes', 'metrics'],
    themes: themeIds.map((id) => ({
      id,
      label: id,
      tenet: 'enabler',
      score: 0.5,
      mentions: [{ text: 'family support', start: 15, end: 29, sentence: 0, cue: `${id}/x`, negated: false }],
    })),
    metrics: [],
    subject: null,
    organisations: [],
    acronyms: [],
    people: [],
    document: { kind: 'other', rating: null, award: null },
    ...extra,
  };
}

const percent = (value: number, text = '40%', start = 31): Metric => ({
  kind: 'percentage',
  value,
  unit: 'percent',
  text,
  start,
  end: start + text.length,
  sentence: 1,
  subject: null,
});

describe('counting helpers', () => {
  it.each([
    ['perfect', { tp: 3, fp: 0, fn: 0 }, { p: 1, r: 1, f: 1 }],
    ['nothing predicted, nothing expected', { tp: 0, fp: 0, fn: 0 }, { p: 1, r: 1, f: 1 }],
    ['nothing predicted, something expected', { tp: 0, fp: 0, fn: 2 }, { p: 0, r: 0, f: 0 }],
    ['half right', { tp: 1, fp: 1, fn: 1 }, { p: 0.5, r: 0.5, f: 0.5 }],
    ['precise but incomplete', { tp: 1, fp: 0, fn: 3 }, { p: 1, r: 0.25, f: 0.4 }],
  ])('prf: %s', (_name, counts, expected) => {
    const got = prf(counts);
    expect([got.p, got.r, got.f].map((x) => +x.toFixed(6))).toEqual([expected.p, expected.r, expected.f]);
  });

  it('matches multisets: each gold key pairs with one prediction', () => {
    expect(matchMultiset(['a', 'a', 'b'], ['a', 'c'])).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(matchMultiset([], [])).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('drops one prediction per optional key', () => {
    expect(withoutOptional(['x', 'x', 'y'], ['x', 'z'])).toEqual(['x', 'y']);
  });

  it.each([
    // 20 both, 5 gold only, 10 predicted only, 15 neither: po 0.7, pe 0.5, kappa 0.4.
    [
      'a textbook table',
      [
        [20, true, true],
        [5, true, false],
        [10, false, true],
        [15, false, false],
      ],
      0.4,
      0.7,
    ],
    [
      'perfect agreement',
      [
        [3, true, true],
        [2, false, false],
      ],
      1,
      1,
    ],
    [
      'agreement no better than chance',
      [
        [1, true, true],
        [1, true, false],
        [1, false, true],
        [1, false, false],
      ],
      0,
      0.5,
    ],
    [
      'complete disagreement',
      [
        [2, true, false],
        [2, false, true],
      ],
      -1,
      0,
    ],
    ['both codings constant and equal', [[4, false, false]], null, 1],
  ] as const)('cohensKappa: %s', (_name, cells, kappa, agreement) => {
    const pairs = cells.flatMap(([n, g, p]) => Array.from({ length: n }, () => [g, p] as const));
    const got = cohensKappa(pairs);
    expect(got.kappa === null ? null : +got.kappa.toFixed(6)).toBe(kappa);
    expect(got.agreement).toBeCloseTo(agreement, 9);
    expect(got.n).toBe(pairs.length);
  });

  it.each([
    ['The Harwick & Northmere YJS', 'harwick and northmere yjs'],
    ["St Helen's", 'st helens'],
    [null, ''],
  ])('normName(%j) = %j', (input, expected) => expect(normName(input)).toBe(expected));

  it('keys figures and comparisons as the shared scorer does', () => {
    expect(figureKey({ kind: 'Percentage', value: '97' })).toBe('percentage:97');
    expect(figureKey({ kind: 'proportion', value: 9, total: 12 })).toBe('proportion:9/12');
    expect(figureKey({ kind: 'count', value: 3 })).toBeNull();
    expect(figureKey({ kind: 'percentage', value: 'n/a' })).toBeNull();
    expect(comparisonKey({ direction: 'Lower', baselines: ['Statistical neighbours', 'national', 'national'] })).toBe(
      'lower:national+statistical-neighbours',
    );
  });
});

describe('scoreCases', () => {
  const gold = (doc: Partial<GoldDoc>): GoldDoc => ({ id: 'd', kind: 'other', area: '', themes: {}, ...doc });

  it('counts themes with optional ones neither rewarded nor penalised, plus facts, figures and evidence', () => {
    const result = scoreCases(
      [
        {
          gold: gold({
            id: 'a',
            themes: { family: 'q', send: 'q' },
            optional: ['ete'],
            metrics: [{ kind: 'percentage', value: 40 }],
          }),
          text: TEXT,
          summary: summary(['family', 'ete', 'restorative'], { metrics: [percent(40)] }),
        },
        {
          gold: gold({
            id: 'b',
            kind: 'award',
            area: 'Harwick',
            themes: { family: 'q' },
            award: { level: 'quality-mark', redesignation: false, childFirst: true },
          }),
          text: TEXT,
          summary: summary(['family'], {
            subject: {
              name: 'Harwick YJS',
              area: 'Harwick',
              canonical: null,
              code: null,
              members: [{ area: 'Harwick', canonical: null, code: null }],
              type: 'youth-justice-service',
            },
            document: {
              kind: 'award',
              rating: null,
              award: { name: null, level: 'quality-mark', redesignation: false, commendations: ['child-first'] },
            },
            metrics: [percent(41, 'of ch', 38)],
          }),
        },
      ],
      ['family', 'send', 'ete', 'restorative', 'workforce'],
    );
    expect({ tp: result.themes.tp, fp: result.themes.fp, fn: result.themes.fn }).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(result.themes.microF1).toBeCloseTo(2 / 3, 9);
    expect(result.themes.macroF1).toBeCloseTo((1 + 0 + 0) / 3, 9);
    expect(result.perTheme.map((t) => t.id)).toEqual(['family', 'restorative', 'send']);
    expect({ ...result.metrics }).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect([result.subject, result.kind, result.award, result.rating]).toEqual([1, 1, 1, 1]);
    expect(result.evidence).toBeCloseTo(5 / 6, 9); // 6 spans; the 41% metric points at the wrong text
    expect(result.kappa['family']).toEqual({ kappa: null, agreement: 1, n: 2 });
    expect(result.kappa['restorative']).toEqual({ kappa: 0, agreement: 0.5, n: 2 });
    expect(result.kappa['ete']?.n).toBe(1); // left out where it is optional
    expect(Object.keys(result.kappa)).toContain('workforce');
    expect(result.misses).toEqual([
      'a extra theme restorative',
      'a missed theme send',
      'b metrics: predicted [percentage:41] gold []',
    ]);
  });

  it('counts comparisons, ratings and awards that miss', () => {
    const comparison: Metric = {
      kind: 'comparison',
      measure: 'reoffending',
      direction: 'lower',
      baselines: ['national'],
      degree: null,
      text: 'Harwick',
      start: 0,
      end: 7,
      sentence: 0,
      subject: null,
    };
    const result = scoreCases(
      [
        {
          gold: gold({
            kind: 'inspection',
            rating: 'good',
            award: { level: 'quality-lead', redesignation: true, childFirst: false },
            comparisons: [{ direction: 'lower', baselines: ['national', 'regional'] }],
          }),
          text: TEXT,
          summary: summary([], {
            metrics: [comparison],
            document: { kind: 'inspection', rating: 'outstanding', award: null },
          }),
        },
      ],
      [],
    );
    expect({ ...result.comparisons }).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect([result.kind, result.rating, result.award]).toEqual([1, 0, 0]);
    expect(result.themes).toMatchObject({ p: 1, r: 1, f: 1, microF1: 1, macroF1: 0 });
  });
});

describe('childfirst evaluate', () => {
  const dir = tempDir('childfirst-gold-');
  writeFiles(dir, {
    'texts/one.txt': 'The Harwick service runs a restorative justice panel for children and their victims.',
    'two.txt': 'Northmere staff work with families and carers at home every week.',
  });
  writeFileSync(
    join(dir, 'gold.json'),
    JSON.stringify({
      docs: [
        {
          id: 'one',
          kind: 'other',
          area: '',
          rating: null,
          award: null,
          themes: { restorative: 'restorative justice panel' },
          metrics: [],
          comparisons: [],
        },
        {
          id: 'two',
          kind: 'other',
          area: '',
          rating: null,
          award: null,
          themes: { family: 'work with families' },
          optional: ['participation'],
          metrics: [],
          comparisons: [],
        },
      ],
    }),
  );

  it('prints JSON with themes.microF1 and kappa per theme', async () => {
    const run = await runCli(['evaluate', '--gold', dir, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      docs: number;
      themes: { microF1: number };
      kappa: Record<string, { n: number }>;
      evidence: number;
    };
    expect(result.docs).toBe(2);
    expect(result.themes.microF1).toBeGreaterThan(0.5);
    expect(result.kappa['restorative']?.n).toBe(2);
    expect(result.kappa['participation']?.n).toBe(1);
    expect(result.evidence).toBe(1);
  });

  it('prints a table per theme and a line of figures', async () => {
    const run = await runCli(['evaluate', '--gold', dir]);
    expect(run.stdout).toMatch(/^gold: .* \(2 texts\)\ntheme {17}P {5}R {5}F1 {4}tp fp fn {2}kappa\n/);
    expect(run.stdout).toMatch(/\nthemes micro-F1 \d\.\d\d \(P \d\.\d\d R \d\.\d\d\) macro-F1 .* mean kappa .*\n$/);
  });

  it('exits 2 when a gold text is missing', async () => {
    const bad = tempDir('childfirst-gold-');
    writeFileSync(join(bad, 'gold.json'), JSON.stringify({ docs: [{ id: 'absent', kind: 'other' }] }));
    const run = await runCli(['evaluate', '--gold', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no text for "absent"/);
  });
});

describe('gold.json is validated', () => {
  const doc = { id: '017', kind: 'inspection', area: 'Harwick', themes: { family: 'works with families' } };
  const themeList = themes.map((t) => t.id).join(', ');

  it.each([
    [
      'metrics not a list',
      { docs: [{ ...doc, metrics: 'none' }] },
      'doc "017" (docs[0]) at metrics: expected array, received string',
    ],
    [
      'a figure value as text',
      { docs: [{ ...doc, metrics: [{ kind: 'percentage', value: 'most' }] }] },
      'doc "017" (docs[0]) at metrics.0.value: expected number, received string',
    ],
    [
      'themes as a list',
      { docs: [{ ...doc, themes: ['family'] }] },
      'doc "017" (docs[0]) at themes: expected record, received array',
    ],
    [
      'a quote that is not text',
      { docs: [{ ...doc, themes: { family: 3 } }] },
      'doc "017" (docs[0]) at themes.family: expected string, received number',
    ],
    [
      'an unknown kind',
      { docs: [{ ...doc, kind: 'press-release' }] },
      'doc "017" (docs[0]) at kind: expected one of "award"|"inspection"|"thematic"|"other"',
    ],
    [
      'an award without its flags',
      { docs: [{ ...doc, award: { level: 'quality-mark' } }] },
      'doc "017" (docs[0]) at award.redesignation: expected boolean, received undefined',
    ],
    ['a misspelt field', { docs: [{ ...doc, theme: {} }] }, 'doc "017" (docs[0]) at theme: expected only known fields'],
    ['a numeric id', { docs: [doc, { ...doc, id: 18 }] }, 'docs[1] at id: expected string, received number'],
    [
      'an id with a slash',
      { docs: [{ ...doc, id: '../017' }] },
      'doc "../017" (docs[0]) at id: expected a file name without slashes, got "../017"',
    ],
    [
      'an unknown theme',
      { docs: [{ ...doc, themes: { sport: 'football' } }] },
      `doc "017" (docs[0]) at themes.sport: expected a theme id (${themeList}), got "sport"`,
    ],
    [
      'an unknown optional theme',
      { docs: [{ ...doc, optional: ['family', 'sport'] }] },
      `doc "017" (docs[0]) at optional.1: expected a theme id (${themeList}), got "sport"`,
    ],
    [
      'a duplicate id',
      { docs: [doc, { ...doc, kind: 'other' }] },
      'doc "017" (docs[1]) at id: expected each id once, got it again (first at docs[0])',
    ],
    ['empty docs', { docs: [] }, 'expected at least one doc in "docs", got none'],
    ['no docs', { about: 'x' }, 'expected {"docs": [...]}; at docs: expected array, received undefined'],
  ])('%s is refused naming the doc and the field', (_name, json, message) => {
    expect(() => parseGold('gold.json', json)).toThrow(`gold.json: ${message}`);
  });

  it('accepts the README example and a top-level "about"', () => {
    const example = {
      about: 'hand coding',
      docs: [
        {
          ...doc,
          rating: 'good',
          award: null,
          optional: ['multi-agency'],
          metrics: [{ kind: 'proportion', value: 9, total: 12 }],
          optionalMetrics: [],
          comparisons: [{ measure: 'reoffending', direction: 'lower', baselines: ['national'] }],
        },
      ],
    };
    expect(parseGold('gold.json', example)).toEqual(example.docs);
  });

  it.each([
    ['wrong-typed metrics', [{ ...doc, metrics: 'none' }], /doc "017" \(docs\[0\]\) at metrics: expected array/],
    ['a duplicate id', [doc, doc], /doc "017" \(docs\[1\]\) at id: expected each id once/],
    [
      'an unknown theme',
      [{ ...doc, themes: { sport: 'x' } }],
      /doc "017" \(docs\[0\]\) at themes\.sport: expected a theme id/,
    ],
    ['empty docs', [], /expected at least one doc/],
  ])('evaluate with %s exits 2 with one line', async (_name, docs, message) => {
    const dir = tempDir('childfirst-gold-');
    writeFiles(dir, { 'gold.json': JSON.stringify({ docs }), '017.txt': 'Staff work with families.' });
    const run = await runCli(['evaluate', '--gold', dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n')[0]).toMatch(/^childfirst: .*gold\.json: /);
  });
});
