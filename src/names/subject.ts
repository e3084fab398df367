import type { ParsedDoc, Token } from '../nlp/parsed.js';
import type { AreaMention } from './gazetteer.js';
import { CAPITAL, isAcronymLike, isCapitalised, marksOf, wordKey, type Unit } from './keys.js';
import type { ServiceType } from './lexicon.js';
import type { Subject, SubjectMember } from './schema.js';
import { coversSeveral } from './several.js';
import { headAfter, nonAreaHeadAt, serviceHeads, unitOfToken, type ServiceHead } from './services.js';

/** An area mention with what follows it and how much it says about the subject. */
interface Scored {
  readonly key: string;
  readonly mention: AreaMention;
  readonly head: ServiceHead | undefined;
  weight: number;
}

/** What the text says about which area it is about, before the document kind is known. */
export interface SubjectEvidence {
  /** The best-supported area, or null when none stands out. */
  readonly subject: Subject | null;
  /** Areas with any weight. */
  readonly distinctAreas: number;
  /** True when the text lists three or more areas in one sentence. */
  readonly listsAreas: boolean;
}

const JOINERS = new Set(['and', '&', '/']);
const POSSESSIVE = new Set(["'s", '’s']);
const PLACE_PREPOSITIONS = new Set(['in', 'for', 'of', 'across']);
const HYPHEN = /^[-\u2010\u2011]$/;
/** A place written in capitals ("NORTHBRIDGE'S youth justice team"), the least likely spelling to keep. */
const SHOUTED = /^\P{Ll}+$/u;
const MEMBER_JOINERS = /[&/]|\sand\s/;
const MAX_JOINED = 4;
/** How far ahead the top area must be to stay the subject of a text that covers several partnerships. */
const DOMINANT = 3;

/** Words that make a place a comparison baseline ("the Avon and Somerset Police area average"). */
export interface BaselineWords {
  readonly nouns: ReadonlySet<string>;
  readonly heads: ReadonlySet<string>;
}

/** The word lists and codes the subject is weighed and described with. */
export interface SubjectVocab {
  readonly notNames: ReadonlySet<string>;
  readonly baseline: BaselineWords;
  readonly codes: ReadonlyMap<string, string>;
}

/** Weighs area mentions (service heads, the title, lists) and picks the area the text is about. */
export function weighSubject(
  doc: ParsedDoc,
  units: readonly Unit[],
  areas: readonly AreaMention[],
  vocab: SubjectVocab,
): SubjectEvidence {
  const { notNames, baseline } = vocab;
  const heads = serviceHeads();
  const joined = joinAreas(doc, units, areas);
  const scored: Scored[] = joined.map((mention) => {
    const head = headAfter(doc, units, mention.last + 1, heads, false);
    const weight = isBaseline(doc, mention.last, baseline) ? 0 : baseWeight(doc, mention, head);
    return { key: keyOf(mention), mention, head, weight };
  });
  scored.push(...unknownAreas(doc, units, covered(scored), notNames));
  const listsAreas = dropLists(scored);
  foldMembers(scored);
  const totals = new Map<string, number>();
  for (const s of scored) totals.set(s.key, (totals.get(s.key) ?? 0) + s.weight);
  const ranked = [...totals].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const several = top !== undefined && top[1] < (second?.[1] ?? 1) * DOMINANT && coversSeveral(doc, areas);
  const unclear =
    several ||
    !top ||
    (second !== undefined && (top[1] === second[1] || (ranked.length >= 3 && top[1] < second[1] * 1.5)));
  return {
    subject: unclear
      ? null
      : describe(
          doc,
          scored.filter((s) => s.key === top[0] && s.weight > 0),
          vocab.codes,
        ),
    distinctAreas: ranked.length,
    listsAreas: listsAreas || several,
  };
}

/** Tokens already read as an area or its service head. */
function covered(scored: readonly Scored[]): Set<number> {
  const out = new Set<number>();
  for (const s of scored) {
    for (let t = s.mention.first; t <= (s.head?.last ?? s.mention.last); t++) out.add(t);
  }
  return out;
}

function keyOf(mention: AreaMention): string {
  return [...mention.members].sort().join('+');
}

/** "below the Avon and Somerset average", "the Kent Police area rate": a place named as what a figure is compared with. */
function isBaseline(doc: ParsedDoc, last: number, baseline: BaselineWords): boolean {
  let t = last + 1;
  while (t - last <= 3 && baseline.heads.has(wordKey(doc.tokens[t]))) t++;
  return baseline.nouns.has(wordKey(doc.tokens[t]));
}

function baseWeight(doc: ParsedDoc, mention: AreaMention, head: ServiceHead | undefined): number {
  if (!head && nonAreaHeadAt(doc, mention.last + 1, serviceHeads())) return 0;
  let weight = 1;
  if (head) weight += head.type === 'council' ? 1 : 2;
  if (mention.sentence === 0) weight += 1;
  return weight;
}

