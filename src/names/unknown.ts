import type { ParsedDoc, Token } from '../nlp/parsed.js';
import type { AreaMention } from './gazetteer.js';
import { CAPITAL, isAcronymLike, isCapitalised, isGluedHyphen, type Unit, wordKey } from './keys.js';
import { headAfter, unitOfToken, type ServiceHead, type ServiceHeads } from './services.js';

const POSSESSIVE = new Set(["'s", '’s']);

/** An area mention with what follows it and how much it says about the subject. */
export interface Scored {
  readonly key: string;
  readonly mention: AreaMention;
  readonly head: ServiceHead | undefined;
  weight: number;
}

/** The words that read areas the gazetteer does not know. */
export interface UnknownVocab {
  readonly notNames: ReadonlySet<string>;
  readonly heads: ServiceHeads;
  /** Words between a service head and the place it serves: "the team in X", "the service covering X", "services: X". */
  readonly placePrepositions: ReadonlySet<string>;
  /** Words that join two places into one joint area: "Tower Hamlets/City of London", "Bedwick & South Fenland". */
  readonly areaJoiners: ReadonlySet<string>;
}

/** "Harwick Youth Justice Service": capitalised words before a service head that the gazetteer does not know. */
export function unknownAreas(
  doc: ParsedDoc,
  units: readonly Unit[],
  known: ReadonlySet<number>,
  vocab: UnknownVocab,
): Scored[] {
  const { notNames, heads } = vocab;
  const out: Scored[] = [];
  const marks = doc.marks;
  for (let t = 1; t < doc.tokens.length; t++) {
    const key = units[unitOfToken(doc, t)]?.key ?? '';
    if (!heads.trie.next.has(key) && !heads.fillers.has(key)) continue; // no service head can start here
    const possessive = POSSESSIVE.has(doc.tokens[t - 1]?.value ?? ''); // "Northbridge's youth justice service"
    const place = possessive ? t - 2 : t - 1;
    const head = headAfter(doc, units, t, heads, false);
    if (!head) continue;
    // a place before a capitalised head ("Harwick Youth Justice Service"), or any head after a proper noun or "'s"
    const before =
      marks[place] === CAPITAL &&
      placeBefore(doc, place, t, known, notNames, heads) &&
      (possessive || doc.tokens[place]?.pos === 'PROPN' || headAfter(doc, units, t, heads, true) !== undefined);
    const mention = before ? pseudoMention(doc, place, known, vocab) : placeAfterHead(doc, head.last, known, vocab); // "the youth offending team in Fenwick-on-Sea"
    // a council, plan or board of the place ("Haverleigh Youth Justice Plan") says less than a service does
    const council = head.type === 'council';
    const weight = (council ? 1 : 2) + (mention?.sentence === 0 ? 1 : 0);
    if (mention && (!council || before)) out.push({ key: mention.surface.toLowerCase(), mention, head, weight });
    t = head.last;
  }
  return out;
}

/** True when the token at `place` can end a place name standing before the head at `t`. */
function placeBefore(
  doc: ParsedDoc,
  place: number,
  t: number,
  known: ReadonlySet<number>,
  notNames: ReadonlySet<string>,
  heads: ServiceHeads,
): boolean {
  const prev = doc.tokens[place];
  if (!prev || known.has(place) || !isPlaceWord(prev) || isAcronymLike(prev.value)) return false;
  const key = wordKey(prev);
  return !heads.fillers.has(key) && !notNames.has(key) && prev.sentence === doc.tokens[t]?.sentence;
}

/** A place named right after a service head: "team in Fenwick-on-Sea", "service for Bedwick & South Fenland". */
function placeAfterHead(
  doc: ParsedDoc,
  last: number,
  known: ReadonlySet<number>,
  vocab: UnknownVocab,
): AreaMention | null {
  const { notNames } = vocab;
  if (!vocab.placePrepositions.has(wordKey(doc.tokens[last + 1]))) return null;
  const first = last + 2;
  const start = doc.tokens[first];
  if (!isPlaceWord(start) || known.has(first) || notNames.has(wordKey(start)) || isAcronymLike(start?.value ?? ''))
    return null;
  if (start?.sentence !== doc.tokens[last]?.sentence) return null;
  let end = first;
  for (;;) {
    const glued = gluedPiece(doc, end + 1);
    if (glued > 0) end = glued;
    else if (isPlaceWord(doc.tokens[end + 1]) && !known.has(end + 1) && !notNames.has(wordKey(doc.tokens[end + 1])))
      end++;
    else if (
      vocab.areaJoiners.has(wordKey(doc.tokens[end + 1])) &&
      isPlaceWord(doc.tokens[end + 2]) &&
      !known.has(end + 2)
    )
      end += 2;
    else break;
  }
  return mentionOf(doc, first, end);
}

/** The last token of "-on-Sea" when a glued hyphen starts at `k` ("Fenwick-on-Sea"), else -1. */
function gluedPiece(doc: ParsedDoc, k: number): number {
  let end = -1;
  for (let h = k; isGluedHyphen(doc, h) && doc.tokens[h + 1]?.type === 'word'; h += 2) end = h + 1;
  return end;
}

function mentionOf(doc: ParsedDoc, first: number, last: number): AreaMention {
  const head = doc.tokens[first];
  const tail = doc.tokens[last];
  const start = head?.start ?? 0;
  const end = tail?.end ?? 0;
  const surface = doc.text.slice(start, end);
  return { members: [surface], surface, parts: [surface], start, end, first, last, sentence: head?.sentence ?? 0 };
}

function pseudoMention(doc: ParsedDoc, last: number, known: ReadonlySet<number>, vocab: UnknownVocab): AreaMention {
  const { notNames } = vocab;
  let first = last;
  while (first > 0 && last - first < 8) {
    const before = doc.tokens[first - 1];
    if (!before || before.sentence !== doc.tokens[last]?.sentence) break;
    if (isGluedHyphen(doc, first - 1) && doc.tokens[first - 2]?.type === 'word') {
      first -= 2; // "Fenwick-on-Sea": the pieces of one hyphenated name
      continue;
    }
    const joiner = vocab.areaJoiners.has(wordKey(before)) && isPlaceWord(doc.tokens[first - 2]);
    if (!joiner && !isPlaceWord(before)) break;
    if (known.has(first - 1) || (!joiner && notNames.has(wordKey(before))) || isAcronymLike(before.value)) break;
    first--;
  }
  return mentionOf(doc, first, last);
}

/** A capitalised word of letters, as place names are ("Harwick"), not a number or a symbol. */
function isPlaceWord(token: Token | undefined): boolean {
  return token?.type === 'word' && isCapitalised(token) && /^\p{Lu}/u.test(token.value);
}
