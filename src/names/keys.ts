import type { ParsedDoc, Token, WordPart } from '../nlp/parsed.js';
import { partsOf, startsUpper } from '../nlp/words.js';

export { startsUpper } from '../nlp/words.js';

/** One word of the input as the name matchers see it: a lower-case key and the token it came from (the word layer's word part). */
export type Unit = WordPart;

/** Splits a lexicon phrase ("Stockton-on-Tees", "Brighton & Hove") into the same keys as the input; commas kept as keys on request. */
export function phraseKeys(phrase: string, keepCommas = false): string[] {
  return (keepCommas ? phrase.replace(/,/g, ' , ') : phrase)
    .split(keepCommas ? /[\s/]+/ : /[\s,/]+/)
    .filter((part) => part !== '')
    .flatMap(partsOf);
}

export { CAPITAL, OPEN } from '../nlp/parsed.js';


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
  return token !== undefined && token.word.capital;
}

/** The token as a vocabulary key: lower case with British spelling kept (wink's `normal` is American). */
export function wordKey(token: Token | undefined): string {
  return token ? token.word.fold : '';
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
