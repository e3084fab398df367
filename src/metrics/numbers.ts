import { cues } from './cues.js';
import { wordAt, type Window } from './window.js';

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** A number read from one or more tokens. */
export interface NumberRead {
  readonly value: number;
  /** Position after the number. */
  readonly next: number;
  /** Written in figures ("12") rather than words ("twelve"). */
  readonly digits: boolean;
}

/** Reads a plain number in figures ("1,000", "12.5"), or none. */
export function parseDigits(word: string): number | null {
  if (!DIGITS.test(word)) return null;
  return Number(word.replace(/,/g, ''));
}

function unitAt(w: Window, p: number): number | undefined {
  return cues().units.get(wordAt(w, p));
}

function tensAt(w: Window, p: number): number | undefined {
  return cues().tens.get(wordAt(w, p));
}

/** Reads a number written in words up to one hundred ("nine", "ninety-five", "one hundred"). */
function readWords(w: Window, p: number): NumberRead | null {
  if (wordAt(w, p) === 'hundred' || (wordAt(w, p) === 'a' && wordAt(w, p + 1) === 'hundred')) {
    return wordAt(w, p) === 'a' ? { value: 100, next: p + 2, digits: false } : null;
  }
  const tens = tensAt(w, p);
  if (tens !== undefined) {
    const unit = unitAt(w, p + 1);
    return unit !== undefined && unit > 0 && unit < 10
      ? { value: tens + unit, next: p + 2, digits: false }
      : { value: tens, next: p + 1, digits: false };
  }
  const unit = unitAt(w, p);
  if (unit === undefined) return null;
  if (unit === 1 && wordAt(w, p + 1) === 'hundred') return { value: 100, next: p + 2, digits: false };
  return { value: unit, next: p + 1, digits: false };
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
  return readWords(w, p);
}

/** True for a whole number. */
export function isWhole(n: NumberRead): boolean {
  return Number.isInteger(n.value);
}
