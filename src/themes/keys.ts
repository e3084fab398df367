import type { ParsedDoc } from '../nlp/parsed.js';
import type { Form, Word } from '../nlp/words.js';

/**
 * What the theme matcher reads per token, straight from the word layer: each token's form (its case-folded
 * key `key` and lemma key `lemmaKey`), its word (the case-kept key `exact`, and `joiner` for the hyphens,
 * dashes, slashes and list commas skipped between the words of a pattern) and its sentence. Nothing is
 * copied per token.
 */
export interface TokenKeys {
  readonly length: number;
  readonly forms: readonly Form[];
  readonly words: readonly Word[];
  readonly sentence: Int32Array;
}

/** The matching keys of every token of the document. */
export function keyTokens(doc: ParsedDoc): TokenKeys {
  return { length: doc.tokens.length, forms: doc.forms, words: doc.words, sentence: doc.sentenceOf };
}

/** True for a token with letters or digits: one a pattern's word can match. */
export function isWord(keys: TokenKeys, i: number): boolean {
  const key = keys.forms[i]?.key;
  return key !== undefined && key !== '';
}

/** True for a hyphen, dash, slash or list comma, skipped between the words of a pattern. */
export function isJoiner(keys: TokenKeys, i: number): boolean {
  return keys.words[i]?.joiner === true;
}

/** The token's case-folded key, and its lemma key when that differs ('' otherwise). */
export function foldedKeys(keys: TokenKeys, i: number): { readonly key: string; readonly lemmaKey: string } {
  return keys.forms[i] ?? NO_FORM;
}

const NO_FORM = { key: '', lemmaKey: '' };
