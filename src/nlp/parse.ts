import { CAPITAL, NEGATED, NEWLINE, OPEN, ParsedToken, type ParsedDoc, type Sentence, type Token, type WordPart } from './parsed.js';
import { MAX_POOLED } from './pool.js';
import { isSplitter, prepare } from './prepare.js';
import { readWink } from './read.js';
import type { Form, Word } from './words.js';

const MAX_DRIFT = 256;
const EMPTY = (text: string): ParsedDoc => new Parsed(text, [], [], new Int32Array(0), [], []);

/** Counts line breaks in `text[from, to)`, CRLF as one. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x0b || c === 0x0c) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/**
 * Runs wink once over `text` and returns tokens with exact character offsets. With `records` (lent by a
 * {@link TokenPool}), tokens are written into those records, and records made for tokens past them are added, up to
 * {@link MAX_POOLED}; the document may be read only until the records are given back.
 */
export function parse(text: string, records?: ParsedToken[]): ParsedDoc {
  if (text.trim() === '') return EMPTY(text);
  const prepared = prepare(text);
  if (prepared.trim() === '') return EMPTY(text);
  const { words, forms, negations, sentenceOf } = readWink(prepared);
  const locate = locator(prepared);

  // The per-token arrays are compacted in place as tokens are kept (k <= i), so no second copy is made. Every array
  // is made at its full length up front: appending to document-long arrays costs the collector dearly.
  const tokens = new Array<ParsedToken>(words.length);
  const sentences: Sentence[] = [];
  let k = 0;
  let cursor = 0;
  let lastWinkSentence = -1;
  let sentenceFirst = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (word.blank) continue; // line breaks are counted from the text between words
    const start = locate(word.value, cursor);
    if (start < 0) continue; // wink changed the text here: drop the token rather than lie about offsets
    const breaks = lineBreaks(text, cursor, start);
    cursor = start + word.value.length;
    // a blank line ends a sentence even without a full stop (headings, list items)
    if (sentenceOf[i] !== lastWinkSentence || breaks >= 2) {
      closeSentence(sentences, tokens, sentenceFirst, k);
      sentenceFirst = k;
      lastWinkSentence = sentenceOf[i] ?? 0;
    }
    const flags = (negations[i] === 1 ? NEGATED : 0) | (breaks > 0 ? NEWLINE : 0);
    const token = tokenAt(records, k, word, forms[i] as Form, start, cursor, sentences.length, flags);
    tokens[k] = token;
    words[k] = word;
    forms[k] = token.form;
    sentenceOf[k] = sentences.length;
    k++;
  }
  closeSentence(sentences, tokens, sentenceFirst, k);
  tokens.length = words.length = forms.length = k;
  return new Parsed(text, words, forms, sentenceOf.subarray(0, k), tokens, sentences);
}

/**
 * A parsed text. The names stage's views of it (word parts, capital and bracket marks) are made the first time they
 * are read, so stages that never read them (`stages: ['themes']`) do not pay for them.
 */
class Parsed implements ParsedDoc {
  private partIndex: PartIndex | undefined;
  private markBytes: Uint8Array | undefined;

  constructor(
    readonly text: string,
    readonly words: readonly Word[],
    readonly forms: readonly Form[],
    readonly sentenceOf: Int32Array,
    readonly tokens: readonly ParsedToken[],
    readonly sentences: readonly Sentence[],
  ) {}

  get parts(): readonly WordPart[] {
    return (this.partIndex ??= partsOf(this.tokens)).parts;
  }

  get firstPart(): Int32Array {
    return (this.partIndex ??= partsOf(this.tokens)).firstPart;
  }

  get marks(): Uint8Array {
    return (this.markBytes ??= marksOf(this.tokens));
  }
}

/** The word parts of a parsed text and, per token, where its parts start. */
interface PartIndex {
  readonly parts: readonly WordPart[];
  readonly firstPart: Int32Array;
}

/** Every token's word parts, in order (a token stands for its word when the word has one part), and where each token's parts start. */
function partsOf(tokens: readonly ParsedToken[]): PartIndex {
  let count = 0;
  for (let k = 0; k < tokens.length; k++) count += (tokens[k] as ParsedToken).word.parts.length;
  // made at full length: appending to document-long arrays costs the collector dearly
  const parts = new Array<WordPart>(count);
  const firstPart = new Int32Array(tokens.length + 1);
  let p = 0;
  for (let k = 0; k < tokens.length; k++) {
    firstPart[k] = p; // a token without parts (a bare hyphen) points at the next token's first part
    p = addParts(parts, p, tokens[k] as ParsedToken);
  }
  firstPart[tokens.length] = p;
  return { parts, firstPart };
}

/** {@link CAPITAL} for a token starting with a capital letter, {@link OPEN} for "(", else 0. */
function marksOf(tokens: readonly ParsedToken[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const word = (tokens[k] as ParsedToken).word;
    marks[k] = word.capital ? CAPITAL : word.value === '(' ? OPEN : 0;
  }
  return marks;
}

/** Token `k`: a lent record overwritten, else a new record (kept in `records` while they number under {@link MAX_POOLED}). */
function tokenAt(
  records: ParsedToken[] | undefined,
  k: number,
  word: Word,
  form: Form,
  start: number,
  end: number,
  sentence: number,
  flags: number,
): ParsedToken {
  // plain parameters, not a rest array: this runs once per token and must allocate nothing when a record is reused
  const record = records?.[k];
  if (record) return record.reuse(word, form, start, end, sentence, flags, k);
  const token = new ParsedToken().reuse(word, form, start, end, sentence, flags, k);
  if (records && records.length === k && k < MAX_POOLED) records.push(token);
  return token;
}

/** Appends the token's word parts at `p`: the token itself stands for a word of one part. Returns the next index. */
function addParts(parts: WordPart[], p: number, token: ParsedToken): number {
  const keys = token.word.parts;
  if (keys.length === 1) {
    parts[p] = token;
    return p + 1;
  }
  for (let j = 0; j < keys.length; j++) parts[p + j] = { key: keys[j] as string, token: token.token };
  return p + keys.length;
}

/** Closes the sentence of tokens `[first, end)`, if it has any. */
function closeSentence(sentences: Sentence[], tokens: readonly Token[], first: number, end: number): void {
  const head = tokens[first];
  const tail = tokens[end - 1];
  if (first >= end || !head || !tail) return;
  sentences.push({ index: sentences.length, start: head.start, end: tail.end, first, last: end });
}

/**
 * Finds where each token starts: after the spaces that follow the previous token when wink kept
 * the text as is, else the next occurrence within a short distance. Linear over the whole text:
 * the spaces after a cursor are scanned once however many tokens fail to be found there.
 */
function locator(text: string): (value: string, cursor: number) => number {
  let scannedFrom = -1;
  let wordAt = 0;
  return (value, cursor) => {
    if (cursor !== scannedFrom) {
      scannedFrom = cursor;
      wordAt = cursor;
      while (wordAt < text.length && isSplitter(text.charCodeAt(wordAt))) wordAt++;
    }
    if (text.startsWith(value, wordAt)) return wordAt;
    const found = text.slice(cursor, cursor + MAX_DRIFT + value.length).indexOf(value);
    return found < 0 ? -1 : cursor + found;
  };
}
