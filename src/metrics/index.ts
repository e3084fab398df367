import type { ParsedDoc } from '../nlp/parsed.js';
import type { CompiledMetrics } from './compile.js';
import { find } from './find.js';
import type { Metric } from './schema.js';

export { compileMetrics } from './compile.js';
export type { BaselinesInput, CompiledMetrics, MetricOptions } from './compile.js';

/**
 * Finds the figures a text reports (percentages, proportions, comparisons with baselines, trends, counts,
 * durations, age ranges and years) over the tokens wink already produced, with the analyzer's compiled word
 * lists. Every span satisfies `doc.text.slice(start, end) === text`.
 */
export function findMetrics(doc: ParsedDoc, compiled: CompiledMetrics): Metric[] {
  return find(doc, compiled.cues);
}
