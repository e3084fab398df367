import type { Leaning } from './cues.js';
import { percentAfter } from './figures.js';
import { measureAt } from './measure.js';
import { readNumber } from './numbers.js';
import type { Baseline } from './schema.js';
import { wordAt, type Window } from './window.js';

/** Most connecting words between a direction and a baseline, or between two baselines. */
const MAX_GAP = 8;
const BRACKET_REACH = 8;
const CAPITAL = /^\p{Lu}/u;
const POSSESSIVE = new Set(["'s", '’s']);

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
    w.cues.connectors.has(word) ||
    w.cues.baselineGroups.has(word) ||
    w.cues.baselines.matchAt(w, next) ||
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

const ACRONYM = /^[A-Z]{2,6}s?$/;

/** True for a capitalised word that may be part of a place name, not an acronym ("YJB"). */
function properAt(w: Window, q: number): boolean {
  const t = w.tokens[q];
  return t !== undefined && t.type === 'word' && CAPITAL.test(t.value) && !ACRONYM.test(t.value);
}

/** "similar councils", "comparator YJSs", "statistically similar areas": statistical neighbours by their description. */
function neighboursAt(w: Window, q: number): number {
  const modifier = w.cues.neighbourModifiers.matchAt(w, q);
  if (!modifier) return -1;
  let r = modifier.next;
  while (r < modifier.next + 2 && w.cues.groupFillers.has(wordAt(w, r))) r++; // "similar local authorities", "similar police force areas"
  const group = w.cues.baselineGroups.has(wordAt(w, r)) || ACRONYM.test(w.tokens[r]?.value ?? '');
  if (group) return r + 1;
  // "neighbouring Southwark and Lewisham": the neighbours by name
  return properAt(w, r) ? nameEnd(w, r) : -1;
}

/** The position after a run of capitalised words joined by "and", "of" or "&" that starts at `q`. */
function nameEnd(w: Window, q: number): number {
  let r = q + 1;
  for (;;) {
    if (properAt(w, r)) r++;
    else if (w.cues.nameInner.has(wordAt(w, r)) && properAt(w, r + 1)) r += 2;
    else return r;
  }
}

/** True when "than (in) (the)" stands right before `q`: "higher than in the Gwent police area". */
function afterThan(w: Window, q: number): boolean {
  let r = q - 1;
  while (r > q - 3 && (wordAt(w, r) === 'the' || wordAt(w, r) === 'in')) r--;
  return wordAt(w, r) === 'than';
}

/** True when "the average for (the)" stands right before `q`. */
function averageOver(w: Window, q: number): boolean {
  const r = wordAt(w, q - 1) === 'the' ? q - 2 : q - 1;
  return w.cues.averageOver.has(wordAt(w, r)) && w.cues.baselineNouns.has(wordAt(w, r - 1));
}

/**
 * A named region or police force area used as a baseline: "the Avon and Somerset average", "the Essex Police area
 * average", "the average for the Hampshire and Isle of Wight Constabulary area". The position after it, or -1.
 */
function regionAt(w: Window, q: number): number {
  if (!properAt(w, q)) return -1;
  let r = nameEnd(w, q);
  const named = r;
  while (w.cues.regionHeads.has(wordAt(w, r))) r++;
  // "in the Gwent police area": a place followed by "area", "force" or "region" names the region itself
  const region = r > named && w.cues.placeHeads.has(wordAt(w, r - 1)) && afterThan(w, q);
  return region || w.cues.baselineNouns.has(wordAt(w, r)) || averageOver(w, q) ? r : -1;
}

/** A baseline at `q`: from the lexicon, by description (neighbours) or by a named region; null for none. */
function baselineAt(w: Window, q: number): { value: Baseline; next: number } | null {
  const b = w.cues.baselines.matchAt(w, q);
  if (b && !isNotABaseline(w, q, b.next)) return b;
  const neighbours = neighboursAt(w, q);
  if (neighbours > 0) return { value: 'statistical-neighbours', next: neighbours };
  const region = regionAt(w, q);
  return region > 0 ? { value: 'regional', next: region } : null;
}

/** "comparable services in Wales": a country right after a group of neighbours says where they are, it is no baseline. */
function qualifies(w: Window, q: number, value: Baseline, previous: Baseline | undefined, last: number): boolean {
  return value === 'national' && previous === 'statistical-neighbours' && wordAt(w, q - 1) === 'in' && last === q - 2;
}

/** The baselines listed from `start` on, joined by connectors: "national, regional and statistical neighbour rates". */
export function baselinesAfter(w: Window, start: number, numbers: boolean): Chain | null {
  const baselines: Baseline[] = [];
  let last = -1;
  let numberAfter: number | null = null;
  let gap = 0;
  for (let q = start; q < w.tokens.length && gap <= MAX_GAP;) {
    const word = wordAt(w, q);
    const b = baselineAt(w, q);
    if (b) {
      if (!qualifies(w, q, b.value, baselines[baselines.length - 1], last) && !baselines.includes(b.value)) {
        baselines.push(b.value);
      }
      last = b.next - 1;
      q = b.next;
      gap = 0;
      continue;
    }
    const close = word === '(' && last >= 0 ? closingBracket(w, q) : -1;
    const cue = measureAt(w, q);
    const n = numbers ? readNumber(w, q) : null;
    const joiner = w.cues.joiners.matchAt(w, q);
    if (close >= 0) q = close + 1;
    else if (cue) q = cue.next;
    else if (w.cues.connectors.has(word)) q++;
    else if (joiner) q = joiner.next;
    else if (POSSESSIVE.has(wordAt(w, q + 1)))
      q += 2; // "the partnership's statistical neighbours"
    else if (ACRONYM.test(w.tokens[q]?.value ?? ''))
      q++; // "our YJB family group"
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
  while (w.cues.baselineNouns.has(wordAt(w, last + 1))) last++;
  return { baselines, last, numberAfter };
}

/** A comparison read at one position: its leaning, first token, baselines and degree. */
export interface Found {
  readonly leaning: Leaning;
  readonly first: number;
  readonly chain: Chain;
  readonly degree: string | null;
}
