import type { ParsedDoc } from '../nlp/parsed.js';
import { isCapitalised, phraseKeys, wordKey, type Unit } from './keys.js';
import type { ServiceType, VocabFile } from './lexicon.js';
import { createWordTrie, insertPhrase, longestAt, type WordTrie } from './wordtrie.js';

/** A service head ("Area Partnership", "YJS") found right after a place name. */
export interface ServiceHead {
  readonly type: ServiceType;
  /** First and last token of the head (inclusive), fillers such as "Combined" included. */
  readonly first: number;
  readonly last: number;
}

/** Service heads compiled once. */
export interface ServiceHeads {
  readonly trie: WordTrie<ServiceType>;
  readonly fillers: ReadonlySet<string>;
  readonly nonArea: ReadonlySet<string>;
}

/** Compiles the service heads of the names vocabulary. */
export function compileServiceHeads(vocab: VocabFile): ServiceHeads {
  const trie = createWordTrie<ServiceType>();
  for (const head of vocab.serviceHeads) insertPhrase(trie, phraseKeys(head.phrase), head.type);
  return { trie, fillers: new Set(vocab.headFillers), nonArea: new Set(vocab.nonAreaHeads) };
}

const firstUnits = new WeakMap<readonly Unit[], Int32Array>();

/** Index of the first unit at or after a token (units are in token order); built once per unit list. */
export function unitOfToken(units: readonly Unit[], token: number): number {
  const index = firstUnits.get(units) ?? indexUnits(units);
  return token < index.length ? (index[token] ?? units.length) : units.length;
}

/** Kept apart from the lookup, which V8 otherwise re-optimises after every new document's first call. */
function indexUnits(units: readonly Unit[]): Int32Array {
  const size = (units[units.length - 1]?.token ?? -1) + 2;
  const index = new Int32Array(size).fill(units.length);
  for (let i = units.length - 1; i >= 0; i--) index[units[i]?.token ?? 0] = i;
  for (let t = size - 2; t >= 0; t--) if ((index[t] ?? 0) === units.length) index[t] = index[t + 1] ?? units.length;
  firstUnits.set(units, index);
  return index;
}

/** The service head starting at token `from`, after up to two fillers ("Dorset Combined Youth Justice Service"). */
export function headAfter(
  doc: ParsedDoc,
  units: readonly Unit[],
  from: number,
  heads: ServiceHeads,
  capitalised: boolean,
): ServiceHead | undefined {
  const start = unitOfToken(units, from);
  const firstKey = units[start]?.key ?? '';
  if (!heads.trie.next.has(firstKey) && !heads.fillers.has(firstKey)) return undefined;
  for (let skip = 0; skip <= 2; skip++) {
    const hit = longestAt(heads.trie, units, start + skip, (u) => !capitalised || isCapitalised(doc.tokens[u.token]));
    const lastUnit = hit ? units[hit.to - 1] : undefined;
    if (hit && lastUnit && units[hit.to]?.token !== lastUnit.token) {
      return { type: hit.value, first: from, last: lastUnit.token };
    }
    const filler = units[start + skip];
    if (!filler || !heads.fillers.has(filler.key)) return undefined;
  }
  return undefined;
}

/** True when the word after a place name shows it names something else ("Manchester Metropolitan University"). */
export function nonAreaHeadAt(doc: ParsedDoc, token: number, heads: ServiceHeads): boolean {
  const next = doc.tokens[token];
  return next !== undefined && isCapitalised(next) && heads.nonArea.has(wordKey(next));
}
