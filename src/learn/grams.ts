import { foldedKeys, isJoiner, isWord, type ParsedDoc, type TokenKeys } from './words.js';

/** An n-gram of word keys (space-joined matching keys) with the surface it was written as (lower case). */
export interface Gram {
  readonly key: string;
  readonly surface: string;
}

// closed-class parts of speech: an n-gram never starts or ends on one ("of the", "support for")
const EDGE_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'PUNCT', 'SYM', 'NUM', 'X']);

/**
 * The distinct n-grams (1 to `maxWords` words) of tokens `[first, last)`, walked the way the theme matcher
 * walks: consecutive word tokens of one sentence, one joiner (hyphen, slash, comma) skipped between words, each
 * word by its normal key or its lemma. So a segment holds an n-gram exactly when the n-gram's pattern would
 * match in it ("child" is held by "children", as the matcher's lemma step finds it there).
 */
export function gramsOf(doc: ParsedDoc, keys: TokenKeys, first: number, last: number, maxWords: number): Gram[] {
  const seen = new Map<string, Gram>();
  for (let i = first; i < last; i++) {
    if (!isWord(keys, i) || isEdge(doc, i)) continue;
    let partial: Gram[] = [{ key: '', surface: '' }];
    let j = i;
    for (let words = 1; words <= maxWords; words++) {
      const surface = (doc.tokens[j]?.value ?? '').toLowerCase();
      partial = extend(partial, keysAt(keys, j), surface);
      if (!isEdge(doc, j)) for (const g of partial) if (!seen.has(g.key)) seen.set(g.key, g);
      const joined = j + 1 < last && isJoiner(keys, j + 1);
      const next = joined ? j + 2 : j + 1;
      if (next >= last || !isWord(keys, next) || keys.sentence[next] !== keys.sentence[i]) break;
      const joiner = doc.tokens[j + 1]?.value ?? '';
      const gap = joined && (joiner === '-' || joiner === '/') ? joiner : ' ';
      partial = partial.map((g) => ({ key: `${g.key} `, surface: g.surface + gap }));
      j = next;
    }
  }
  return [...seen.values()];
}

function keysAt(keys: TokenKeys, j: number): string[] {
  const { key, lemmaKey } = foldedKeys(keys, j);
  return lemmaKey === '' ? [key] : [key, lemmaKey];
}

function extend(partial: readonly Gram[], words: readonly string[], surface: string): Gram[] {
  return partial.flatMap((g) => words.map((w) => ({ key: g.key + w, surface: g.surface + surface })));
}

function isEdge(doc: ParsedDoc, i: number): boolean {
  return EDGE_POS.has(doc.tokens[i]?.pos ?? 'X');
}
