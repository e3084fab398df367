import { NUMBER, WITHIN } from './kinds.js';
import type { DurationUnit } from './cues.js';
import { isNotAFigure } from './guards.js';
import { isWhole, numberStart, readNumber, type NumberRead } from './numbers.js';
import type { Metric } from './schema.js';
import { anchors, claim, gluedToNext, isClaimed, spanText, wordAt, type Window } from './window.js';

const YOUNGEST = 8;
const AGE_SPAN = /^(\d{1,2})[-–](\d{1,2})$/;
const YEAR = /^((?:19[5-9]|20[0-4])\d)(?:[-–/](?:\d{2}|(?:19|20)\d{2}))?$/;
const MAX_DURATION = 1000;
/** True when a hyphen follows token `p` in the text ("four-point"). */
function hyphenAfter(w: Window, p: number): boolean {
  const t = w.tokens[p];
  return t !== undefined && w.text.charAt(t.end) === '-';
}

function unitAt(w: Window, p: number): DurationUnit | undefined {
  return w.cues.durations.get(wordAt(w, p));
}

function emit(
  w: Window,
  out: Metric[],
  first: number,
  last: number,
  make: (span: { text: string; start: number; end: number }) => Metric,
): void {
  const span = spanText(w, first, last);
  if (!span) return;
  out.push(make(span));
  claim(w, first, last + 1);
}

/** "year-old(s)", "year olds", "years old" after an age, or -1. */
function yearsOld(w: Window, p: number): number {
  const unit = wordAt(w, p);
  if (unit !== 'year' && unit !== 'years' && unit !== 'yr' && unit !== 'yrs') return -1;
  const old = wordAt(w, p + 1);
  return old === 'old' || old === 'olds' || old === 'old.' ? p + 2 : -1;
}

function ageContext(w: Window, before: number, after: number, lo: number): number {
  const old = yearsOld(w, after);
  if (old >= 0) return old;
  if (w.cues.ageAfter.has(wordAt(w, after))) return after;
  if (w.cues.ageBefore.has(wordAt(w, before))) return after;
  return w.cues.ageBetween.has(wordAt(w, before)) && lo >= YOUNGEST ? after : -1;
}

function ageRange(w: Window, p: number): { lo: number; hi: number | null; next: number } | null {
  const t = w.tokens[p];
  if (!t) return null;
  const open = t.type === 'word' ? w.cues.ageOpen.exec(wordAt(w, p)) : null;
  if (open) return { lo: Number(open[1]), hi: null, next: p + 1 };
  const span = t.type === 'number' && t.value.length <= 5 ? AGE_SPAN.exec(t.value) : null;
  if (span) return { lo: Number(span[1]), hi: Number(span[2]), next: p + 1 };
  const lo = readNumber(w, p);
  if (!lo || !isWhole(lo)) return null;
  if (wordAt(w, lo.next) === '+' && gluedToNext(w, p)) return { lo: lo.value, hi: null, next: lo.next + 1 };
  if (!w.cues.rangeWords.has(wordAt(w, lo.next))) return { lo: lo.value, hi: lo.value, next: lo.next };
  const hi = readNumber(w, lo.next + 1);
  return hi && isWhole(hi) ? { lo: lo.value, hi: hi.value, next: hi.next } : null;
}

/** Age ranges: "10 to 18-year-olds", "aged 10-17", "18-25 provision", "16+ providers", "post-16". */
function findAgeRanges(w: Window, out: Metric[]): void {
  let until = 0;
  for (const p of anchors(w, NUMBER)) {
    if (p < until) continue;
    if (w.claimed[p]) continue;
    const r = ageRange(w, p);
    if (!r || r.lo > 25 || (r.hi !== null && (r.hi > 25 || r.hi < r.lo)) || isClaimed(w, p, r.next)) continue;
    const open = r.hi === null && (wordAt(w, r.next - 1) === '+' || w.cues.ageOpen.test(wordAt(w, p)));
    const end = open ? r.next : ageContext(w, p - 1, r.next, r.lo);
    if (end < 0 || (r.hi === r.lo && yearsOld(w, r.next) < 0)) continue;
    const last = end > r.next ? end - 1 : r.next - 1;
    emit(w, out, p, last, (span) => ({
      kind: 'age-range',
      value: r.lo,
      total: r.hi,
      unit: 'years',
      ...span,
      sentence: w.sentence,
      subject: null,
    }));
    until = last + 1;
  }
}

