import type { Word, WordTable } from './words.js';

/** One token of the input, with its exact span. */
export interface Token {
  /** The token as written: always `text.slice(start, end)`. */
  readonly value: string;
  /** The word layer's record of `value`, shared by every token written the same way. */
  readonly word: Word;
  readonly start: number;
  readonly end: number;
  /** wink's normal form: lower case, American spelling ("organisation" → "organization"). */
  readonly normal: string;
  /** wink's lemma ("children" → "child"). */
  readonly lemma: string;
  /** wink's token type: word, number, punctuation, symbol, emoji, ... */
  readonly type: string;
  readonly pos: string;
  /** True when wink places the token inside the scope of a negation. */
  readonly negated: boolean;
  readonly sentence: number;
  /** Whitespace before the token contains a line break. */
  readonly newlineBefore: boolean;
}

/** A sentence as a range of tokens and characters. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Index of its first token in `tokens`. */
  readonly first: number;
  /** Index after its last token. */
  readonly last: number;
}

/** The input parsed once by wink; every stage reads this and nothing else. */
export interface ParsedDoc {
  readonly text: string;
  /** Every distinct written form, normalised once. */
  readonly words: WordTable;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}
