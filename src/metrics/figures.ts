import { NUMBER } from './kinds.js';
import { inAddress, isDatePart, isNotAFigure } from './guards.js';
import { isWhole, numberStart, parseDigits, readNumber, type NumberRead } from './numbers.js';
import type { Metric } from './schema.js';
import { subjectOf } from './subject.js';
import { anchors, claim, gluedToNext, isClaimed, spanText, wordAt, type Window } from './window.js';

const RANGE = /^(\d{1,3}(?:\.\d+)?)[-–](\d{1,3}(?:\.\d+)?)$/;
const SCORE = /^(\d{1,3})\/(\d{1,3})$/;
const IN_TOTAL = /^in-(\d{1,3})$/;

/** "year 2 of the 3-year plan", but not "last year 11 of the 14 children". */
function positionInTime(w: Window, p: number): boolean {
  return w.cues.periods.has(wordAt(w, p - 1)) && !w.cues.timeDeterminers.has(wordAt(w, p - 2));
}

/** The position after a percent sign or word at `p` ("%", "per cent", "percent", "30pc"), or -1. */
export function percentAfter(w: Window, p: number): number {
  const word = wordAt(w, p);
  if (word === '%' || word === 'percent' || word === 'per-cent') return p + 1;
  if (word === 'per' && wordAt(w, p + 1) === 'cent') return p + 2;
  if (word === 'percentage' && (wordAt(w, p + 1) === 'point' || wordAt(w, p + 1) === 'points')) return p + 2;
  if (word === 'pc' && gluedToNext(w, p - 1)) return p + 1;
  return -1;
}

function percentage(w: Window, value: number, first: number, last: number, subject: string | null): Metric | null {
  const span = spanText(w, first, last);
  if (!span) return null;
  return { kind: 'percentage', value, unit: 'percent', ...span, sentence: w.sentence, subject };
}

/** A range before a percent sign, "20-30%": two percentages, the first ending at its own digits. */
function rangePercentages(w: Window, p: number, end: number, range: RegExpExecArray): Metric[] {
  const t = w.tokens[p];
  const last = w.tokens[end - 1];
  if (!t || !last) return [];
  const lo = range[1] ?? '';
  const subject = subjectOf(w, p, end);
  return [
    {
      kind: 'percentage',
      value: Number(lo),
      unit: 'percent',
      text: lo,
      start: t.start,
      end: t.start + lo.length,
      sentence: w.sentence,
      subject,
    },
    {
      kind: 'percentage',
      value: Number(range[2]),
      unit: 'percent',
      text: w.text.slice(t.start + lo.length + 1, last.end),
      start: t.start + lo.length + 1,
      end: last.end,
      sentence: w.sentence,
      subject,
    },
  ];
}

/** The first figure of "between 20 and 30%" or "from 0.29 to 0.23 per cent", written without its own sign. */
function rangeStart(w: Window, p: number): Metric | null {
  const joint = wordAt(w, p - 1);
  if (joint !== 'and' && joint !== 'to' && joint !== '-' && joint !== '–') return null;
  let first = p - 2;
  while (first > 0 && readNumber(w, first - 1)?.next === p - 1) first--;
  const n = readNumber(w, first);
  const lead = wordAt(w, first - 1);
  if (!n || n.next !== p - 1 || w.claimed[first] || (lead !== 'between' && lead !== 'from')) return null;
  claim(w, first, n.next);
  return percentage(w, n.value, first, n.next - 1, null);
}

/** Percentages: "97%", "70 per cent", "ninety per cent", "12.5 percent", "20-30%". */
export function findPercentages(w: Window, out: Metric[]): void {
  let until = 0;
  for (const anchor of anchors(w, NUMBER)) {
    const p = numberStart(w, anchor); // "a hundred per cent" starts at "a"
    if (p < until) continue;
    if (w.claimed[p]) continue;
    const t = w.tokens[p];
    const read = readNumber(w, p);
    const end = percentAfter(w, read?.next ?? p + 1);
    if (!t || end < 0) continue;
    const range = read || t.type !== 'number' ? null : RANGE.exec(t.value);
    // "30%-40%": wink reads the second figure as "-40"
    const dashed =
      t.value.startsWith('-') && wordAt(w, p - 1) === '%' && gluedToNext(w, p - 1)
        ? parseDigits(t.value.slice(1))
        : null;
    const n: NumberRead | null = dashed !== null ? { value: dashed, next: p + 1, digits: true } : read;
    if ((!n && !range) || inAddress(w, p)) continue;
    claim(w, p, end);
    const from = rangeStart(w, p);
    if (from) out.push(from);
    if (range) out.push(...rangePercentages(w, p, end, range));
    else if (n) {
      const m = percentage(w, n.value, p, end - 1, subjectOf(w, p, end));
      if (m && dashed !== null) out.push({ ...m, text: m.text.slice(1), start: m.start + 1 });
      else if (m) out.push(m);
    }
    until = end;
  }
}

