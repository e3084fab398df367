import type { Token } from '../nlp/parsed.js';
import { cues } from './cues.js';
import { MEASURE, NUMBER } from './kinds.js';

const GLUED_AGE = /^(?:post|over|in)-\d/;

/** The kinds of the token, from its normal form and type: one map look-up per word. */
export function kindOf(t: Token): number {
  if (t.type === 'number') return NUMBER;
  const c = cues();
  const n = t.normal;
  const kind = c.kinds.get(n) ?? 0;
  if (c.stemHeads.has(n.charCodeAt(0)) && hasStem(n, c.measureStems)) return kind | MEASURE;
  return n.includes('-') && GLUED_AGE.test(n) ? kind | NUMBER : kind;
}

function hasStem(word: string, stems: readonly (readonly [string, unknown])[]): boolean {
  for (const [stem] of stems) if (word.startsWith(stem)) return true;
  return false;
}
