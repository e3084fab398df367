import { baselinesAfter, isNotABaseline, type Found } from './chain.js';
import type { Leaning } from './cues.js';
import { percentAfter } from './figures.js';
import { measureAt } from './measure.js';
import { readNumber } from './numbers.js';
import { wordAt, type Window } from './window.js';

const REACH_BACK = 10;
const FLIPPED: Readonly<Record<Leaning, Leaning>> = {
  lower: 'higher',
  higher: 'lower',
  better: 'worse',
  worse: 'better',
};

/** The position after a figure at `q` ("12", "12%", "12 per cent"), or -1. */
function figureEnd(w: Window, q: number): number {
  const n = readNumber(w, q);
  if (!n) return -1;
  const pct = percentAfter(w, n.next);
  return pct >= 0 ? pct : n.next;
}

/** The last position of the local figure named right after a direction ("ours", "our 9% rate", "the local rate"). */
function ownFigureEnd(w: Window, start: number): number {
  let q = start;
  while (w.cues.ownFillers.has(wordAt(w, q)) && q - start < 2) q++;
  if (!w.cues.ownFigures.has(wordAt(w, q))) return -1;
  let last = q;
  for (let r = q + 1; r < w.tokens.length && r - q <= 4;) {
    const end = figureEnd(w, r);
    const cue = end < 0 ? measureAt(w, r) : null;
    const next = end >= 0 ? end : (cue?.next ?? (w.cues.baselineNouns.has(wordAt(w, r)) ? r + 1 : -1));
    if (next < 0) break;
    last = next - 1;
    r = next;
  }
  return last;
}

/** True when only copulas, degrees and figures stand in `[a, b)`: "is", "of 12% is", "remains well". */
function bridged(w: Window, a: number, b: number): boolean {
  for (let q = a; q < b;) {
    const word = wordAt(w, q);
    const end = figureEnd(w, q);
    if (end >= 0) q = end;
    else if (word === 'of' || w.cues.restatements.has(word) || w.cues.degrees.has(word)) q++;
    else return false;
  }
  return true;
}

/** The leftmost baseline that opens the clause before `p`, or -1. */
function baselineBefore(w: Window, p: number): number {
  let found = -1;
  for (let q = p - 1; q >= 0 && p - q <= REACH_BACK; q--) {
    const word = wordAt(w, q);
    if (w.cues.clauseBreaks.has(word)) break;
    const b = w.cues.baselines.matchAt(w, q);
    if (b && !isNotABaseline(w, q, b.next)) found = q;
  }
  return found;
}

/**
 * A baseline stated before the direction, with the local figure after it: "the national average is higher than
 * ours", "the national rate of 12% is above our 9%". The local figure then leans the other way.
 */
export function reversedAt(
  w: Window,
  first: number,
  trigger: { leaning: Leaning; next: number },
  degree: string | null,
): Found | null {
  const own = ownFigureEnd(w, trigger.next);
  const start = own >= 0 ? baselineBefore(w, first) : -1;
  const chain = start >= 0 ? baselinesAfter(w, start, true) : null;
  if (!chain || chain.last >= first || !bridged(w, chain.last + 1, first)) return null;
  return { leaning: FLIPPED[trigger.leaning], first: start, chain: { ...chain, last: own }, degree };
}
