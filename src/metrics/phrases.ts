import type { Token } from '../nlp/parsed.js';

/** The words of a sentence as phrases are matched against (a metrics `Window` is one). */
export interface WordView {
  readonly tokens: readonly Token[];
  /** Lower-cased token values. */
  readonly words: readonly string[];
}

/** A phrase found at a position: what it stands for and the position after it. */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly start: number;
  readonly next: number;
}

/**
 * A set of short word sequences, indexed by first word and tried longest first.
 * Words match a token as written (lower-cased), as wink's normal form or as its lemma.
 */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, { words: readonly string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ');
      const first = words[0] ?? '';
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, list);
    }
  }

  /** The first word of every phrase, for cheap checks of whether a sentence can hold one. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  /** The longest phrase starting at `p`, if any. */
  matchAt(w: WordView, p: number): PhraseMatch<T> | null {
    const t = w.tokens[p];
    if (!t) return null;
    const written = w.words[p] ?? '';
    let best = this.longest(w, p, written, null);
    if (t.normal !== written) best = this.longest(w, p, t.normal, best);
    if (t.lemma !== written && t.lemma !== t.normal) best = this.longest(w, p, t.lemma, best);
    return best;
  }

  private longest(w: WordView, p: number, key: string, best: PhraseMatch<T> | null): PhraseMatch<T> | null {
    const entries = this.byFirst.get(key);
    if (!entries) return best;
    for (const entry of entries) {
      if (best && best.next - p >= entry.words.length) return best;
      if (entry.words.every((word, k) => k === 0 || isWord(w, p + k, word))) {
        return { value: entry.value, start: p, next: p + entry.words.length };
      }
    }
    return best;
  }
}

/** True when the word at `p` is `word`, as written, as wink's normal form or as its lemma. */
function isWord(w: WordView, p: number, word: string): boolean {
  const t = w.tokens[p];
  if (!t) return false;
  return w.words[p] === word || t.normal === word || t.lemma === word;
}

/** Splits a `|`-separated word list (kept on one line so the data reads as data). */
export function list(words: string): string[] {
  return words.split('|');
}
