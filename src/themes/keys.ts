import type { Token } from '../nlp/parsed.js';

// skipped between the words of a pattern: hyphens, dashes, slashes and list commas ("education, training and employment")
const JOINERS = new Set(['-', '‐', '‑', '–', '—', ',', '/']);

/**
 * Per-token matching keys, computed once per document so that matching allocates nothing per step.
 * `lemma[i]` is empty when it equals `folded[i]`; `word[i]` is 1 for tokens with letters or digits.
 */
export interface TokenKeys {
  readonly length: number;
  readonly folded: readonly string[];
  readonly lemma: readonly string[];
  readonly exact: readonly string[];
  readonly word: Uint8Array;
  readonly joiner: Uint8Array;
  readonly sentence: Int32Array;
}

/** Computes the matching keys of every token. */
export function keyTokens(tokens: readonly Token[]): TokenKeys {
  const n = tokens.length;
  const folded = new Array<string>(n);
  const lemma = new Array<string>(n);
  const exact = new Array<string>(n);
  const word = new Uint8Array(n);
  const joiner = new Uint8Array(n);
  const sentence = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const f = t.form.key;
    folded[i] = f;
    lemma[i] = t.form.lemmaKey;
    exact[i] = t.word.exact;
    word[i] = f === '' ? 0 : 1;
    joiner[i] = JOINERS.has(t.value) ? 1 : 0;
    sentence[i] = t.sentence;
  }
  return { length: n, folded, lemma, exact, word, joiner, sentence };
}
