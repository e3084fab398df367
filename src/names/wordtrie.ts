import type { Unit } from './keys.js';

/** A trie over word keys; a node carries the payload of the phrase ending there. */
export interface WordTrie<T> {
  readonly next: Map<string, WordTrie<T>>;
  value: T | undefined;
}

/** An empty trie. */
export function createWordTrie<T>(): WordTrie<T> {
  return { next: new Map(), value: undefined };
}

/** Adds a phrase (as keys); an existing payload for the same phrase is kept. */
export function insertPhrase<T>(root: WordTrie<T>, keys: readonly string[], value: T): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = createWordTrie<T>();
      node.next.set(key, child);
    }
    node = child;
  }
  node.value ??= value;
}

/** A phrase found in the units: its payload and the unit range [from, to). */
export interface TrieHit<T> {
  readonly value: T;
  readonly from: number;
  readonly to: number;
}

/**
 * The longest phrase starting at unit `from`. `accept` vets each unit before it is consumed
 * (e.g. capitalisation), so a phrase never runs through an unacceptable word.
 */
export function longestAt<T>(
  root: WordTrie<T>,
  units: readonly Unit[],
  from: number,
  accept: (unit: Unit, offset: number) => boolean = () => true,
): TrieHit<T> | undefined {
  let node: WordTrie<T> | undefined = root;
  let best: TrieHit<T> | undefined;
  for (let i = from; i < units.length && node; i++) {
    const unit = units[i];
    if (!unit || !accept(unit, i - from)) break;
    node = node.next.get(unit.key);
    if (node?.value !== undefined) best = { value: node.value, from, to: i + 1 };
  }
  return best;
}
