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

/** Index of the first unit at or after a token (the units are the document's word parts, in token order). */
export function unitOfToken(doc: ParsedDoc, token: number): number {
  return doc.firstPart[token] ?? doc.parts.length;
}

/** The service head starting at token `from`, after up to two fillers ("Dorset Combined Youth Justice Service"). */
export function headAfter(
  doc: ParsedDoc,
  units: readonly Unit[],
  from: number,
  heads: ServiceHeads,
  capitalised: boolean,
): ServiceHead | undefined {
  const start = unitOfToken(doc, from);
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
