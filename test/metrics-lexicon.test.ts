import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledMetricFiles, compileMetrics } from '../src/metrics/compile.js';
import { bundledMonths } from '../src/dates.js';
import { compileMetricCues } from '../src/metrics/cues.js';
import { metricFileSchemas, validateMetricFile, type MetricFileName } from '../src/metrics/lexicon.js';
import { childfirstErrorOf } from './helpers.js';

const dir = new URL('../lexicons/metrics/', import.meta.url);
const names = Object.keys(metricFileSchemas) as MetricFileName[];

function read(name: MetricFileName): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as Record<string, unknown>;
}

describe('metric lexicon files', () => {
  it('has one schema per file in lexicons/metrics', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...names].sort());
  });

  it.each(names)('%s.json validates', (name) => {
    expect(() => validateMetricFile(name, read(name))).not.toThrow();
  });

  it('compiles the bundled files once per process', () => {
    expect(compileMetrics()).toBe(compileMetrics());
    expect(compileMetricCues(bundledMetricFiles(), bundledMonths().names).kinds.size).toBe(
      compileMetrics().cues.kinds.size,
    );
  });

  const bad: [string, MetricFileName, (data: Record<string, unknown>) => void, RegExp][] = [
    [
      'a duplicate entry',
      'baselines',
      (d) => {
        (d.national as string[]).push('national');
      },
      /baselines\.json at national\.\d+: duplicate entry \(got "national"\)/,
    ],
    [
      'an upper-case entry',
      'trends',
      (d) => {
        (d.falling as string[])[0] = 'Falling Fast';
      },
      /trends\.json at falling\.0: .*lower case.* \(got "Falling Fast"\)/,
    ],
    [
      'an empty entry',
      'measures',
      (d) => {
        (d.custody as string[]).push('');
      },
      /measures\.json at custody\.\d+: .*empty.* \(got ""\)/,
    ],
    [
      'an unknown key',
      'comparisons',
      (d) => {
        d.sideways = ['askew'];
      },
      /comparisons\.json: .*sideways/,
    ],
    [
      'a missing list',
      'never',
      (d) => {
        delete d.references;
      },
      /never\.json at references: .*\(got nothing\)/,
    ],
    [
      'too few number words',
      'numbers',
      (d) => {
        (d.units as string[]).pop();
      },
      /numbers\.json at units: units must list the 20 words/,
    ],
    [
      'a list that is not a list',
      'quantities',
      (d) => {
        d.ageBefore = 'aged';
      },
      /quantities\.json at ageBefore: .*\(got "aged"\)/,
    ],
  ];

  it.each(bad)('refuses %s, naming the file and the entry', (_label, name, spoil, message) => {
    const data = read(name);
    spoil(data);
    const error = childfirstErrorOf(() => validateMetricFile(name, data));
    expect(error.code).toBe('invalid-lexicon');
    expect(error.message).toMatch(message);
  });

  it('compiles edited data into the finders’ look-ups', () => {
    const files = Object.fromEntries(names.map((n) => [n, validateMetricFile(n, read(n))])) as Parameters<
      typeof compileMetricCues
    >[0];
    files.baselines.regional = [...files.baselines.regional, 'the county'];
    const compiled = compileMetricCues(files, new Set(['january']));
    expect(compiled.baselines.firstWords()).toContain('the');
    expect(compiled.units.get('twelve')).toBe(12);
    expect(compiled.tens.get('ninety')).toBe(90);
    expect(compiled.durations.get('fortnight')).toBe('weeks');
    expect(compiled.months.has('january')).toBe(true);
  });
});
