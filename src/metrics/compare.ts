import type { Leaning } from './cues.js';
import { readNumber } from './numbers.js';
import { baselinesAfter, closingBracket, type Chain, type Found } from './chain.js';
import { reversedAt } from './reversed.js';
import type { Measure } from './schema.js';
import { wordAt, type Window } from './window.js';

const REACH_BACK = 8;
const SPLIT_REACH = 6;
/** Most words between a comparative and its "than" ("fewer children in Wrexham entered ... than"). */
const THAN_REACH = 16;
function denied(w: Window, p: number): boolean {
  for (let q = p - 1; q >= 0 && p - q <= 3; q--) {
    const word = wordAt(w, q);
    if (w.cues.denials.has(word)) return true;
    if (w.cues.clauseBreaks.has(word)) return false;
  }
  return false;
}

/** The leaning stated before a neutral comparison in the same clause, and where it stands. */
function leaningBefore(w: Window, p: number): { leaning: Leaning; at: number } | null {
  for (let q = p - 1; q >= 0 && p - q <= REACH_BACK; q--) {
    const word = wordAt(w, q);
    if (w.cues.clauseBreaks.has(word) || directional(w, q)) return null;
    const leaning = w.cues.leanings.get(word);
    if (leaning) return { leaning, at: w.cues.leadIns.has(wordAt(w, q - 1)) ? q - 1 : q };
  }
  return null;
}

/** True when the comparison at `p` opens its clause: "Compared with ...", ", when compared to ...". */
function opensClause(w: Window, p: number): boolean {
  const q = w.cues.clauseOpeners.has(wordAt(w, p - 1)) ? p - 1 : p;
  return q === 0 || wordAt(w, q - 1) === ',';
}

/** The leaning stated after a sentence-opening comparison: "Compared with national, the rate is lower." */
function leaningAfter(w: Window, chain: Chain): { leaning: Leaning; at: number } | null {
  let commas = 0;
  for (let q = chain.last + 1; q < w.tokens.length && q - chain.last <= REACH_BACK; q++) {
    const word = wordAt(w, q);
    if (word === ',' && commas++ === 0) continue;
    if (w.cues.clauseBreaks.has(word)) return null;
    const leaning = w.cues.stated.get(word);
    if (leaning) return { leaning, at: q };
  }
  return null;
}

/** The last figure before a neutral comparison in the same clause ("150 per 100,000 compared with 200"). */
function numberBefore(w: Window, p: number): number | null {
  let commas = 0;
  for (let q = p - 1; q >= 0 && p - q <= REACH_BACK; q--) {
    // "30%, compared with 35% nationally": one comma may stand between the figures
    if (wordAt(w, q) === ',' && commas++ === 0) continue;
    if (w.cues.clauseBreaks.has(wordAt(w, q))) return null;
    const n = readNumber(w, q);
    if (n && wordAt(w, q - 1) !== 'per' && n.next <= p) return n.value;
  }
  return null;
}

/** The direction of a leaning for a measure: "better" reoffending is lower, "better" attendance higher. */
export function resolve(w: Window, leaning: Leaning, measure: Measure): 'lower' | 'higher' {
  if (leaning === 'lower' || leaning === 'higher') return leaning;
  const lowerIsBetter = w.cues.lowerIsBetter.has(measure);
  return (leaning === 'better') === lowerIsBetter ? 'lower' : 'higher';
}

/** "than" a few words after a comparative ("a lower rate of reoffending than ..."), or -1. */
function thanAfter(w: Window, p: number): number {
  for (let q = p + 1; q < w.tokens.length && q - p <= THAN_REACH; q++) {
    const word = wordAt(w, q);
    if (word === 'than') return q;
    // "higher (worse) than": a bracketed judgement never stands in for the stated direction
    const close = word === '(' ? closingBracket(w, q) : -1;
    if (close > q) {
      q = close;
      continue;
    }
    if (w.cues.clauseBreaks.has(word) || w.cues.comparatives.has(word)) return -1;
  }
  return -1;
}

const LETTER = /\p{L}/u;

/** True when no word comes before `p` in its sentence (bullets and numbering aside; looks back 8 tokens). */
function firstWord(w: Window, p: number): boolean {
  for (let q = p - 1; q >= 0 && p - q <= 8; q--) if (LETTER.test(w.tokens[q]?.value ?? '')) return false;
  return true;
}

/** A direction word and the position its baselines start from: "lower than", "below", "fewer ... than". */
function directional(w: Window, p: number): { leaning: Leaning; next: number } | null {
  const trigger = w.cues.triggers.matchAt(w, p);
  // "Under the all-Wales guidance, ...": a preposition opening the sentence frames it, it compares nothing
  if (trigger && trigger.next === p + 1 && firstWord(w, p)) return null;
  if (trigger) return { leaning: trigger.value, next: trigger.next };
  const leaning = w.cues.comparatives.get(wordAt(w, p));
  const than = leaning ? thanAfter(w, p) : -1;
  return leaning && than > 0 ? { leaning, next: than + 1 } : null;
}

/** "the lowest rate of reoffending in the region": a superlative with a measure, then "in" and a baseline. */
function superlativeAt(w: Window, p: number): Found | null {
  const leaning = w.cues.superlatives.get(wordAt(w, p));
  if (!leaning) return null;
  for (let q = p + 1; q < w.tokens.length && q - p <= SPLIT_REACH; q++) {
    const word = wordAt(w, q);
    if (w.cues.clauseBreaks.has(word)) return null;
    const place = w.cues.superlativePlaces.has(word);
    if (!place && word !== 'nationally' && word !== 'regionally') continue;
    const chain = baselinesAfter(w, place ? q + 1 : q, false);
    return chain ? { leaning, first: p, chain, degree: null } : null;
  }
  return null;
}

/** A comparison starting at `p`, directional ("lower than national") or neutral with a stated leaning. */
export function comparisonAt(w: Window, p: number, measured: boolean): Found | null {
  const superlative = measured ? superlativeAt(w, p) : null;
  if (superlative) return superlative;
  const trigger = directional(w, p);
  if (trigger) {
    if (denied(w, p)) return null;
    const chain = baselinesAfter(w, trigger.next, true);
    const degree = w.cues.degrees.has(wordAt(w, p - 1)) ? (w.tokens[p - 1]?.value ?? null) : null;
    const first = degree ? p - 1 : p;
    if (!chain) return reversedAt(w, first, trigger, degree);
    return { leaning: trigger.leaning, first, chain, degree };
  }
  const comparator = w.cues.comparators.matchAt(w, p);
  if (!comparator) return null;
  const chain = baselinesAfter(w, comparator.next, true);
  if (!chain || denied(w, p)) return null;
  if (comparator.value) return { leaning: comparator.value, first: p, chain, degree: null };
  const before = leaningBefore(w, p);
  if (before) return { leaning: before.leaning, first: before.at, chain, degree: null };
  const after = opensClause(w, p) ? leaningAfter(w, chain) : null;
  if (after) return { leaning: after.leaning, first: p, chain: { ...chain, last: after.at }, degree: null };
  const a = numberBefore(w, p);
  const b = chain.numberAfter;
  if (a === null || b === null || a === b) return null;
  return { leaning: a < b ? 'lower' : 'higher', first: p, chain, degree: null };
}
