/** A character trie over concatenated word keys. Terminals carry payloads. */
export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  /** Payloads of patterns that end exactly here, at a word end. */
  exact: T[] | undefined;
  /** Payloads of patterns whose last word is a prefix (`care*`) ending here. */
  prefix: T[] | undefined;
}

export function createNode<T>(): TrieNode<T> {
  return { next: new Map(), exact: undefined, prefix: undefined };
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
export function walk<T>(node: TrieNode<T>, key: string, passed: T[][]): TrieNode<T> | undefined {
  let cur: TrieNode<T> | undefined = node;
  for (let i = 0; i < key.length && cur; i++) {
    if (cur.prefix && i > 0) passed.push(cur.prefix);
    cur = cur.next.get(key.charAt(i));
  }
  if (cur?.prefix) passed.push(cur.prefix);
  return cur;
}
