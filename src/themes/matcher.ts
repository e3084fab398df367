import type { Token } from '../nlp/parsed.js';
import { compilePatterns, keyOf } from './forms.js';
import { createNode, insert, walk, type TrieNode } from './trie.js';

/** A match of a compiled pattern over tokens `[first, last)`. */
export interface Match<T> {
  readonly payload: T;
  readonly first: number;
  readonly last: number;
}

/** Pattern entries to compile, each with its payload. */
export interface PatternEntry<T> {
  readonly pattern: string;
  readonly payload: T;
  readonly caseSensitive: boolean;
}

// skipped between the words of a pattern: hyphens and dashes, and list commas ("education, training and employment")
const JOINERS = new Set(['-', '‐', '‑', '–', '—', ',']);
const MAX_WORDS = 24;

/**
 * Finds patterns in a token stream. Words are compared by their letters and digits only, so spacing
 * and hyphenation variants meet ("co-located", "co located", "colocated"); each token is tried in its
 * normal and lemma form. Built once, used for any number of texts.
 */
export class Matcher<T> {
  private readonly folded = createNode<T>();
  private readonly exact = createNode<T>();
  private hasExact = false;

  constructor(entries: readonly PatternEntry<T>[]) {
    for (const caseSensitive of [false, true]) {
      const group = entries.filter((e) => e.caseSensitive === caseSensitive);
      if (group.length === 0) continue;
      const compiled = compilePatterns(
        group.map((e) => e.pattern),
        caseSensitive,
      );
      const root = caseSensitive ? this.exact : this.folded;
      this.hasExact ||= caseSensitive;
      compiled.forEach((c, i) => {
        const payload = group[i]?.payload;
        if (payload === undefined) return;
        for (const key of c.keys) if (key !== '') insert(root, key, payload, c.isPrefix);
      });
    }
  }

  /** All matches starting in `[from, to)`, not crossing a sentence or `to`. */
  findAll(tokens: readonly Token[], from: number, to: number): Match<T>[] {
    const out: Match<T>[] = [];
    for (let i = from; i < to; i++) this.matchAt(tokens, i, to, out);
    return out;
  }

  /** True when any pattern occurs in `[from, to)`. */
  occursIn(tokens: readonly Token[], from: number, to: number): boolean {
    const out: Match<T>[] = [];
    for (let i = from; i < to && out.length === 0; i++) this.matchAt(tokens, i, to, out);
    return out.length > 0;
  }

  private matchAt(tokens: readonly Token[], i: number, to: number, out: Match<T>[]): void {
    const head = tokens[i];
    if (!head || !isWord(head)) return;
    this.walkFrom(tokens, i, to, this.folded, foldedKeys, out);
    if (this.hasExact) this.walkFrom(tokens, i, to, this.exact, exactKeys, out);
  }

  private walkFrom(
    tokens: readonly Token[],
    first: number,
    to: number,
    root: TrieNode<T>,
    keysFor: (t: Token) => readonly string[],
    out: Match<T>[],
  ): void {
    let frontier: TrieNode<T>[] = [root];
    let j = first;
    const sentence = tokens[first]?.sentence;
    for (let words = 0; j < to && frontier.length > 0 && words < MAX_WORDS; words++) {
      const token = tokens[j];
      if (!token || token.sentence !== sentence || !isWord(token)) return;
      const next: TrieNode<T>[] = [];
      const passed: T[][] = [];
      for (const node of frontier) {
        for (const key of keysFor(token)) {
          const reached = walk(node, key, passed);
          if (!reached) continue;
          if (reached.exact) passed.push(reached.exact);
          if (reached.next.size > 0 && !next.includes(reached)) next.push(reached);
        }
      }
      for (const payloads of passed) for (const payload of payloads) out.push({ payload, first, last: j + 1 });
      frontier = next;
      j = skipJoiner(tokens, j + 1, to);
    }
  }
}

function isWord(token: Token): boolean {
  return token.type === 'word' || token.type === 'number' || token.type === 'ordinal' || token.type === 'hashtag';
}

function skipJoiner(tokens: readonly Token[], j: number, to: number): number {
  const t = tokens[j];
  return t && j + 1 < to && JOINERS.has(t.value) ? j + 1 : j;
}

function foldedKeys(token: Token): readonly string[] {
  const normal = keyOf(token.normal);
  const lemma = keyOf(token.lemma);
  return lemma === normal || lemma === '' ? [normal] : [normal, lemma];
}

function exactKeys(token: Token): readonly string[] {
  return [keyOf(token.value)];
}
