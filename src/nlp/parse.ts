import type { ParsedDoc, Sentence, Token } from './parsed.js';
import { isSplitter, prepare } from './prepare.js';
import { wink } from './wink.js';
import { WordTable, type Word } from './words.js';

const MAX_DRIFT = 256;
const EMPTY = (text: string): ParsedDoc => ({ text, words: new WordTable(), tokens: [], sentences: [] });

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

/** Runs wink once over `text` and returns tokens with exact character offsets. */
export function parse(text: string): ParsedDoc {
  if (text.trim() === '') return EMPTY(text);
  const prepared = prepare(text);
  if (prepared.trim() === '') return EMPTY(text);
  const words = new WordTable();
  const { values, normals, lemmas, pos, negations, sentenceOf, wordOf } = readWink(prepared, words);
  const locate = locator(prepared);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let lastWinkSentence = -1;
  let sentenceFirst = 0;
  for (let i = 0; i < values.length; i++) {
    const word = wordOf[i] as Word;
    if (word.blank) continue; // line breaks are counted from the text between words
    const value = word.value;
    const start = locate(value, cursor);
    if (start < 0) continue; // wink changed the text here: drop the token rather than lie about offsets
    const breaks = lineBreaks(text, cursor, start);
    cursor = start + value.length;
    const winkSentence = sentenceOf[i] ?? 0;
    // a blank line ends a sentence even without a full stop (headings, list items)
    if (winkSentence !== lastWinkSentence || breaks >= 2) {
      closeSentence(sentences, tokens, sentenceFirst);
      sentenceFirst = tokens.length;
      lastWinkSentence = winkSentence;
    }
    tokens.push({
      value,
      word,
      start,
      end: cursor,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      type: word.type,
      pos: pos[i] ?? 'X',
      negated: negations[i] === true,
      sentence: sentences.length,
      newlineBefore: breaks > 0,
    });
  }
  closeSentence(sentences, tokens, sentenceFirst);
  return { text, words, tokens, sentences };
}

/** What parse reads from wink, per token; wink's own document is left behind for the collector before tokens are built. */
interface WinkRead {
  readonly values: string[];
  /** The word layer's record of each token. */
  readonly wordOf: Word[];
  readonly normals: string[];
  readonly lemmas: string[];
  readonly pos: string[];
  readonly negations: boolean[];
  readonly sentenceOf: number[];
}

function readWink(prepared: string, words: WordTable): WinkRead {
  const nlp = wink(prepared.length);
  const its = nlp.its;
  const doc = nlp.readDoc(prepared);
  const all = doc.tokens();
  const values = all.out() as string[];
  // wink's token type depends on the written form only: read once per distinct word, from its first token
  const wordOf = new Array<Word>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    wordOf[i] = words.find(value) ?? words.add(value, all.itemAt(i).out(its.type) as string);
  }
  return {
    values,
    wordOf,
    normals: all.out(its.normal) as string[],
    lemmas: all.out(its.lemma as unknown as typeof its.normal) as string[],
    pos: all.out(its.pos) as string[],
    negations: all.out(its.negationFlag) as unknown as boolean[],
    sentenceOf: sentenceIndexes(doc, values.length),
  };
}

function closeSentence(sentences: Sentence[], tokens: readonly Token[], first: number): void {
  const head = tokens[first];
  const tail = tokens[tokens.length - 1];
  if (!head || !tail) return;
  sentences.push({ index: sentences.length, start: head.start, end: tail.end, first, last: tokens.length });
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

type WinkDoc = ReturnType<ReturnType<typeof wink>['readDoc']>;

function sentenceIndexes(doc: WinkDoc, count: number): number[] {
  const out = new Array<number>(count);
  let i = 0;
  doc.sentences().each((s, index) => {
    const n = s.tokens().length();
    for (let k = 0; k < n && i < count; k++) out[i++] = index;
  });
  const lastIndex = i > 0 ? (out[i - 1] ?? 0) : 0;
  while (i < count) out[i++] = lastIndex;
  return out;
}
