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
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    key = fold(word);
    cache.set(word, key);
  }
  return key;
}

function fold(word: string): string {
  const folded = (ASCII.test(word) ? word : word.normalize('NFD').replace(MARKS, '')).replace(APOSTROPHES, "'").toLowerCase();
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

/** Every word of the document as units, in order. */
export function buildUnits(doc: ParsedDoc): Unit[] {
  const units: Unit[] = [];
  doc.tokens.forEach((token, index) => {
    for (const key of tokenKeys(token.value)) units.push({ key, token: index });
  });
  return units;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(token: Token | undefined): boolean {
  if (!token) return false;
  const first = token.value.charAt(0);
  return first !== first.toLowerCase();
}

/** The token as a vocabulary key: lower case with British spelling kept (wink's `normal` is American). */
export function wordKey(token: Token | undefined): string {
  return token ? normaliseWord(token.value) : '';
}

/** True for an acronym-like token: two or more capitals making up at least half its letters ("YOS", "SaLT", "DfE"). */
export function isAcronymLike(value: string): boolean {
  if (value.length < 2 || value.length > 12) return false;
  let upper = 0;
  let letters = 0;
  for (const ch of value) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  return upper >= 2 && upper * 2 >= letters && value.charAt(0) !== value.charAt(0).toLowerCase();
}
