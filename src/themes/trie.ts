/** A character trie over concatenated word keys. Terminals carry payloads. */
export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  /** Payloads of patterns that end exactly here, at a word end. */
  exact: T[] | undefined;
  /** Payloads of patterns whose last word is a prefix (`care*`) ending here. */
  prefix: T[] | undefined;
  /** Memoised word steps from this node, filled as texts are matched. */
  steps: Map<string, WordStep<T>> | undefined;
}

/** Where one word key leads from a node: payloads of patterns it completes, and the node to continue from. */
export interface WordStep<T> {
  readonly ends: readonly (readonly T[])[];
  readonly node: TrieNode<T> | undefined;
}

/** The step of a word that leads nowhere. */
export const NO_STEP: WordStep<never> = { ends: [], node: undefined };

const MAX_STEPS = 50_000;

export function createNode<T>(): TrieNode<T> {
  return { next: new Map(), exact: undefined, prefix: undefined, steps: undefined };
}

/**
 * The step of word `key` from `node`, memoised on the node (a text repeats its words, so most steps
 * are one map look-up). The memo is bounded: it is emptied when it grows past 50,000 words.
 */
export function stepWord<T>(node: TrieNode<T>, key: string): WordStep<T> {
  let memo = node.steps;
  const hit = memo?.get(key);
  if (hit) return hit;
  const ends: T[][] = [];
  const reached = key === '' ? undefined : walk(node, key, ends);
  if (reached?.exact) ends.push(reached.exact);
  const next = reached && reached.next.size > 0 ? reached : undefined;
  const result: WordStep<T> = ends.length === 0 && !next ? (NO_STEP as WordStep<T>) : { ends, node: next };
  if (!memo || memo.size >= MAX_STEPS) node.steps = memo = new Map();
  memo.set(key, result);
  return result;
}

/** Inserts `key` with `payload`; `isPrefix` marks a trailing-`*` pattern. */
export function insert<T>(root: TrieNode<T>, key: string, payload: T, isPrefix: boolean): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charAt(i);
    let child = node.next.get(ch);
    if (!child) {
      child = createNode<T>();
      node.next.set(ch, child);
    }
    node = child;
  }
  if (isPrefix) (node.prefix ??= []).push(payload);
  else (node.exact ??= []).push(payload);
}

/**
 * Walks `key` from `node` and returns the node reached, or undefined when the trie has no such path.
 * Prefix terminals passed on the way (a `care*` pattern ending inside this word) go into `passed`.
 */
function walk<T>(node: TrieNode<T>, key: string, passed: T[][]): TrieNode<T> | undefined {
  let cur: TrieNode<T> | undefined = node;
  for (let i = 0; i < key.length && cur; i++) {
    if (cur.prefix && i > 0) passed.push(cur.prefix);
    cur = cur.next.get(key.charAt(i));
  }
  if (cur?.prefix) passed.push(cur.prefix);
  return cur;
}
