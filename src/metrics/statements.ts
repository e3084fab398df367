import { baselinesAfter, closingBracket, type Found } from './chain.js';
import { comparisonAt, resolve } from './compare.js';

import { BASELINE, COMPARE } from './kinds.js';
import { measureNear, type MeasureCue } from './measure.js';
import { readNumber } from './numbers.js';
import type { Metric } from './schema.js';
import { anchors, spanText, wordAt, type Window } from './window.js';

/** Most words that may stand between two statements of one comparison. */
const RESTATE_REACH = 8;
/** Most words between a local figure and its bracketed baseline. */
const FIGURE_REACH = 6;

type Comparison = Extract<Metric, { kind: 'comparison' }>;

/** A comparison found in the window, with the token positions of its span. */
interface Statement {
  readonly metric: Comparison;
  readonly first: number;
  readonly last: number;
}

/** The local figure in the clause before a bracket at `p`: "30% (", "4.1 per cent of outcomes (", "180 per 100,000 (". */
function figureBefore(w: Window, p: number): number | null {
  for (let q = p - 1; q >= 0 && p - q <= FIGURE_REACH; q--) {
    const word = wordAt(w, q);
    if (w.cues.clauseBreaks.has(word) || word === ')' || word === '(') return null;
    const n = readNumber(w, q);
    if (n && wordAt(w, q - 1) !== 'per') return yearLike(w, q) ? null : n.value;
  }
  return null;
}

/** True for a figure at `q` that reads as a year ("2019"), which is never the rate compared. */
function yearLike(w: Window, q: number): boolean {
  const n = readNumber(w, q);
  return (
    n !== null &&
    n.digits &&
    Number.isInteger(n.value) &&
    n.value >= 1950 &&
    n.value <= 2050 &&
    !wordAt(w, q).includes(',')
  );
}

/** "30% (national 29%)", "30% (England average: 29%)": a bracketed baseline figure after the local one. */
function bracketAt(w: Window, p: number): Found | null {
  if (wordAt(w, p - 1) !== '(') return null;
  const local = figureBefore(w, p - 1);
  const close = local === null ? -1 : closingBracket(w, p - 1);
  const chain = close > p ? baselinesAfter(w, p, false) : null;
  if (local === null || !chain || chain.last >= close) return null;
  for (let q = chain.last + 1; q < close; q++) {
    const n = readNumber(w, q);
    if (!n || yearLike(w, q)) continue;
    if (n.value === local) return null;
    return {
      leaning: local < n.value ? 'lower' : 'higher',
      first: p,
      chain: { ...chain, last: close - 1 },
      degree: null,
    };
  }
  return null;
}

/**
 * True when only joining words and degrees stand in `[a, b)`: "and", ", and it is also", "as well as". A figure
 * between them ("18% lower than the regional average and 5% lower than ...") makes the second a comparison of its own.
 */
function restated(w: Window, a: number, b: number): boolean {
  if (b - a > RESTATE_REACH) return false;
  for (let q = a; q < b; q++) {
    const word = wordAt(w, q);
    const ok = word === ',' || word === '(' || word === ')' || w.cues.restatements.has(word) || w.cues.degrees.has(word);
    if (!ok) return false;
  }
  return true;
}

function statementOf(w: Window, found: Found, cue: MeasureCue | null): Statement | null {
  const span = spanText(w, found.first, found.chain.last);
  if (!span) return null;
  const measure = cue?.measure ?? 'other';
  const metric: Comparison = {
    kind: 'comparison',
    measure,
    direction: resolve(w, found.leaning, measure),
    baselines: found.chain.baselines,
    degree: found.degree,
    ...span,
    sentence: w.sentence,
    subject: cue?.text ?? null,
  };
  return { metric, first: found.first, last: found.chain.last };
}

/** "Fewer ... than the national average: 58% compared with 71% nationally": a neutral comparison repeating the one before. */
function echoes(w: Window, a: Statement, b: Statement): boolean {
  const comparator = w.cues.comparators.matchAt(w, b.first);
  return comparator !== null && comparator.value === null && b.metric.baselines.every((v) => a.metric.baselines.includes(v));
}

/** "..., and it compares favourably with ...": a comparison with a verdict of its own is a new statement. */
function judges(w: Window, b: Statement): boolean {
  return (w.cues.comparators.matchAt(w, b.first)?.value ?? null) !== null;
}

/** One comparison stated twice ("higher than the regional rate and higher than the national rate") reads as one. */
function merged(w: Window, a: Statement, b: Statement): Statement | null {
  const x = a.metric;
  const y = b.metric;
  if (x.direction !== y.direction || x.measure !== y.measure || judges(w, b)) return null;
  if (!restated(w, a.last + 1, b.first) && !echoes(w, a, b)) return null;
  const span = spanText(w, a.first, b.last);
  if (!span) return null;
  const baselines = [...x.baselines, ...y.baselines.filter((v) => !x.baselines.includes(v))];
  return { metric: { ...x, baselines, degree: x.degree ?? y.degree, ...span }, first: a.first, last: b.last };
}

/** Every comparison read at the window's comparison words and bracketed baselines, in text order. */
function statements(w: Window, named: readonly MeasureCue[], previous: MeasureCue | null): Statement[] {
  const out: Statement[] = [];
  let until = 0;
  for (const p of anchors(w, COMPARE | BASELINE)) {
    if (p < until) continue;
    const compare = ((w.kinds[p] ?? 0) & COMPARE) !== 0;
    const found = (compare ? comparisonAt(w, p, named.length > 0) : null) ?? bracketAt(w, p);
    const s = found ? statementOf(w, found, measureNear(named, p, previous)) : null;
    if (!s) continue;
    out.push(s);
    until = s.last + 1;
  }
  return out;
}

/**
 * Comparisons of a rate with baselines: "lower than those of national and comparator areas", "under the England
 * and Wales average", "low in comparison with national and regional figures". One statement gives one comparison
 * with all its baselines, even when it repeats its direction ("above the regional rate and above the national
 * rate"); two directions stay two comparisons.
 */
export function findComparisons(
  w: Window,
  named: readonly MeasureCue[],
  previous: MeasureCue | null,
  out: Metric[],
): void {
  let held: Statement | null = null;
  for (const s of statements(w, named, previous)) {
    const joined: Statement | null = held ? merged(w, held, s) : null;
    if (held && !joined) out.push(held.metric);
    held = joined ?? s;
  }
  if (held) out.push(held.metric);
}
