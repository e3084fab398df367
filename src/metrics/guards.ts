import { gluedToNext, wordAt, type Window } from './window.js';

const BULLETS = new Set(['•', '●', '▪', '◦', '-', '–', '—', '*', '·', '(']);
const LIST_CLOSERS = new Set(['.', ')', ':', ']']);
const WEB = /:\/\/|www\.|@|\.(?:uk|com|org|net|gov|html?|pdf|aspx?|php)(?:\W|$)/i;
const POSTCODE_OUT = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_IN = /^\d[A-Z]{2}$/;
const CLOCK = /^(\d{1,2})[.:](\d{2})$/;
const PURE_DIGITS = /^\d+$/;
const CHUNK_REACH = 80;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a);
}

/** The run of non-space characters around `[start, end)`, bounded so long runs stay cheap. */
function chunkAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < CHUNK_REACH && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < CHUNK_REACH && !isSpace(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

function trimPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && '.,;:)'.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

/** True when the token at `p` sits inside a web address, e-mail address or postcode. */
export function inAddress(w: Window, p: number): boolean {
  const t = w.tokens[p];
  if (!t) return false;
  const chunk = chunkAround(w.text, t.start, t.end);
  if (WEB.test(chunk)) return true;
  const bare = trimPunctuation(chunk);
  if (POSTCODE_IN.test(bare)) {
    const before =
      w.text
        .slice(Math.max(0, t.start - 6), t.start)
        .trim()
        .split(' ')
        .pop() ?? '';
    return POSTCODE_OUT.test(before);
  }
  return POSTCODE_OUT.test(bare) && /^[A-Z]/.test(bare);
}

/** True when a month name stands next to the number at `[p, next)`: a date, not a quantity. */
export function isDatePart(w: Window, p: number, next: number): boolean {
  return isMonth(w, p - 1) || isMonth(w, next);
}

function isMonth(w: Window, p: number): boolean {
  const word = wordAt(w, p);
  if (word.length < 3 || word.length > 10) return false;
  const value = (w.tokens[p]?.value ?? '').replace(/\.$/, '');
  const lower = value.toLowerCase();
  // "may" only as a capitalised name, never the verb
  return w.cues.months.has(lower) && (lower !== 'may' || value === 'May');
}

function isClock(w: Window, p: number): boolean {
  const t = w.tokens[p];
  if (!t) return false;
  if (t.type === 'time' || t.value.includes(':')) return true;
  const m = CLOCK.exec(t.value);
  if (!m) return false;
  if (Number(m[1]) > 23 || Number(m[2]) > 59) return false;
  const after = wordAt(w, p + 1);
  if (w.cues.timeSuffixes.has(after) || w.cues.meridiems.has(after.replace(/^\d/, ''))) return true;
  return t.value.startsWith('0') && after !== '%' && after !== 'per';
}

function isPhone(w: Window, p: number): boolean {
  const v = w.tokens[p]?.value ?? '';
  if (!PURE_DIGITS.test(v)) return false;
  if (v.length >= 4 && v.startsWith('0')) return true;
  const near = (q: number): boolean => {
    const u = w.tokens[q];
    return u !== undefined && PURE_DIGITS.test(u.value) && (u.value.length >= 3 || v.length >= 3);
  };
  return v.length >= 3 && (near(p - 1) || near(p + 1)) ? !w.tokens[p + 1]?.newlineBefore : v.startsWith('+');
}

function isMoney(w: Window, p: number, next: number): boolean {
  if (w.cues.currency.has(wordAt(w, p - 1))) return true;
  return gluedToNext(w, next - 1) && w.cues.moneyAfter.has(wordAt(w, next));
}

/** True when the number at `p` opens a line or bullet as its list number ("1.", "(3)", "2.1 Governance"). */
function isListNumber(w: Window, p: number): boolean {
  const t = w.tokens[p];
  if (!t) return false;
  const prev = w.tokens[p - 1];
  const lineStart =
    p === 0 || t.newlineBefore || (prev !== undefined && BULLETS.has(prev.value) && (p === 1 || prev.newlineBefore));
  if (!lineStart) return false;
  const after = wordAt(w, p + 1);
  if (LIST_CLOSERS.has(after)) return true;
  if (t.value.includes('.')) return true;
  const nextTok = w.tokens[p + 1];
  return nextTok !== undefined && /^[A-Z][a-z]/.test(nextTok.value) && nextTok.pos === 'PROPN';
}

/**
 * True when the number at `[p, next)` is not a figure at all: a phone number, date, clock time, list or
 * standard number, sum of money, postcode or part of a web address.
 */
export function isNotAFigure(w: Window, p: number, next: number): boolean {
  const known = w.labels[p] ?? 0;
  if (known !== 0) return known === 2;
  const label = isLabel(w, p, next);
  w.labels[p] = label ? 2 : 1;
  return label;
}

function isLabel(w: Window, p: number, next: number): boolean {
  const prev = wordAt(w, p - 1);
  if (w.cues.references.has(prev)) return true;
  if (isMoney(w, p, next) || isClock(w, p) || isPhone(w, p)) return true;
  if (isDatePart(w, p, next) || isListNumber(w, p)) return true;
  return inAddress(w, p);
}
