import { compilePatterns } from './forms.js';
import type { Form } from '../nlp/words.js';
import { isJoiner, isWord, type TokenKeys } from './keys.js';
import { createNode, insert, NO_STEP, stepWord, type TrieNode, type WordStep } from './trie.js';

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
  // two frontier buffers, swapped at each word, so walking allocates nothing
  private readonly frontA = new Frontier<T>();
  private readonly frontB = new Frontier<T>();
  private readonly scratch: Match<T>[] = [];
  private readonly starts = new Map<Form, Start<T>>();

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
    for (let i = from; i < to; i++) this.matchAt(keys, i, to, out, true);
    return out;
  }

  /** True when any pattern occurs in `[from, to)`. */
  occursIn(keys: TokenKeys, from: number, to: number): boolean {
    const out = this.scratch;
    if (out.length !== 0) out.length = 0;
    // a window of a few tokens: its starts are not kept (a lexicon has one matcher per context rule)
    for (let i = from; i < to && out.length === 0; i++) this.matchAt(keys, i, to, out, false);
    return out.length > 0;
  }

  private matchAt(keys: TokenKeys, i: number, to: number, out: Match<T>[], keep: boolean): void {
    if (!isWord(keys, i)) return;
    const start = this.startOf(keys, i, keep);
    if (start !== NO_START) this.walkFrom(keys, i, to, false, out, start.folded, start.lemma);
    if (start.exact) this.walkFrom(keys, i, to, true, out, stepWord(this.exact, primaryKey(keys, i, true)), NO_STEP);
  }

  /**
   * The first steps of walks starting at token `i`, memoised per form when `keep`: most tokens start nothing, and a
   * text repeats its words, so most tokens cost one look-up.
   */
  private startOf(keys: TokenKeys, i: number, keep: boolean): Start<T> {
    const form = keys.forms[i] as Form;
    let start = this.starts.get(form);
    if (start) return start;
    const folded = stepWord(this.folded, form.key);
    const lemma = form.lemmaKey === '' ? NO_STEP : stepWord(this.folded, form.lemmaKey);
    // a case-sensitive pattern can only start where its first character is
    const exact = this.hasExact && this.exact.next.has((keys.words[i]?.exact ?? '').charAt(0));
    start = folded === NO_STEP && lemma === NO_STEP && !exact ? (NO_START as Start<T>) : { folded, lemma, exact };
    if (!keep) return start;
    if (this.starts.size >= MAX_STARTS) this.starts.clear();
    this.starts.set(form, start);
    return start;
  }

  private walkFrom(keys: TokenKeys, first: number, to: number, exact: boolean, out: Match<T>[], a: WordStep<T>, b: WordStep<T>): void {
    if (a === NO_STEP && b === NO_STEP) return;
    const frontier = this.frontA;
    frontier.clear();
    emit(a, first, first + 1, out, frontier);
    if (b !== a) emit(b, first, first + 1, out, frontier);
    if (frontier.size > 0) this.continueFrom(keys, first, to, exact, out);
  }

  private continueFrom(keys: TokenKeys, first: number, to: number, exact: boolean, out: Match<T>[]): void {
    let frontier = this.frontA;
    const sentence = keys.sentence[first];
    let j = first + 1 < to && isJoiner(keys, first + 1) ? first + 2 : first + 1;
    for (let words = 1; j < to && frontier.size > 0 && words < MAX_WORDS; words++) {
      if (!isWord(keys, j) || keys.sentence[j] !== sentence) return;
      const primary = primaryKey(keys, j, exact);
      const secondary = exact ? '' : (keys.forms[j]?.lemmaKey ?? '');
      const next = frontier === this.frontA ? this.frontB : this.frontA;
      next.clear();
      for (let f = 0; f < frontier.size; f++) {
        const node = frontier.at(f);
        emit(stepWord(node, primary), first, j + 1, out, next);
        if (secondary !== '') emit(stepWord(node, secondary), first, j + 1, out, next);
      }
      frontier = next;
      j = j + 1 < to && isJoiner(keys, j + 1) ? j + 2 : j + 1;
    }
  }
}

/** The first steps from the roots of a walk starting at a word in one form (see `Matcher.startOf`). */
interface Start<T> {
  /** From the case-folded root by the form's key, and by its lemma's. */
  readonly folded: WordStep<T>;
  readonly lemma: WordStep<T>;
  /** A case-sensitive pattern may start at the word. */
  readonly exact: boolean;
}

/** The start of a word no pattern starts with. */
const NO_START: Start<never> = { folded: NO_STEP, lemma: NO_STEP, exact: false };
/** Forms whose starts a matcher keeps before it starts again. */
const MAX_STARTS = 50_000;

/** The token's key: case kept for case-sensitive patterns, else case-folded. */
function primaryKey(keys: TokenKeys, i: number, exact: boolean): string {
  return (exact ? keys.words[i]?.exact : keys.forms[i]?.key) ?? '';
}

/** Emits the payloads a step completes as matches `[first, last)`, and queues the node it continues from. */
function emit<T>(s: WordStep<T>, first: number, last: number, out: Match<T>[], next: Frontier<T>): void {
  // indexed loops: this runs for every step of every walk, and array iterators would be allocated each time
  const ends = s.ends;
  for (let e = 0; e < ends.length; e++) {
    const payloads = ends[e] as readonly T[];
    for (let p = 0; p < payloads.length; p++) out.push({ payload: payloads[p] as T, first, last });
  }
  if (s.node) next.add(s.node);
}

/**
 * The trie nodes a walk continues from, in a buffer reused across walks: emptying an array by setting its length to
 * 0 frees its storage, so refilling it would allocate on every walk.
 */
class Frontier<T> {
  private readonly nodes: TrieNode<T>[] = [];
  size = 0;

  clear(): void {
    this.size = 0;
  }

  at(i: number): TrieNode<T> {
    return this.nodes[i] as TrieNode<T>;
  }

  /** Adds `node` unless it is there already. */
  add(node: TrieNode<T>): void {
    for (let i = 0; i < this.size; i++) if (this.nodes[i] === node) return;
    this.nodes[this.size++] = node;
  }
}
