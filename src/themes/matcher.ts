import { compilePatterns } from './forms.js';
import type { TokenKeys } from './keys.js';
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

const MAX_WORDS = 24;
const MAX_CACHED = 50_000;

/** Where a pattern's first word leads: payloads of patterns it completes, and the node to continue from. */
interface RootStep<T> {
  readonly ends: readonly (readonly T[])[];
  readonly node: TrieNode<T> | undefined;
}

const NO_STEP: RootStep<never> = { ends: [], node: undefined };

/**
 * Finds patterns in a token stream. Words are compared by their letters and digits only, so spacing
 * and hyphenation variants meet ("co-located", "co located", "colocated"); each text token is tried
 * in its normal and lemma form, so a pattern in its base form also matches inflections ("plan" →
 * "plans"). Built once, used for any number of texts; never compiled into regular expressions.
 */
export class Matcher<T> {
  private readonly folded = createNode<T>();
  private readonly exact = createNode<T>();
  private hasExact = false;
  private readonly passed: T[][] = [];
  // two frontier buffers, swapped at each word, so walking allocates nothing
  private readonly frontA: TrieNode<T>[] = [];
  private readonly frontB: TrieNode<T>[] = [];
  private readonly foldedSteps = new Map<string, RootStep<T>>();
  private readonly exactSteps = new Map<string, RootStep<T>>();

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
        if (payload === undefined || c.key === '') return;
        insert(root, c.key, payload, c.isPrefix);
      });
    }
  }

  /** All matches starting in `[from, to)`, not crossing a sentence or `to`. */
  findAll(keys: TokenKeys, from: number, to: number): Match<T>[] {
    const out: Match<T>[] = [];
    for (let i = from; i < to; i++) this.matchAt(keys, i, to, out);
    return out;
  }

  /** True when any pattern occurs in `[from, to)`. */
  occursIn(keys: TokenKeys, from: number, to: number): boolean {
    const out: Match<T>[] = [];
    for (let i = from; i < to && out.length === 0; i++) this.matchAt(keys, i, to, out);
    return out.length > 0;
  }

  private matchAt(keys: TokenKeys, i: number, to: number, out: Match<T>[]): void {
    if (keys.word[i] !== 1) return;
    this.walkFrom(keys, i, to, this.folded, false, out);
    if (this.hasExact) this.walkFrom(keys, i, to, this.exact, true, out);
  }

  private walkFrom(
    keys: TokenKeys,
    first: number,
    to: number,
    root: TrieNode<T>,
    exact: boolean,
    out: Match<T>[],
  ): void {
    const cache = exact ? this.exactSteps : this.foldedSteps;
    const a = this.rootStep(root, cache, exact ? (keys.exact[first] ?? '') : (keys.folded[first] ?? ''));
    const lemma = exact ? '' : (keys.lemma[first] ?? '');
    const b = lemma === '' ? NO_STEP : this.rootStep(root, cache, lemma);
    if (a === NO_STEP && b === NO_STEP) return;
    const frontier = this.frontA;
    frontier.length = 0;
    this.emitRoot(a, first, out, frontier);
    if (b !== a) this.emitRoot(b, first, out, frontier);
    if (frontier.length > 0) this.continueFrom(keys, first, to, frontier, exact, out);
  }

  private emitRoot(s: RootStep<T>, first: number, out: Match<T>[], frontier: TrieNode<T>[]): void {
    for (const payloads of s.ends) for (const payload of payloads) out.push({ payload, first, last: first + 1 });
    if (s.node && !frontier.includes(s.node)) frontier.push(s.node);
  }

  private continueFrom(
    keys: TokenKeys,
    first: number,
    to: number,
    start: TrieNode<T>[],
    exact: boolean,
    out: Match<T>[],
  ): void {
    let frontier = start;
    const passed = this.passed;
    const sentence = keys.sentence[first];
    let j = first + 1 < to && keys.joiner[first + 1] === 1 ? first + 2 : first + 1;
    for (let words = 1; j < to && frontier.length > 0 && words < MAX_WORDS; words++) {
      if (keys.word[j] !== 1 || keys.sentence[j] !== sentence) return;
      const primary = exact ? (keys.exact[j] ?? '') : (keys.folded[j] ?? '');
      const secondary = exact ? '' : (keys.lemma[j] ?? '');
      const next = frontier === this.frontA ? this.frontB : this.frontA;
      next.length = 0;
      passed.length = 0;
      for (const node of frontier) {
        step(node, primary, passed, next);
        if (secondary !== '') step(node, secondary, passed, next);
      }
      for (const payloads of passed) for (const payload of payloads) out.push({ payload, first, last: j + 1 });
      frontier = next;
      j = j + 1 < to && keys.joiner[j + 1] === 1 ? j + 2 : j + 1;
    }
  }

  /** The first word's walk from the root, memoised per key: most tokens start no pattern. */
  private rootStep(root: TrieNode<T>, cache: Map<string, RootStep<T>>, key: string): RootStep<T> {
    const hit = cache.get(key);
    if (hit) return hit;
    const ends: T[][] = [];
    const reached = key === '' ? undefined : walk(root, key, ends);
    if (reached?.exact) ends.push(reached.exact);
    const node = reached && reached.next.size > 0 ? reached : undefined;
    const result: RootStep<T> = ends.length === 0 && !node ? (NO_STEP as RootStep<T>) : { ends, node };
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, result);
    return result;
  }
}

/** Walks one word key from `node`, collecting terminals into `passed` and continuations into `next`. */
function step<T>(node: TrieNode<T>, key: string, passed: T[][], next: TrieNode<T>[]): void {
  const reached = walk(node, key, passed);
  if (!reached) return;
  if (reached.exact) passed.push(reached.exact);
  if (reached.next.size > 0 && !next.includes(reached)) next.push(reached);
}
