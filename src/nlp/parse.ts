import type { ParsedDoc, Sentence, Token } from './parsed.js';
import { wink } from './wink.js';

const MAX_DRIFT = 256;

/** Counts line breaks, CRLF as one. */
function lineBreaks(gap: string): number {
  let n = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85) n++;
    else if (c === 13 && gap.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** Runs wink once over `text` and returns tokens with exact character offsets. */
export function parse(text: string): ParsedDoc {
  if (text.trim() === '') return { text, tokens: [], sentences: [] };
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out() as string[];
  const normals = all.out(its.normal) as string[];
  const lemmas = all.out(its.lemma as unknown as typeof its.normal) as string[];
  const types = all.out(its.type) as string[];
  const pos = all.out(its.pos) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const sentenceOf = sentenceIndexes(doc, values.length);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let lastWinkSentence = -1;
  let sentenceFirst = 0;
  let newlinePending = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const start = locate(text, value, cursor + (spaces[i] ?? '').length, cursor);
    if (start < 0) continue; // wink changed the text here: drop the token rather than lie about offsets
    const breaks = newlinePending + lineBreaks(text.slice(cursor, start));
    cursor = start + value.length;
    if (value.trim() === '') {
      newlinePending = breaks + lineBreaks(value);
      continue;
    }
    newlinePending = 0;
    const winkSentence = sentenceOf[i] ?? 0;
    // a blank line ends a sentence even without a full stop (headings, list items)
    if (winkSentence !== lastWinkSentence || breaks >= 2) {
      closeSentence(sentences, tokens, sentenceFirst);
      sentenceFirst = tokens.length;
      lastWinkSentence = winkSentence;
    }
    tokens.push({
      value,
      start,
      end: cursor,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      type: types[i] ?? 'unk',
      pos: pos[i] ?? 'X',
      negated: negations[i] === true,
      sentence: sentences.length,
      newlineBefore: breaks > 0,
    });
  }
  closeSentence(sentences, tokens, sentenceFirst);
  return { text, tokens, sentences };
}

function closeSentence(sentences: Sentence[], tokens: readonly Token[], first: number): void {
  const head = tokens[first];
  const tail = tokens[tokens.length - 1];
  if (!head || !tail) return;
  sentences.push({ index: sentences.length, start: head.start, end: tail.end, first, last: tokens.length });
}

/** Where `value` starts: at `expected` when wink kept the text as is, else the next occurrence. */
function locate(text: string, value: string, expected: number, cursor: number): number {
  if (value === '') return -1;
  if (text.startsWith(value, expected)) return expected;
  const found = text.slice(cursor, cursor + MAX_DRIFT + value.length).indexOf(value);
  return found < 0 ? -1 : cursor + found;
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

