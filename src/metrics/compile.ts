import baselinesData from '../../lexicons/metrics/baselines.json';
import comparisonsData from '../../lexicons/metrics/comparisons.json';
import figuresData from '../../lexicons/metrics/figures.json';
import measuresData from '../../lexicons/metrics/measures.json';
import neverData from '../../lexicons/metrics/never.json';
import numbersData from '../../lexicons/metrics/numbers.json';
import quantitiesData from '../../lexicons/metrics/quantities.json';
import trendsData from '../../lexicons/metrics/trends.json';
import { bundledMonths } from '../dates.js';
import { ChildfirstError } from '../errors.js';
import { parseLexicon } from '../lexicons.js';
import { compileMetricCues, type MetricCues } from './cues.js';
import { baselinesFileSchema, validateMetricFile, type MetricFiles } from './lexicon.js';
import type { Baseline } from './schema.js';

/** Extra comparison baselines, in the format of `lexicons/metrics/baselines.json`: baseline → phrases naming it. */
export type BaselinesInput = Readonly<Partial<Record<Baseline, readonly string[]>>>;

/** What extends the bundled metric lexicons (unknown until validated). */
export interface MetricOptions {
  readonly baselines?: unknown;
}

/** The metric word lists of one analyzer, compiled once. */
export interface CompiledMetrics {
  readonly cues: MetricCues;
}

const userBaselinesSchema = baselinesFileSchema.partial();
let files: MetricFiles | undefined;
let bundled: CompiledMetrics | undefined;

/** The bundled metric files (raw JSON imports), validated once per process. */
export function bundledMetricFiles(): MetricFiles {
  return (files ??= {
    comparisons: validateMetricFile('comparisons', comparisonsData),
    baselines: validateMetricFile('baselines', baselinesData),
    measures: validateMetricFile('measures', measuresData),
    trends: validateMetricFile('trends', trendsData),
    numbers: validateMetricFile('numbers', numbersData),
    never: validateMetricFile('never', neverData),
    quantities: validateMetricFile('quantities', quantitiesData),
    figures: validateMetricFile('figures', figuresData),
  });
}

/**
 * Compiles the metric lexicons: the bundled ones, shared by every caller without options, or the bundled ones
 * plus `options.baselines` (validated; a bad or already-bundled phrase throws `invalid-lexicon`).
 */
export function compileMetrics(options: MetricOptions = {}): CompiledMetrics {
  if (options.baselines === undefined)
    return (bundled ??= { cues: compileMetricCues(bundledMetricFiles(), bundledMonths().names) });
  const base = bundledMetricFiles();
  const baselines = withBaselines(base.baselines, options.baselines);
  return { cues: compileMetricCues({ ...base, baselines }, bundledMonths().names) };
}

/** The bundled baselines plus the user's, each phrase naming one baseline only. */
function withBaselines(bundledFile: MetricFiles['baselines'], data: unknown): MetricFiles['baselines'] {
  const extra = parseLexicon(userBaselinesSchema, data, 'options.baselines');
  const owner = new Map<string, string>();
  for (const [kind, phrases] of Object.entries(bundledFile)) {
    if (Array.isArray(phrases)) for (const p of phrases) owner.set(p, `bundled as ${kind}`);
  }
  const merged = { ...bundledFile };
  for (const [kind, phrases] of Object.entries(extra) as [Baseline, string[] | undefined][]) {
    (phrases ?? []).forEach((phrase, i) => {
      const known = owner.get(phrase);
      if (known) {
        throw new ChildfirstError(
          'invalid-lexicon',
          `options.baselines at ${kind}.${i}: expected a phrase no baseline names yet, got "${phrase}", already ${known}`,
        );
      }
      owner.set(phrase, `given for ${kind}`);
    });
    merged[kind] = [...bundledFile[kind], ...(phrases ?? [])];
  }
  return merged;
}
