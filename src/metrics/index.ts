import type { ParsedDoc } from '../nlp/parsed.js';
import { find } from './find.js';
import type { Metric } from './schema.js';

/**
 * Finds the figures a text reports (percentages, proportions, comparisons with baselines, trends, counts,
 * durations, age ranges and years) over the tokens wink already produced. Every span satisfies
 * `doc.text.slice(start, end) === text`.
 */
export function findMetrics(doc: ParsedDoc): Metric[] {
  return find(doc);
}
