import type { Form, Word } from './words.js';

/** One token of the input, with its exact span. */
export interface Token {
  /** The token as written: always `text.slice(start, end)`. */
  readonly value: string;
  /** The word layer's record of `value`, shared by every token written the same way. */
  readonly word: Word;
  /** The word layer's record of the word in this token's part of speech. */
  readonly form: Form;
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

/** One hyphen part of a word, as the name finders read words: its folded key (see the word layer) and its token's index. */
export interface WordPart {
  readonly key: string;
  readonly token: number;
}

/** A token mark in {@link ParsedDoc.marks}: the token starts with an upper-case letter. */
export const CAPITAL = 1;
/** A token mark in {@link ParsedDoc.marks}: the token is an opening bracket. */
export const OPEN = 2;

/** {@link ParsedToken} flag: wink places the token inside the scope of a negation. */
export const NEGATED = 1;
/** {@link ParsedToken} flag: whitespace before the token contains a line break. */
export const NEWLINE = 2;

/**
 * A token as parse makes it: what depends on the written form (value, type) is read from its word, what
 * depends on the form and its tag (normal form, lemma, part of speech) from its form, and the two flags share
 * one small integer. A token whose word has one part is also that part ({@link WordPart}: its key and its index), so
 * most words need no part object of their own.
 */
export class ParsedToken implements Token, WordPart {
  // written only by reuse() (a new record is `new ParsedToken().reuse(...)`): a ParsedToken is read through the readonly
  // Token interface
  word!: Word;
  form!: Form;
  start!: number;
  end!: number;
  sentence!: number;
  private bits!: number;
  /** Its index in {@link ParsedDoc.tokens}. */
  token!: number;

  /** Makes this record token `index`: its word and form, span, sentence and {@link NEGATED}/{@link NEWLINE} flags (records are reused: see `pool.ts`). */
  reuse(word: Word, form: Form, start: number, end: number, sentence: number, flags: number, index: number): this {
    this.word = word;
    this.form = form;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.bits = flags;
    this.token = index;
    return this;
  }

  /** The word's first part (its only one, where the token stands for a part). */
  get key(): string {
    return this.word.parts[0] ?? '';
  }

  get value(): string {
    return this.word.value;
  }

  get type(): string {
    return this.word.type;
  }

  get normal(): string {
    return this.form.normal;
  }

  get lemma(): string {
    return this.form.lemma;
  }

  get pos(): string {
    return this.form.pos;
  }

  get negated(): boolean {
    return (this.bits & NEGATED) !== 0;
  }

  get newlineBefore(): boolean {
    return (this.bits & NEWLINE) !== 0;
  }
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
  /** Per token, the word layer's record of its written form and of its form in its tag: dense, for per-token scans. */
  readonly words: readonly Word[];
  readonly forms: readonly Form[];
  /** Per token, the index of its sentence. */
  readonly sentenceOf: Int32Array;
  /** One byte per token: {@link CAPITAL} when it starts with a capital letter, {@link OPEN} for "(". Dense, for per-token scans. */
  readonly marks: Uint8Array;
  readonly tokens: readonly Token[];
  /** Every word as its parts, in order: a hyphenated word gives one per part ("Stockton-on-Tees" → 3), a bare hyphen none. */
  readonly parts: readonly WordPart[];
  /** Per token, the index in {@link parts} of its first part, or of the next token's when it has none; one more entry for the end. */
  readonly firstPart: Int32Array;
  readonly sentences: readonly Sentence[];
}
