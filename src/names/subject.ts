import type { ParsedDoc, Token } from '../nlp/parsed.js';
import type { AreaMention } from './gazetteer.js';
import { CAPITAL, isAcronymLike, isCapitalised, marksOf, wordKey, type Unit } from './keys.js';
import type { ServiceType } from './lexicon.js';
import type { Subject } from './schema.js';
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
const MAX_JOINED = 4;
/** How far ahead the top area must be to stay the subject of a text that covers several partnerships. */
const DOMINANT = 3;

/** Weighs area mentions (service heads, the title, lists) and picks the area the text is about. */
export function weighSubject(
  doc: ParsedDoc,
  units: readonly Unit[],
  areas: readonly AreaMention[],
  notNames: ReadonlySet<string>,
): SubjectEvidence {
  const heads = serviceHeads();
  const joined = joinAreas(doc, units, areas);
  const scored: Scored[] = joined.map((mention) => {
    const head = headAfter(doc, units, mention.last + 1, heads, false);
    return { key: keyOf(mention), mention, head, weight: baseWeight(doc, mention, head) };
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
    several || !top || (second !== undefined && (top[1] === second[1] || (ranked.length >= 3 && top[1] < second[1] * 1.5)));
  return {
    subject: unclear ? null : describe(doc, scored.filter((s) => s.key === top[0] && s.weight > 0)),
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
  const joint = scored.filter((s) => s.mention.members.length > 1 && s.mention.surface.length > 0 && s.key.includes('+'));
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
    const prev = doc.tokens[t - 1];
    if (marks[t - 1] !== CAPITAL) continue; // cheap test first: the place word must be capitalised
    const key = units[unitOfToken(units, t)]?.key ?? '';
    if (!heads.trie.next.has(key) && !heads.fillers.has(key)) continue; // no service head can start here
    if (!prev || known.has(t - 1) || !isPlaceWord(prev) || isAcronymLike(prev.value)) continue;
    if (heads.fillers.has(wordKey(prev)) || notNames.has(wordKey(prev)) || prev.sentence !== doc.tokens[t]?.sentence) continue;
    const head = headAfter(doc, units, t, heads, true);
    if (!head || head.type === 'council') continue;
    const mention = pseudoMention(doc, t - 1, known, notNames);
    out.push({ key: mention.surface.toLowerCase(), mention, head, weight: 2 + (mention.sentence === 0 ? 1 : 0) });
    t = head.last;
  }
  return out;
}

function pseudoMention(
  doc: ParsedDoc,
  last: number,
  known: ReadonlySet<number>,
  notNames: ReadonlySet<string>,
): AreaMention {
  let first = last;
  while (first > 0 && last - first < 4) {
    const before = doc.tokens[first - 1];
    if (!before || before.sentence !== doc.tokens[last]?.sentence) break;
    const joiner = JOINERS.has(wordKey(before)) && isPlaceWord(doc.tokens[first - 2]);
    if (!joiner && !isPlaceWord(before)) break;
    if (known.has(first - 1) || (!joiner && notNames.has(wordKey(before))) || isAcronymLike(before.value)) break;
    first--;
  }
  const head = doc.tokens[first];
  const tail = doc.tokens[last];
  const start = head?.start ?? 0;
  const end = tail?.end ?? 0;
  return { members: [doc.text.slice(start, end)], surface: doc.text.slice(start, end), start, end, first, last, sentence: head?.sentence ?? 0 };
}

/** A capitalised word of letters, as place names are ("Harwick"), not a number or a symbol. */
function isPlaceWord(token: Token | undefined): boolean {
  return token?.type === 'word' && isCapitalised(token) && /^\p{Lu}/u.test(token.value);
}

/** Builds the subject from the winning area's mentions: its most frequent spelling, name and service type. */
function describe(doc: ParsedDoc, mentions: readonly Scored[]): Subject | null {
  const area = mostFrequent(mentions.map((s) => areaName(s.mention)));
  if (area === undefined) return null;
  const named = mentions.filter((s) => s.head && s.head.type !== 'council');
  const names = named.map((s) => doc.text.slice(s.mention.start, doc.tokens[s.head?.last ?? s.mention.last]?.end ?? s.mention.end));
  const types = named.map((s) => s.head?.type).filter((t): t is ServiceType => t !== undefined);
  const type = mostFrequent(types);
  return {
    name: mostFrequent(names) ?? area,
    area,
    type: type === undefined || type === 'council' ? 'other' : type,
  };
}

/** The canonical name of one area ("Hull" → "Kingston upon Hull"); a joint area as the text writes it. */
function areaName(mention: AreaMention): string {
  const [only, ...rest] = mention.members;
  return only !== undefined && rest.length === 0 ? only : mention.surface;
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
