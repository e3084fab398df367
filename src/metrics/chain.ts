import { cues, type Leaning } from './cues.js';
import { percentAfter } from './figures.js';
import { measureAt } from './measure.js';
import { readNumber } from './numbers.js';
import type { Baseline } from './schema.js';
import { wordAt, type Window } from './window.js';

/** Most connecting words between a direction and a baseline, or between two baselines. */
const MAX_GAP = 6;
const BRACKET_REACH = 8;
const CAPITAL = /^\p{Lu}/u;

/** Baselines read in a row, where the row ends, and the first figure met on the way. */
export interface Chain {
  readonly baselines: Baseline[];
  readonly last: number;
  readonly numberAfter: number | null;
}

/**
 * True when the baseline word at `[start, next)` names something else: part of a name ("National Probation
 * Service") or a modifier of another noun ("national standards", "regional colleagues").
 */
export function isNotABaseline(w: Window, start: number, next: number): boolean {
  const after = w.tokens[next];
  if (!after) return false;
  const word = wordAt(w, next);
  if (
    cues().connectors.has(word) ||
    cues().baselineGroups.has(word) ||
    cues().baselines.matchAt(w, next) ||
    measureAt(w, next)
  )
    return false;
  if (CAPITAL.test(w.tokens[start]?.value ?? '') && CAPITAL.test(after.value) && after.type === 'word') return true;
  return after.pos === 'NOUN';
}

/** The position of the ")" closing a bracket opened at `q`, within reach, or -1. */
export function closingBracket(w: Window, q: number): number {
  for (let r = q + 1; r < w.tokens.length && r - q <= BRACKET_REACH; r++) if (wordAt(w, r) === ')') return r;
  return -1;
}

/** The baselines listed from `start` on, joined by connectors: "national, regional and statistical neighbour rates". */
export function baselinesAfter(w: Window, start: number, numbers: boolean): Chain | null {
  const baselines: Baseline[] = [];
  let last = -1;
  let numberAfter: number | null = null;
  let gap = 0;
  for (let q = start; q < w.tokens.length && gap <= MAX_GAP;) {
    const word = wordAt(w, q);
    const b = cues().baselines.matchAt(w, q);
    if (b && !isNotABaseline(w, q, b.next)) {
      if (!baselines.includes(b.value)) baselines.push(b.value);
      last = b.next - 1;
      q = b.next;
      gap = 0;
      continue;
    }
    const close = word === '(' && last >= 0 ? closingBracket(w, q) : -1;
    const cue = measureAt(w, q);
    const n = numbers ? readNumber(w, q) : null;
    const joiner = cues().joiners.matchAt(w, q);
    if (close >= 0) q = close + 1;
    else if (cue) q = cue.next;
    else if (cues().connectors.has(word)) q++;
    else if (joiner) q = joiner.next;
    else if (n) {
      // "the national rate of 26% and the regional rate of 27%": a figure does not widen the gap
      numberAfter ??= n.value;
      const pct = percentAfter(w, n.next);
      q = pct >= 0 ? pct : n.next;
      continue;
    } else break;
    gap++;
  }
  if (baselines.length === 0) return null;
  while (cues().baselineNouns.has(wordAt(w, last + 1))) last++;
  return { baselines, last, numberAfter };
}

/** A comparison read at one position: its leaning, first token, baselines and degree. */
export interface Found {
  readonly leaning: Leaning;
  readonly first: number;
  readonly chain: Chain;
  readonly degree: string | null;
}
