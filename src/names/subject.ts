import type { ParsedDoc } from '../nlp/parsed.js';
import type { AreaMention } from './gazetteer.js';
import { wordKey, type Unit } from './keys.js';
import type { ServiceType } from './lexicon.js';
import type { Subject, SubjectMember } from './schema.js';
import { coversSeveral, type SeveralWords } from './several.js';
import { headAfter, nonAreaHeadAt, type ServiceHead, type ServiceHeads } from './services.js';
import { unknownAreas, type Scored, type UnknownVocab } from './unknown.js';

/** What the text says about which area it is about, before the document kind is known. */
export interface SubjectEvidence {
  /** The best-supported area, or null when none stands out. */
  readonly subject: Subject | null;
  /** Areas with any weight. */
  readonly distinctAreas: number;
  /** True when the text lists three or more areas in one sentence. */
  readonly listsAreas: boolean;
}

/** A place written in capitals ("NORTHBRIDGE'S youth justice team"), the least likely spelling to keep. */
const SHOUTED = /^\P{Ll}+$/u;
const MAX_JOINED = 4;
/** How far ahead the top area must be to stay the subject of a text that covers several partnerships. */
const DOMINANT = 3;

/** Words that make a place a comparison baseline ("the Avon and Somerset Police area average"). */
export interface BaselineWords {
  readonly nouns: ReadonlySet<string>;
  readonly heads: ReadonlySet<string>;
}

/** The word lists and codes the subject is weighed and described with. */
export interface SubjectVocab extends UnknownVocab {
  readonly baseline: BaselineWords;
  readonly codes: ReadonlyMap<string, string>;
  readonly several: SeveralWords;
  /** Splits a joint name into its members at the area joiners ("Bedwick & South Fenland"). */
  readonly memberSplit: RegExp;
}

/** Weighs area mentions (service heads, the title, lists) and picks the area the text is about. */
export function weighSubject(
  doc: ParsedDoc,
  units: readonly Unit[],
  areas: readonly AreaMention[],
  vocab: SubjectVocab,
): SubjectEvidence {
  const { baseline, heads } = vocab;
  const joined = joinAreas(doc, units, areas, vocab);
  const scored: Scored[] = joined.map((mention) => {
    const head = headAfter(doc, units, mention.last + 1, heads, false);
    const weight = isBaseline(doc, mention.last, baseline) ? 0 : baseWeight(doc, mention, head, heads);
    return { key: keyOf(mention), mention, head, weight };
  });
  scored.push(...unknownAreas(doc, units, covered(scored), vocab));
  const listsAreas = dropLists(scored);
  foldMembers(scored);
  const totals = new Map<string, number>();
  for (const s of scored) totals.set(s.key, (totals.get(s.key) ?? 0) + s.weight);
  const ranked = [...totals].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const several =
    top !== undefined && top[1] < (second?.[1] ?? 1) * DOMINANT && coversSeveral(doc, areas, vocab.several);
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
          vocab,
        ),
    distinctAreas: ranked.length,
    // "three more area partnerships have been redesignated": a round-up, even when no area is known by name
    listsAreas: listsAreas || several || (top === undefined && coversSeveral(doc, areas, vocab.several)),
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

function baseWeight(doc: ParsedDoc, mention: AreaMention, head: ServiceHead | undefined, heads: ServiceHeads): number {
  if (!head && nonAreaHeadAt(doc, mention.last + 1, heads)) return 0;
  let weight = 1;
  if (head) weight += head.type === 'council' ? 1 : 2;
  if (mention.sentence === 0) weight += 1;
  return weight;
}

/** Joins "Tower Hamlets/City of London" and "Wiltshire and Swindon YOT" into one joint mention. */
function joinAreas(
  doc: ParsedDoc,
  units: readonly Unit[],
  areas: readonly AreaMention[],
  vocab: SubjectVocab,
): AreaMention[] {
  const { heads } = vocab;
  const out: AreaMention[] = [];
  for (let i = 0; i < areas.length; i++) {
    let current = areas[i];
    if (!current) continue;
    let j = i + 1;
    for (; j < areas.length && j - i < MAX_JOINED; j++) {
      const next = areas[j];
      const between = next ? doc.tokens.slice(current.last + 1, next.first) : [];
      const joiner = between.length === 1 ? between[0]?.value : undefined;
      if (!next || joiner === undefined || !vocab.areaJoiners.has(joiner.toLowerCase())) break;
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

/** Builds the subject from the winning area's mentions: its most frequent spelling, name, members and service type. */
function describe(doc: ParsedDoc, mentions: readonly Scored[], vocab: SubjectVocab): Subject | null {
  // the gazetteer's own spelling when the text uses it ("Southend-on-Sea" beside "Southend"), else the most frequent
  const written = mentions.filter((s) => !SHOUTED.test(s.mention.surface));
  const pool = written.length > 0 ? written : mentions;
  // a joint area is named by its joint mentions, never by a member named alone ("Conwy" beside "Conwy and Denbighshire")
  const joint = pool.filter((s) => s.mention.parts.length > 1 || s.mention.members.length > 1);
  const best =
    joint.length > 0
      ? mostFrequentBy(joint, (s) => s.mention.surface)
      : (pool.find((s) => s.mention.surface === s.mention.members[0]) ??
        mostFrequentBy(pool, (s) => s.mention.surface));
  if (best === undefined) return null;
  const named = mentions.filter((s) => s.head && s.head.type !== 'council');
  const names = named.map((s) => nameOf(doc, s));
  const types = named.map((s) => s.head?.type).filter((t): t is ServiceType => t !== undefined);
  const type = mostFrequent(types);
  const members = membersOf(best.mention, vocab);
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
function membersOf(mention: AreaMention, vocab: SubjectVocab): SubjectMember[] {
  const { codes } = vocab;
  const known = mention.members.some((m) => codes.has(m));
  if (!known) {
    return mention.surface
      .split(vocab.memberSplit)
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
