import type { ParsedDoc } from '../nlp/parsed.js';
import type { Metric } from './schema.js';

/** Finds the figures a text reports. (Filled by the metrics issue.) */
export function findMetrics(_doc: ParsedDoc): Metric[] {
  return [];
}
