import { NUMBER } from './kinds.js';
import { readNumber } from './numbers.js';
import type { Metric } from './schema.js';
import { subjectOf } from './subject.js';
import { anchors, claim, isClaimed, spanText, wordAt, type Window } from './window.js';

const DIGITS = 4;

/** The numerator before a fraction word at `p`: "a"/"one" (1), "two"-"nine" or 2-9; null when there is none. */
function numeratorBefore(w: Window, p: number): { value: number; first: number } | null {
  const word = wordAt(w, p - 1);
  if (word === 'a' || word === 'an') return { value: 1, first: p - 1 };
  for (let q = p - 1; q >= Math.max(0, p - 2); q--) {
    const n = readNumber(w, q);
    if (n && n.next === p) return n.value >= 1 && n.value <= 9 && Number.isInteger(n.value) ? { value: n.value, first: q } : null;
  }
  return null;
}

/** The fraction whose denominator word stands at `p`, or null: "a third of", "two-thirds", "half of the". */
function fractionAt(w: Window, p: number): { value: number; first: number; last: number } | null {
  const denominator = w.cues.fractions.get(wordAt(w, p));
  if (denominator === undefined || w.cues.periodParts.has(wordAt(w, p - 1))) return null;
  const plural = wordAt(w, p).endsWith('s');
  const num = numeratorBefore(w, p);
  const after = wordAt(w, p + 1);
  if (denominator === 2 && !plural) {
    // "half of the cases", "a half of", but never "one and a half" or "half a day"
    return w.cues.halfOf.has(after) ? { value: 1 / 2, first: num?.value === 1 ? num.first : p, last: p } : null;
  }
  if (!num || num.value >= denominator) return null;
  // "a third of": a singular share needs "of", or "a third inspection" is an ordinal
  if (!plural && (num.value !== 1 || after !== 'of')) return null;
  if (plural && num.value === 1) return null;
  return { value: num.value / denominator, first: num.first, last: p };
}

/** Fractions in words: "a third of", "two-thirds", "three quarters", "half of the children". */
export function findFractions(w: Window, out: Metric[]): void {
  for (const p of anchors(w, NUMBER)) {
    if (!w.cues.fractions.has(wordAt(w, p)) || w.claimed[p]) continue;
    const f = fractionAt(w, p);
    if (!f || isClaimed(w, f.first, f.last + 1)) continue;
    const span = spanText(w, f.first, f.last);
    if (!span) continue;
    claim(w, f.first, f.last + 1);
    const value = Number(f.value.toFixed(DIGITS));
    out.push({ kind: 'fraction', value, unit: null, ...span, sentence: w.sentence, subject: subjectOf(w, f.first, f.last + 1) });
  }
}
