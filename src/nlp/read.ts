/** What parse copies out of wink: each token's word and form through the word layer, its negation flag and sentence. */
import { wink, winkWords } from './wink.js';
import type { Form, Word, WordTable } from './words.js';

/** Most tokens copied out of wink in one go; see {@link readWink}. */
const WHOLE_READ = 8192;

/** What parse reads from wink, per token; wink's own document is left behind for the collector before tokens are built. */
export interface WinkRead {
  /** The word layer's record of each token's written form, and of the form its tag gives it. */
  readonly words: Word[];
  readonly forms: Form[];
  /** 1 where wink places the token in a negation's scope. */
  readonly negations: Uint8Array;
  readonly sentenceOf: Int32Array;
}

type WinkIts = ReturnType<typeof wink>['its'];
type WinkDoc = ReturnType<ReturnType<typeof wink>['readDoc']>;
type WinkTokens = ReturnType<WinkDoc['tokens']>;
type WinkToken = ReturnType<WinkTokens['itemAt']>;

/**
 * Reads the text with wink. Only the written form and tag are copied out per token: type, normal form and lemma
 * depend on the form and tag alone, so they are read once per distinct pair, from the first token that has it, into
 * the word layer. A long document's tokens are copied out a sentence at a time: wink builds each copy by appending,
 * and appending past about 16,000 items costs several times as much per item (short texts are read whole, where
 * per-sentence calls would cost more than they save).
 */
export function readWink(prepared: string): WinkRead {
  const nlp = wink(prepared.length);
  const its = nlp.its;
  const doc = nlp.readDoc(prepared);
  const count = doc.tokens().length();
  const sentences = doc.sentences();
  const spans = sentences.out(its.span) as unknown as [number, number][];
  const read: WinkRead = {
    words: new Array<Word>(count),
    forms: new Array<Form>(count),
    negations: negationsOf(doc, spans, count, its),
    sentenceOf: sentenceIndexes(spans, count),
  };
  const readRun = runReader(read, its);
  if (count > WHOLE_READ && covers(spans, count)) spans.forEach(([first], k) => readRun(sentences.itemAt(k).tokens(), first));
  else readRun(doc.tokens(), 0);
  return read;
}

/** True when the sentences' token spans follow one another from the first token to the last. */
function covers(spans: readonly (readonly [number, number])[], count: number): boolean {
  let next = 0;
  for (const [first, last] of spans) {
    if (first !== next || last < first) return false;
    next = last + 1;
  }
  return next === count;
}

/** Reads a run of wink's tokens, the first of them token `first` of the document, into `read` through the word layer. */
function runReader(read: WinkRead, its: WinkIts): (run: WinkTokens, first: number) => void {
  const table = winkWords();
  return (run, first) => {
    const values = run.out() as string[];
    const tags = run.out(its.pos) as string[];
    for (let j = 0; j < values.length; j++) {
      const value = values[j] as string;
      const tag = tags[j] as string;
      const word = table.find(value) ?? table.add(value, run.itemAt(j).out(its.type) as string);
      read.words[first + j] = word;
      read.forms[first + j] = table.findForm(word, tag) ?? newForm(table, word, tag, run.itemAt(j), its);
    }
  };
}

/**
 * 1 for each token wink places in a negation's scope. wink flags the sentence that holds a negation, and a scope never
 * leaves its sentence, so a long document reads only the flagged sentences' tokens (most sentences deny nothing); a
 * short one reads every token's flag at once, which costs it less than a call per sentence.
 */
function negationsOf(doc: WinkDoc, spans: readonly (readonly [number, number])[], count: number, its: WinkIts): Uint8Array {
  const out = new Uint8Array(count);
  const mark = (flags: boolean[], first: number): void => {
    for (let j = 0; j < flags.length && first + j < count; j++) if (flags[j] === true) out[first + j] = 1;
  };
  if (count <= WHOLE_READ) {
    mark(doc.tokens().out(its.negationFlag) as unknown as boolean[], 0);
    return out;
  }
  const sentences = doc.sentences();
  (sentences.out(its.negationFlag) as unknown as boolean[]).forEach((negated, k) => {
    const first = spans[k]?.[0] ?? count;
    if (negated && first < count) mark(sentences.itemAt(k).tokens().out(its.negationFlag) as unknown as boolean[], first);
  });
  return out;
}

function newForm(table: WordTable, word: Word, tag: string, token: WinkToken, its: WinkIts): Form {
  const normal = token.out(its.normal) as string;
  const lemma = token.out(its.lemma as unknown as typeof its.normal) as string;
  return table.addForm(word, tag, normal, lemma);
}

/** wink's sentence index of every token, from the sentences' token spans (a gap takes the sentence before). */
function sentenceIndexes(spans: readonly (readonly [number, number])[], count: number): Int32Array {
  const out = new Int32Array(count);
  let i = 0;
  spans.forEach(([first, last], index) => {
    for (; i < first && i < count; i++) out[i] = Math.max(0, index - 1);
    for (; i <= last && i < count; i++) out[i] = index;
  });
  const lastIndex = i > 0 ? (out[i - 1] ?? 0) : 0;
  for (; i < count; i++) out[i] = lastIndex;
  return out;
}