/** Joins "Tower Hamlets/City of London" and "Wiltshire and Swindon YOT" into one joint mention. */
function joinAreas(doc: ParsedDoc, units: readonly Unit[], areas: readonly AreaMention[]): AreaMention[] {
  const out: AreaMention[] = [];
  const heads = serviceHeads();
  for (let i = 0; i < areas.length; i++) {
    let current = areas[i];
    if (!current) continue;
    let j = i + 1;
    for (; j < areas.length && j - i < MAX_JOINED; j++) {
      const next = areas[j];
      const between = next ? doc.tokens.slice(current.last + 1, next.first) : [];
      const joiner = between.length === 1 ? between[0]?.value : undefined;
      if (!next || joiner === undefined || !JOINERS.has(joiner.toLowerCase())) break;
      const slash = joiner === '/';
      if (!slash && !headAfter(doc, units, next.last + 1, heads, false)) break;
      current = merge(doc, current, next);
    }
    out.push(current);
    i = j - 1;
  }
  return out;
}

function merge(doc: ParsedDoc, a: AreaMention, b: AreaMention): AreaMention {
  return {
    members: [...new Set([...a.members, ...b.members])],
    surface: doc.text.slice(a.start, b.end),
    parts: [...a.parts, ...b.parts],
    start: a.start,
    end: b.end,
    first: a.first,
    last: b.last,
    sentence: a.sentence,
  };
}

/** Zeroes mentions in sentences that list three or more areas; true when there was such a list. */
function dropLists(scored: Scored[]): boolean {
  const perSentence = new Map<number, Set<string>>();
  for (const s of scored) {
    const set = perSentence.get(s.mention.sentence) ?? new Set<string>();
    set.add(s.key);
    perSentence.set(s.mention.sentence, set);
  }
  let lists = false;
  for (const s of scored) {
    if ((perSentence.get(s.mention.sentence)?.size ?? 0) >= 3) {
      s.weight = 0;
      lists = true;
    }
  }
  return lists;
}

/** Credits a lone member ("Tower Hamlets") to the joint area the text also names ("Tower Hamlets/City of London"). */
function foldMembers(scored: Scored[]): void {
  const joint = scored.filter(
    (s) => s.mention.members.length > 1 && s.mention.surface.length > 0 && s.key.includes('+'),
  );
  for (const s of scored) {
    if (s.mention.members.length !== 1) continue;
    const owner = joint.find((j) => j.mention.members.includes(s.mention.members[0] ?? '') && isTextJoin(j.mention));
    if (owner) (s as { key: string }).key = owner.key;
  }
}

/** A joint mention made by joining names in the text, not a gazetteer name such as "Western Bay". */
function isTextJoin(mention: AreaMention): boolean {
  return /[/&]| and /.test(mention.surface);
}

