import type { ParsedDoc, Token } from '../nlp/parsed.js';

/** One word of the input as the name matchers see it: a lower-case key and the token it came from. */
export interface Unit {
  readonly key: string;
  readonly token: number;
}

const HYPHENS = /[-\u2010-\u2014]/;
const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019`]/g;
// eslint-disable-next-line no-control-regex -- plain ASCII needs no Unicode folding
const ASCII = /^[\u0000-\u007f]*$/;

const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

/** Lower-cases, folds diacritics and apostrophes, and maps "&" to "and" and "st." to "st". Memoised. */
export function normaliseWord(word: string): string {
  if (alreadyKey(word)) return word;
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    key = fold(word);
    cache.set(word, key);
  }
  return key;
}

/** True for plain ASCII with nothing to fold: no capitals, no "&", "`" or final ".". Most words, checked without a lookup. */
function alreadyKey(word: string): boolean {
  const n = word.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90) || c === 38 || c === 96) return false;
  }
  return word.charCodeAt(n - 1) !== 46 || n === 1;
}

function fold(word: string): string {
  const folded = (ASCII.test(word) ? word : word.normalize('NFD').replace(MARKS, ''))
    .replace(APOSTROPHES, "'")
    .toLowerCase();
  if (folded === '&') return 'and';
  return folded.endsWith('.') && folded.length > 1 ? folded.slice(0, -1) : folded;
}

/** The keys one token contributes: hyphenated words split into parts, bare hyphens none. */
export function tokenKeys(value: string): string[] {
  if (value.length > 64 || !HYPHENS.test(value)) return [normaliseWord(value)];
  return value
    .split(HYPHENS)
    .filter((part) => part !== '')
    .map(normaliseWord);
}

/** Splits a lexicon phrase ("Stockton-on-Tees", "Brighton & Hove") into the same keys as the input; commas kept as keys on request. */
export function phraseKeys(phrase: string, keepCommas = false): string[] {
  return (keepCommas ? phrase.replace(/,/g, ' , ') : phrase)
    .split(keepCommas ? /[\s/]+/ : /[\s,/]+/)
    .filter((part) => part !== '')
    .flatMap(tokenKeys);
}

/** Token marks in {@link marksOf}: the token starts with a capital, or is an opening bracket. */
export const CAPITAL = 1;
export const OPEN = 2;

const markCache = new WeakMap<readonly Token[], Uint8Array>();

/**
 * One byte per token (CAPITAL, OPEN), built once per document: the per-token scans test these
 * dense bytes instead of touching every token object.
 */
export function marksOf(doc: ParsedDoc): Uint8Array {
  let marks = markCache.get(doc.tokens);
  if (!marks) {
    marks = new Uint8Array(doc.tokens.length);
    doc.tokens.forEach((token, index) => {
      if (marks) marks[index] = markOf(token.value);
    });
    markCache.set(doc.tokens, marks);
  }
  return marks;
}

function markOf(value: string): number {
  if (startsUpper(value)) return CAPITAL;
  return value === '(' ? OPEN : 0;
}

/** Every word of the document as units, in order (and its token marks, cached for {@link marksOf}). */
export function buildUnits(doc: ParsedDoc): Unit[] {
  const units: Unit[] = [];
  const tokens = doc.tokens;
  const marks = new Uint8Array(tokens.length);
  markCache.set(tokens, marks);
  for (let index = 0; index < tokens.length; index++) {
    const value = tokens[index]?.value ?? '';
    marks[index] = markOf(value);
    const shape = value.length > 64 ? FOLD : shapeOf(value);
    if (shape === PLAIN) units.push({ key: value, token: index });
    else if (shape === FOLD) units.push({ key: normaliseWord(value), token: index });
    else for (const key of tokenKeys(value)) units.push({ key, token: index });
  }
  return units;
}

const PLAIN = 0;
const FOLD = 1;
const HYPHENATED = 2;

/** One pass over a word: already a key (PLAIN), needing folding (FOLD), or holding a hyphen (HYPHENATED). */
function shapeOf(value: string): number {
  const n = value.length;
  if (n === 0) return FOLD;
  let shape = PLAIN;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 45 || (c >= 0x2010 && c <= 0x2014)) return HYPHENATED;
    if (c > 127 || (c >= 65 && c <= 90) || c === 38 || c === 96) shape = FOLD;
  }
  return shape === PLAIN && value.charCodeAt(n - 1) === 46 && n > 1 ? FOLD : shape;
}

/** Membership of token indexes, as the per-token scans need it. */
export interface TokenSet {
  has(token: number): boolean;
}

/** A set of token indexes backed by a byte per token: no hashing in per-token scans. */
export class TokenMask implements TokenSet {
  private readonly bits: Uint8Array;

  constructor(size: number, from?: TokenMask) {
    this.bits = from ? from.bits.slice() : new Uint8Array(size);
  }

  /** Adds one token index (indexes outside the document are ignored). */
  add(token: number): void {
    if (token >= 0 && token < this.bits.length) this.bits[token] = 1;
  }

  /** True when the token index was added. */
  has(token: number): boolean {
    return this.bits[token] === 1;
  }
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && startsUpper(token.value);
}

/** True when the text starts with an upper-case letter (ASCII checked without allocating). */
export function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = value.charAt(0);
  return first !== first.toLowerCase();
}

/** The token as a vocabulary key: lower case with British spelling kept (wink's `normal` is American). */
export function wordKey(token: Token | undefined): string {
  return token ? normaliseWord(token.value) : '';
}

/** True for an acronym-like token: two or more capitals making up at least half its letters ("YOS", "SaLT", "DfE"). */
export function isAcronymLike(value: string): boolean {
  if (value.length < 2 || value.length > 12 || !startsUpper(value)) return false;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c < 97 || c > 122) continue;
      letters++;
      continue;
    }
    const ch = value.charAt(i);
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  return upper >= 2 && upper * 2 >= letters;
}

const LONE_HYPHEN = /^[-\u2010\u2011]$/;

/** True when token `k` is a hyphen touching the words on both sides: the joint inside "Fenwick-on-Sea". */
export function isGluedHyphen(doc: ParsedDoc, k: number): boolean {
  const t = doc.tokens[k];
  return (
    t !== undefined &&
    LONE_HYPHEN.test(t.value) &&
    doc.tokens[k - 1]?.end === t.start &&
    doc.tokens[k + 1]?.start === t.end
  );
}
