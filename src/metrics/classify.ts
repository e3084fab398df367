import type { Token } from '../nlp/parsed.js';
import { cues } from './cues.js';
import { MEASURE, NUMBER } from './kinds.js';

const GLUED_AGE = /^(?:post|over|in)-\d/;

/** The kinds of the token, from its normal form and type: one map look-up per word. */
export function kindOf(t: Token): number {
  if (t.type === 'number') return NUMBER;
  const c = cues();
  const n = t.normal;
  let kind = c.kinds.get(n) ?? 0;
  if (c.measureStems.some(([stem]) => n.startsWith(stem))) kind |= MEASURE;
  else if (n.includes('-') && GLUED_AGE.test(n)) kind |= NUMBER;
  return kind;
}
