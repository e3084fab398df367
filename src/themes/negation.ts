import type { Token } from '../nlp/parsed.js';

/** Words that deny what follows them within a few tokens ("no plan", "without a plan", "lack of"). */
const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'without',
  'lack',
  'lacked',
  'lacking',
  'lacks',
  'absence',
  'absent',
  'neither',
  'nor',
  'none',
  'insufficient',
  'inadequate',
  'failed',
  'unable',
]);
const REACH = 4;

/**
 * True when the match at tokens `[first, last)` is denied: wink places it in a negation's scope, or a
 * negating word stands at most four tokens before it in the same sentence.
 */
export function isNegated(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i]?.negated) return true;
  const sentence = tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && first - i <= REACH; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) break;
    if (NEGATORS.has(t.normal)) return true;
    if (t.value === ',' || t.value === ';') break;
  }
  return false;
}
