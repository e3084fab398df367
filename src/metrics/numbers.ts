import { wordAt, type NumberRead, type Window } from './window.js';

export type { NumberRead } from './window.js';

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** Reads a plain number in figures ("1,000", "12.5"), or none. */
export function parseDigits(word: string): number | null {
  if (!DIGITS.test(word)) return null;
  return Number(word.replace(/,/g, ''));
}

/** A number word below one hundred at `p`: "nine", "ninety", "ninety-five" (the hyphen is already dropped). */
function belowHundred(w: Window, p: number): NumberRead | null {
  const c = w.cues;
  const tens = c.tens.get(wordAt(w, p));
  if (tens !== undefined) {
    const unit = c.units.get(wordAt(w, p + 1));
    return unit !== undefined && unit > 0 && unit < 10
      ? { value: tens + unit, next: p + 2, digits: false }
      : { value: tens, next: p + 1, digits: false };
  }
  const unit = c.units.get(wordAt(w, p));
  return unit === undefined ? null : { value: unit, next: p + 1, digits: false };
}

/** The words after "hundred" or a scale that finish the number: "and twenty", "twenty-one". */
function remainder(w: Window, q: number): NumberRead | null {
  const at = wordAt(w, q) === 'and' ? q + 1 : q;
  const rest = belowHundred(w, at);
  // "one hundred and two hundred": the second is a number of its own
  return rest && !w.cues.hundred.has(wordAt(w, rest.next)) && !w.cues.scales.has(wordAt(w, rest.next)) ? rest : null;
}

/** A number word below one thousand: "a hundred", "three hundred and six", "forty-one". */
function belowThousand(w: Window, p: number): NumberRead | null {
  const hundred = w.cues.hundred;
  const lead =
    wordAt(w, p) === 'a' && hundred.has(wordAt(w, p + 1))
      ? { value: 1, next: p + 1, digits: false }
      : belowHundred(w, p);
  if (!lead || !hundred.has(wordAt(w, lead.next)) || lead.value < 1 || lead.value > 19) return lead;
  const value = lead.value * 100;
  const rest = remainder(w, lead.next + 1);
  return rest
    ? { value: value + rest.value, next: rest.next, digits: false }
    : { value, next: lead.next + 1, digits: false };
}

/**
 * A number in words of any size below a billion: "one hundred and twenty", "two thousand, three hundred",
 * "a thousand", with decimals in words ("eighty-three point five").
 */
function readWords(w: Window, p: number): NumberRead | null {
  const c = w.cues;
  const first =
    wordAt(w, p) === 'a' && c.scales.has(wordAt(w, p + 1))
      ? { value: 1, next: p + 1, digits: false }
      : belowThousand(w, p);
  if (!first) return null;
  let read: NumberRead = first;
  let total = 0;
  let scale = c.scales.get(wordAt(w, read.next));
  while (scale !== undefined && read.value > 0) {
    total += read.value * scale;
    const q = read.next + 1;
    const rest = afterScale(w, q, scale);
    const nextScale = rest ? c.scales.get(wordAt(w, rest.next)) : undefined;
    if (!rest || (nextScale !== undefined && nextScale >= scale)) return { value: total, next: q, digits: false };
    read = rest;
    scale = nextScale;
  }
  return total > 0 ? { value: total + read.value, next: read.next, digits: false } : decimals(w, read);
}

/** What follows a scale word: ", three hundred", "and fifty", "three hundred"; smaller than the scale. */
function afterScale(w: Window, q: number, scale: number): NumberRead | null {
  const c = w.cues;
  const word = wordAt(w, q);
  // "two thousand, three hundred": a comma carries on only into a hundreds part, never a list ("two thousand, three")
  const comma = word === ',' && c.hundred.has(wordAt(w, belowHundred(w, q + 1)?.next ?? -1));
  const rest = comma ? belowThousand(w, q + 1) : word === 'and' ? remainder(w, q) : belowThousand(w, q);
  return rest && rest.value < scale ? rest : null;
}

/** "point five", "point two five" after a number in words. */
function decimals(w: Window, read: NumberRead): NumberRead {
  let q = read.next;
  if (!w.cues.point.has(wordAt(w, q))) return read;
  let digits = '';
  for (q++; ; q++) {
    const d = w.cues.units.get(wordAt(w, q));
    if (d === undefined || d > 9) break;
    digits += String(d);
  }
  return digits === '' ? read : { value: Number(`${read.value}.${digits}`), next: q, digits: false };
}

/** Where the number whose word stands at `p` starts: "a" in "a hundred" or "a thousand", else `p`. */
export function numberStart(w: Window, p: number): number {
  const word = wordAt(w, p);
  return wordAt(w, p - 1) === 'a' && (w.cues.hundred.has(word) || w.cues.scales.has(word)) ? p - 1 : p;
}

/** True when the word at `p` continues a number in words that starts earlier ("twenty" in "one hundred and twenty"). */
export function insideNumber(w: Window, p: number): boolean {
  const c = w.cues;
  const word = wordAt(w, p);
  if (!c.units.has(word) && !c.tens.has(word) && !c.hundred.has(word) && !c.scales.has(word)) return false;
  for (let q = p - 1; q >= 0 && q >= p - 4; q--) {
    const start = w.tokens[q]?.type === 'word' ? readWords(w, q) : null;
    if (start && start.next > p) return true;
  }
  return false;
}

/** Reads the number at `p`, in figures or words. */
export function readNumber(w: Window, p: number): NumberRead | null {
  const known = w.numbers[p];
  if (known !== undefined) return known;
  const read = readAt(w, p);
  if (p >= 0 && p < w.numbers.length) w.numbers[p] = read;
  return read;
}

function readAt(w: Window, p: number): NumberRead | null {
  const t = w.tokens[p];
  if (!t) return null;
  if (t.type === 'number') {
    const value = parseDigits(t.value);
    return value === null ? null : { value, next: p + 1, digits: true };
  }
  return insideNumber(w, p) ? null : readWords(w, p);
}

/** True for a whole number. */
export function isWhole(n: NumberRead): boolean {
  return Number.isInteger(n.value);
}