/** Durations: "three years", "12 months", and bare units after "in"/"within" ("in days rather than weeks"). */
function findDurations(w: Window, out: Metric[]): void {
  let until = 0;
  for (const p of anchors(w, NUMBER | WITHIN)) {
    if (p < until) continue;
    if (w.claimed[p]) continue;
    const word = wordAt(w, p);
    const bare = w.cues.within.has(word) && unitAt(w, p + 1) !== undefined && wordAt(w, p + 1).endsWith('s');
    if (bare) {
      const unit = unitAt(w, p + 1) ?? 'days';
      emit(w, out, p + 1, p + 1, (span) => ({
        kind: 'duration',
        value: null,
        unit,
        ...span,
        sentence: w.sentence,
        subject: null,
      }));
      continue;
    }
    const n = readNumber(w, p);
    // "ten working days": one adjective may stand before the unit
    const at = n && w.cues.unitAdjectives.has(wordAt(w, n.next)) ? n.next + 1 : (n?.next ?? p);
    const unit = n ? unitAt(w, at) : undefined;
    if (!n || !unit || n.value <= 0 || n.value >= MAX_DURATION || w.tokens[n.next]?.newlineBefore) continue;
    if (yearsOld(w, at) >= 0 || isNotAFigure(w, p, n.next)) continue;
    emit(w, out, p, at, (span) => ({
      kind: 'duration',
      value: n.value,
      unit,
      ...span,
      sentence: w.sentence,
      subject: null,
    }));
    until = at + 1;
  }
}

/** Years: "in 2019", "2015/16", "2018-19"; never the year of a full date. */
function findYears(w: Window, out: Metric[]): void {
  for (const p of anchors(w, NUMBER)) {
    const t = w.tokens[p];
    const m = t && !w.claimed[p] && t.type === 'number' ? YEAR.exec(t.value) : null;
    if (!m || isNotAFigure(w, p, p + 1) || wordAt(w, p - 1) === 'year') continue;
    emit(w, out, p, p, (span) => ({
      kind: 'year',
      value: Number(m[1]),
      unit: null,
      ...span,
      sentence: w.sentence,
      subject: null,
    }));
  }
}

/** The noun a count counts: up to three adjectives and nouns after it, the last a noun. */
function countedNoun(w: Window, n: NumberRead): number {
  let last = -1;
  for (let q = n.next; q < n.next + 3; q++) {
    const t = w.tokens[q];
    if (!t || t.type !== 'word' || w.cues.notCounted.has(wordAt(w, q)) || unitAt(w, q)) break;
    if (hyphenAfter(w, q)) return -1; // "subscriber-only": a compound the count does not count
    if (t.pos === 'NOUN') last = q;
    else if (t.pos !== 'ADJ' || last >= 0) break;
  }
  return last;
}

/** Counts: a whole number before the noun it counts ("39 children", "nearly 1,000 referrals", "a thousand visits"). */
function findCounts(w: Window, out: Metric[]): void {
  let until = 0;
  for (const anchor of anchors(w, NUMBER)) {
    const p = numberStart(w, anchor);
    if (p < until) continue;
    if (w.claimed[p]) continue;
    const n = readNumber(w, p);
    if (!n || !isWhole(n) || n.value < 2 || gluedToNext(w, n.next - 1)) continue;
    if (wordAt(w, p - 1) === 'year' || wordAt(w, p - 1) === 'per' || isClaimed(w, n.next, n.next + 1)) continue;
    if (hyphenAfter(w, n.next - 1)) continue; // "four-point scale", "two-year plan"
    const noun = countedNoun(w, n);
    if (noun < 0 || isNotAFigure(w, p, n.next)) continue;
    const unit = wordAt(w, noun);
    emit(w, out, p, noun, (span) => ({
      kind: 'count',
      value: n.value,
      unit,
      ...span,
      sentence: w.sentence,
      subject: null,
    }));
    until = noun + 1;
  }
}

/** Age ranges, durations, years and counts, in that order of precedence. */
export function findQuantities(w: Window, out: Metric[]): void {
  findAgeRanges(w, out);
  findDurations(w, out);
  findYears(w, out);
  findCounts(w, out);
}
