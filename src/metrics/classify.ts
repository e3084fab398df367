import type { Token } from '../nlp/parsed.js';
import { stemMeasure, type MetricCues } from './cues.js';
import { MEASURE, NUMBER } from './kinds.js';

/** The kinds of the token, from its normal form and type: one map look-up per word. */
export function kindOf(t: Token, c: MetricCues): number {
  if (t.type === 'number') return NUMBER;
  const n = t.normal;
  const kind = c.kinds.get(n) ?? 0;
  if (stemMeasure(n, c) !== null) return kind | MEASURE;
  return n.includes('-') && c.gluedNumber.test(n) ? kind | NUMBER : kind;
}
