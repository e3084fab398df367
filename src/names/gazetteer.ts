import type { ParsedDoc } from '../nlp/parsed.js';
import { CAPITAL, isCapitalised, isGluedHyphen, phraseKeys, type Unit, wordKey } from './keys.js';
import type { AreasFile, VocabFile } from './lexicon.js';
import { createWordTrie, insertPhrase, longestAt, type WordTrie } from './wordtrie.js';

/** What a gazetteer phrase stands for. */
type Place =
  | { readonly kind: 'area'; readonly members: readonly string[]; readonly ambiguous: boolean }
  | { readonly kind: 'blocker' };

/** An area named in the text. */
export interface AreaMention {
  /** Canonical member areas ("Westminster", ...); one for a single authority. */
  readonly members: readonly string[];
  /** The name as written. */
  readonly surface: string;
  /** Each member as written where the text names it ("Tower Hamlets", "City of London"), else its canonical name. */
  readonly parts: readonly string[];
  readonly start: number;
  readonly end: number;
  /** First and last token (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
}

/** The gazetteer compiled into a word trie, with the small word sets its guards use. */
export interface Gazetteer {
  readonly trie: WordTrie<Place>;
  readonly connectors: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly context: ReadonlySet<string>;
  readonly serviceWords: ReadonlySet<string>;
  /** ONS GSS code of each canonical area name. */
  readonly codes: ReadonlyMap<string, string>;
}

/** Compiles the areas file (names, aliases, joint services and blockers) into one trie, with the guards' words. */
export function compileGazetteer(file: AreasFile, vocab: VocabFile): Gazetteer {
  const trie = createWordTrie<Place>();
  for (const area of file.areas) {
    const ambiguous = new Set(area.ambiguous ?? []);
    for (const name of [area.name, ...(area.aliases ?? [])]) {
      const place: Place = { kind: 'area', members: [area.name], ambiguous: ambiguous.has(name) };
      insertPhrase(trie, phraseKeys(name), place);
      if (name.includes(',')) insertPhrase(trie, phraseKeys(name, true), place); // "Bournemouth, Christchurch and Poole"
    }
  }
  for (const joint of file.joint) {
    insertPhrase(trie, phraseKeys(joint.name), { kind: 'area', members: joint.members, ambiguous: false });
  }
  for (const blocker of file.blockers) insertPhrase(trie, phraseKeys(blocker), { kind: 'blocker' });
  const serviceWords = new Set(vocab.serviceHeads.flatMap((h) => phraseKeys(h.phrase)));
  for (const word of vocab.serviceContext) serviceWords.add(word);
  return {
    trie,
    connectors: new Set(vocab.areaConnectors),
    titles: new Set(vocab.titles),
    context: new Set(vocab.areaContext),
    serviceWords,
    codes: new Map(file.areas.map((area) => [area.name, area.code])),
  };
}

/** Finds every area named in the text, longest name first, skipping blocked phrases and unlikely readings. */
export function findAreas(doc: ParsedDoc, units: readonly Unit[], gaz: Gazetteer): AreaMention[] {
  const found: AreaMention[] = [];
  const tokens = doc.tokens;
  const marks = doc.marks;
  // Later words may be connectors, capitalised, or glued to the word before ("Pen-y-bont" split by the tokenizer).
  const accept = (unit: Unit, offset: number): boolean =>
    offset === 0
      ? marks[unit.token] === CAPITAL
      : gaz.connectors.has(unit.key) ||
        marks[unit.token] === CAPITAL ||
        tokens[unit.token - 1]?.end === tokens[unit.token]?.start;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit || marks[unit.token] !== CAPITAL || (i > 0 && units[i - 1]?.token === unit.token)) continue;
    if (!gaz.trie.next.has(unit.key) || isGluedHyphen(doc, unit.token - 1)) continue; // "Powys" in "Dyfed-Powys"
    const hit = longestAt(gaz.trie, units, i, accept);
    if (!hit) continue;
    const lastUnit = units[hit.to - 1];
    if (!lastUnit || units[hit.to]?.token === lastUnit.token) continue; // ends inside a hyphenated word
    i = hit.to - 1;
    if (hit.value.kind === 'blocker') continue;
    const first = unit.token;
    const last = lastUnit.token;
    if (!plausible(doc, gaz, first, last, hit.value.ambiguous)) continue;
    const head = tokens[first];
    const tail = tokens[last];
    if (!head || !tail) continue;
    const surface = doc.text.slice(head.start, tail.end);
    found.push({
      members: hit.value.members,
      surface,
      parts: hit.value.members.length === 1 ? [surface] : hit.value.members,
      start: head.start,
      end: tail.end,
      first,
      last,
      sentence: head.sentence,
    });
  }
  return found;
}

/** Rejects a person's name ("Councillor Lily Sutton") and, for ambiguous names, any use without place context. */
function plausible(doc: ParsedDoc, gaz: Gazetteer, first: number, last: number, ambiguous: boolean): boolean {
  const before = doc.tokens[first - 1];
  const after = doc.tokens[last + 1];
  const prevKey = wordKey(before);
  if (gaz.titles.has(prevKey)) return false;
  if (!ambiguous) return true;
  const sameSentence = before !== undefined && before.sentence === doc.tokens[first]?.sentence;
  if (sameSentence && isCapitalised(before) && before.pos === 'PROPN') return false;
  if (after && gaz.serviceWords.has(wordKey(after))) return true;
  return sameSentence && gaz.context.has(prevKey);
}