/** "Harwick Youth Justice Service": capitalised words before a service head that the gazetteer does not know. */
function unknownAreas(
  doc: ParsedDoc,
  units: readonly Unit[],
  known: ReadonlySet<number>,
  notNames: ReadonlySet<string>,
): Scored[] {
  const heads = serviceHeads();
  const out: Scored[] = [];
  const marks = marksOf(doc);
  for (let t = 1; t < doc.tokens.length; t++) {
    const key = units[unitOfToken(units, t)]?.key ?? '';
    if (!heads.trie.next.has(key) && !heads.fillers.has(key)) continue; // no service head can start here
    const possessive = POSSESSIVE.has(doc.tokens[t - 1]?.value ?? ''); // "Northbridge's youth justice service"
    const place = possessive ? t - 2 : t - 1;
    const head = headAfter(doc, units, t, heads, false);
    if (!head) continue;
    // a place before a capitalised head ("Harwick Youth Justice Service"), or any head after a proper noun or "'s"
    const before =
      marks[place] === CAPITAL &&
      placeBefore(doc, place, t, known, notNames) &&
      (possessive || doc.tokens[place]?.pos === 'PROPN' || headAfter(doc, units, t, heads, true) !== undefined);
    const mention = before
      ? pseudoMention(doc, place, known, notNames)
      : placeAfterHead(doc, head.last, known, notNames); // "the youth offending team in Fenwick-on-Sea"
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
): boolean {
  const prev = doc.tokens[place];
  if (!prev || known.has(place) || !isPlaceWord(prev) || isAcronymLike(prev.value)) return false;
  const key = wordKey(prev);
  return !serviceHeads().fillers.has(key) && !notNames.has(key) && prev.sentence === doc.tokens[t]?.sentence;
}

/** A place named right after a service head: "team in Fenwick-on-Sea", "service for Bedwick & South Fenland". */
function placeAfterHead(
  doc: ParsedDoc,
  last: number,
  known: ReadonlySet<number>,
  notNames: ReadonlySet<string>,
): AreaMention | null {
  if (!PLACE_PREPOSITIONS.has(wordKey(doc.tokens[last + 1]))) return null;
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
    else if (JOINERS.has(wordKey(doc.tokens[end + 1])) && isPlaceWord(doc.tokens[end + 2]) && !known.has(end + 2))
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

function isGluedHyphen(doc: ParsedDoc, k: number): boolean {
  const t = doc.tokens[k];
  return (
    t !== undefined && HYPHEN.test(t.value) && doc.tokens[k - 1]?.end === t.start && doc.tokens[k + 1]?.start === t.end
  );
}

function mentionOf(doc: ParsedDoc, first: number, last: number): AreaMention {
  const head = doc.tokens[first];
  const tail = doc.tokens[last];
  const start = head?.start ?? 0;
  const end = tail?.end ?? 0;
  const surface = doc.text.slice(start, end);
  return { members: [surface], surface, parts: [surface], start, end, first, last, sentence: head?.sentence ?? 0 };
}

function pseudoMention(
  doc: ParsedDoc,
  last: number,
  known: ReadonlySet<number>,
  notNames: ReadonlySet<string>,
): AreaMention {
  let first = last;
  while (first > 0 && last - first < 8) {
    const before = doc.tokens[first - 1];
    if (!before || before.sentence !== doc.tokens[last]?.sentence) break;
    if (isGluedHyphen(doc, first - 1) && doc.tokens[first - 2]?.type === 'word') {
      first -= 2; // "Fenwick-on-Sea": the pieces of one hyphenated name
      continue;
    }
    const joiner = JOINERS.has(wordKey(before)) && isPlaceWord(doc.tokens[first - 2]);
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

/** Builds the subject from the winning area's mentions: its most frequent spelling, name, members and service type. */
function describe(doc: ParsedDoc, mentions: readonly Scored[], codes: ReadonlyMap<string, string>): Subject | null {
  // the gazetteer's own spelling when the text uses it ("Southend-on-Sea" beside "Southend"), else the most frequent
  const written = mentions.filter((s) => !SHOUTED.test(s.mention.surface));
  const pool = written.length > 0 ? written : mentions;
  // a joint area is named by its joint mentions, never by a member named alone ("Conwy" beside "Conwy and Denbighshire")
  const joint = pool.filter((s) => s.mention.parts.length > 1 || s.mention.members.length > 1);
  const best =
    joint.length > 0
      ? mostFrequentBy(joint, (s) => s.mention.surface)
      : (pool.find((s) => s.mention.surface === s.mention.members[0]) ?? mostFrequentBy(pool, (s) => s.mention.surface));
  if (best === undefined) return null;
  const named = mentions.filter((s) => s.head && s.head.type !== 'council');
  const names = named.map((s) => nameOf(doc, s));
  const types = named.map((s) => s.head?.type).filter((t): t is ServiceType => t !== undefined);
  const type = mostFrequent(types);
  const members = membersOf(best.mention, codes);
  const only = members.length === 1 ? members[0] : undefined;
  const area = best.mention.surface;
  return {
    name: mostFrequent(names) ?? area,
    area,
    canonical: only?.canonical ?? null,
    code: only?.code ?? null,
    members,
    type: type === undefined || type === 'council' ? 'other' : type,
  };
}

/**
 * Each member area: as written, with the gazetteer's name and code when known. An area the gazetteer does not know
 * that joins names ("Bedwick & South Fenland") keeps each name as a member.
 */
function membersOf(mention: AreaMention, codes: ReadonlyMap<string, string>): SubjectMember[] {
  const known = mention.members.some((m) => codes.has(m));
  if (!known) {
    return mention.surface
      .split(MEMBER_JOINERS)
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((area) => ({ area, canonical: null, code: null }));
  }
  return mention.members.map((canonical, i) => {
    const code = codes.get(canonical) ?? null;
    const area = mention.parts.length === mention.members.length ? (mention.parts[i] ?? canonical) : canonical;
    return { area, canonical: code === null ? null : canonical, code };
  });
}

/** The service as written, whether its head follows the place ("Harwick YJS") or comes first ("the YOT in Harwick"). */
function nameOf(doc: ParsedDoc, s: Scored): string {
  const head = s.head;
  const start = Math.min(s.mention.start, doc.tokens[head?.first ?? s.mention.first]?.start ?? s.mention.start);
  const end = Math.max(s.mention.end, doc.tokens[head?.last ?? s.mention.last]?.end ?? s.mention.end);
  return doc.text.slice(start, end);
}

/** The item whose key is the most frequent (the first such item). */
function mostFrequentBy<T>(items: readonly T[], key: (item: T) => string): T | undefined {
  const top = mostFrequent(items.map(key));
  return items.find((item) => key(item) === top);
}

function mostFrequent<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const item of items) {
    const n = (counts.get(item) ?? 0) + 1;
    counts.set(item, n);
    if (n > bestCount) {
      best = item;
      bestCount = n;
    }
  }
  return best;
}