/** A whole number at `p` that may stand in a proportion. */
function part(w: Window, p: number): NumberRead | null {
  if (w.claimed[p]) return null;
  const n = readNumber(w, p);
  if (!n || !isWhole(n) || n.value < 0) return null;
  return n;
}

function validTotal(w: Window, value: number, total: NumberRead): boolean {
  if (!isWhole(total) || total.value < 2 || value > total.value) return false;
  if (total.digits && total.value >= 1900 && total.value <= 2100 && !(w.words[total.next - 1] ?? '').includes(','))
    return false;
  const after = wordAt(w, total.next);
  if (
    percentAfter(w, total.next) >= 0 ||
    w.cues.timeUnits.has(after) ||
    (gluedToNext(w, total.next - 1) && w.tokens[total.next]?.type === 'word')
  )
    return false;
  return !isDatePart(w, total.next - 1, total.next) && !isClaimed(w, total.next - 1, total.next);
}

/** "out of a possible 12", "out of a total of 43": the words before the total. */
function skipPossible(w: Window, r: number): number {
  if (wordAt(w, r) === 'possible' || wordAt(w, r) === 'maximum') return r + 1;
  return wordAt(w, r) === 'total' && wordAt(w, r + 1) === 'of' ? r + 2 : r;
}

/** The total after the connecting words at `q`: "out of (the) 12", "in 4", "of (the) three", or "-in-5". */
function totalAfter(w: Window, q: number, between: number): NumberRead | null {
  const word = wordAt(w, q);
  const skip = (r: number): number => (w.cues.outOfFillers.has(wordAt(w, r)) ? r + 1 : r);
  if (word === 'out' && wordAt(w, q + 1) === 'of') return part(w, skipPossible(w, skip(q + 2)));
  if (between > 0) return null;
  if (word === 'of') return part(w, skip(q + 1));
  if (word === 'in') return part(w, wordAt(w, q + 1) === 'every' ? q + 2 : q + 1);
  const glued = IN_TOTAL.exec(word);
  return glued ? { value: Number(glued[1]), next: q + 1, digits: true } : null;
}

function proportion(w: Window, value: number, total: number, first: number, next: number): Metric | null {
  const span = spanText(w, first, next - 1);
  if (!span) return null;
  return {
    kind: 'proportion',
    value,
    total,
    unit: null,
    ...span,
    sentence: w.sentence,
    subject: subjectOf(w, first, next),
  };
}

/** "14/20" as a score: never a date ("12/05"), a year ("2015/16") or a label ("#002/2013"). */
function score(w: Window, p: number): Metric | null {
  const t = w.tokens[p];
  const m = t && t.type === 'number' && t.value.includes('/') ? SCORE.exec(t.value) : null;
  if (!m || isNotAFigure(w, p, p + 1)) return null;
  const value = Number(m[1]);
  const total = Number(m[2]);
  if ((m[1] ?? '').startsWith('0') || total < 2 || value > total) return null;
  const context = w.cues.scoreWords.has(wordAt(w, p - 1)) || wordAt(w, p + 1) === 'of';
  // "20/21" is a financial year, "12/05" may be a date
  const maybeDate = (value <= 31 && total <= 12) || value === total || total === value + 1;
  if (maybeDate && !context) return null;
  return proportion(w, value, total, p, p + 1);
}

/** Proportions: "nine out of 12", "seven-out-of-ten", "Four out of the six", "3 in 4", "two of the three", "14/20". */
export function findProportions(w: Window, out: Metric[]): void {
  let until = 0;
  for (const p of anchors(w, NUMBER)) {
    if (p < until) continue;
    const s = w.claimed[p] ? null : score(w, p);
    if (s) {
      claim(w, p, p + 1);
      out.push(s);
      continue;
    }
    const n = part(w, p);
    if (!n || positionInTime(w, p)) continue; // "year 2 of the 3-year plan"
    // "six vacancies out of 43": up to two words between the part and "out of"
    for (let between = 0; between <= 2; between++) {
      const q = n.next + between;
      if (between > 0 && (w.tokens[q - 1]?.type !== 'word' || readNumber(w, q - 1))) break;
      // "one of 10 teams" names one member of a group; "two of the three" is a share
      if (wordAt(w, q) === 'of' && n.value < 2) break;
      const total = totalAfter(w, q, between);
      if (!total || !validTotal(w, n.value, total) || isNotAFigure(w, p, n.next)) continue;
      const m = proportion(w, n.value, total.value, p, total.next);
      if (m) {
        out.push(m);
        claim(w, p, total.next);
        until = total.next;
      }
      break;
    }
  }
}
