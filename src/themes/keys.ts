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
