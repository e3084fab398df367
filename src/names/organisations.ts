import type { ParsedDoc, Token } from '../nlp/parsed.js';
import { expansionKey, type Glossary } from './acronyms.js';
import { CAPITAL, isAcronymLike, isCapitalised, phraseKeys, wordKey, type TokenSet, type Unit } from './keys.js';
import type { VocabFile } from './lexicon.js';
import type { Acronym, Organisation } from './schema.js';
import { createWordTrie, insertPhrase, longestAt, type WordTrie } from './wordtrie.js';

type OrgType = Organisation['type'];

/** Org vocabulary compiled once. */
export interface OrgVocab {
  readonly heads: ReadonlyMap<string, OrgType>;
  readonly complement: ReadonlySet<string>;
  readonly tails: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly bodies: WordTrie<true>;
  /** Words and signs inside a capitalised name ("Youth Justice Board for England and Wales"). */
  readonly orgInner: ReadonlySet<string>;
  /** Lower-case heads after a capitalised name ("the New Directions team"). */
  readonly lowerHeads: ReadonlySet<string>;
  /** Plural heads shared by two names ("the Early Help and YOS teams"). */
  readonly sharedHeads: ReadonlySet<string>;
  /** Words before a name that make a lower-case head generic ("a Youth Justice team"). */
  readonly indefinites: ReadonlySet<string>;
}

/** Compiles the organisation part of the names vocabulary. */
export function compileOrgVocab(vocab: VocabFile): OrgVocab {
  const bodies = createWordTrie<true>();
  for (const body of vocab.bodies) insertPhrase(bodies, phraseKeys(body), true);
  return {
    heads: new Map(Object.entries(vocab.orgHeads)),
    complement: new Set(vocab.complementHeads),
    tails: new Set(vocab.orgTails),
    roles: new Set(vocab.roleNouns),
    notNames: new Set(vocab.notNames),
    timeWords: new Set(vocab.leadingTimeWords),
    bodies,
    orgInner: new Set(vocab.orgInner),
    lowerHeads: new Set(vocab.lowerHeads),
    sharedHeads: new Set(vocab.sharedHeads),
    indefinites: new Set(vocab.indefinites),
  };
}

const MAX_RUN = 12;

/**
 * Organisations: capitalised phrases ending in a head noun ("Transforming Lives Panel",
 * "HM Inspectorate of Probation"), with place names read whole ("Blackburn with Darwen Area
 * Partnership"), plus known bodies without a head noun ("Achievement for All").
 */
export function findOrganisations(
  doc: ParsedDoc,
  units: readonly Unit[],
  placeTokens: TokenSet,
  vocab: OrgVocab,
  glossary: Glossary,
  defined: readonly Acronym[],
): Organisation[] {
  const found: Organisation[] = [];
  const tokens = doc.tokens;
  const marks = doc.marks;
  const inRun = (t: number): boolean => marks[t] === CAPITAL || placeTokens.has(t);
  for (let t = 0; t < tokens.length; t++) {
    if (!inRun(t)) continue;
    let end = t;
    while (end + 1 < tokens.length && end - t < MAX_RUN && continues(tokens, end + 1, inRun, placeTokens, vocab)) end++;
    if (lowerHeadAfter(tokens, t, end, vocab)) end++;
    const shared = vocab.sharedHeads.has(wordKey(tokens[end + 1])); // "the Early Help and YOS teams": two teams
    for (const [from, to] of splitAtAnd(tokens, t, end, vocab, shared)) {
      const org = orgInRun(doc, from, to, placeTokens, vocab);
      if (org) found.push(org);
    }
    t = end;
  }
  found.push(...knownBodies(doc, units, vocab));
  const definedKeys = new Map<string, string>();
  for (const a of defined) if (!definedKeys.has(expansionKey(a.expansion))) definedKeys.set(expansionKey(a.expansion), a.acronym);
  return dedupe(found).map((o) => {
    const key = expansionKey(o.name);
    return { ...o, acronym: acronymAfter(doc, o) ?? definedKeys.get(key) ?? o.acronym ?? glossary.byExpansion.get(key) ?? null };
  });
}


/**
 * Splits "HM Inspectorate of Probation and HM Inspectorate of Prisons" where the left side is a whole
 * name (it ends in a head noun, or a head with "of ...") and the right side has a head; with a shared
 * plural head after the run ("Early Help and YOS teams"), splits at every "and".
 */
function splitAtAnd(tokens: readonly Token[], from: number, to: number, vocab: OrgVocab, shared: boolean): [number, number][] {
  const pieces: [number, number][] = [];
  let start = from;
  for (let k = from + 1; k < to; k++) {
    const key = wordKey(tokens[k]);
    if (key !== 'and' && key !== '&') continue;
    if (shared || (wholeName(tokens, start, k - 1, vocab) && hasHead(tokens, k + 1, to, vocab))) {
      pieces.push([start, k - 1]);
      start = k + 1;
    }
  }
  pieces.push([start, to]);
  return pieces;
}

/** "Youth Justice Board", "HM Inspectorate of Probation": ends in a head, or has a head taking "of"/"for". */
function wholeName(tokens: readonly Token[], from: number, to: number, vocab: OrgVocab): boolean {
  if (vocab.heads.has(wordKey(tokens[to]))) return true;
  for (let k = from; k < to; k++) {
    const next = wordKey(tokens[k + 1]);
    if (vocab.complement.has(wordKey(tokens[k])) && (next === 'of' || next === 'for')) return true;
  }
  return false;
}

function hasHead(tokens: readonly Token[], from: number, to: number, vocab: OrgVocab): boolean {
  for (let k = from; k <= to; k++) if (vocab.heads.has(wordKey(tokens[k]))) return true;
  return false;
}

/** "the New Directions team": a lower-case head after a name that is not sentence-initial alone. */
function lowerHeadAfter(tokens: readonly Token[], from: number, to: number, vocab: OrgVocab): boolean {
  const head = tokens[to + 1];
  if (!head || head.sentence !== tokens[to]?.sentence || head.newlineBefore || !vocab.lowerHeads.has(head.value)) return false;
  if (vocab.indefinites.has(wordKey(tokens[from - 1])) || to === from) return false;
  return !vocab.heads.has(wordKey(tokens[to]));
}

function continues(
  tokens: readonly Token[],
  t: number,
  inRun: (t: number) => boolean,
  places: TokenSet,
  vocab: OrgVocab,
): boolean {
  const token = tokens[t];
  if (!token || token.sentence !== tokens[t - 1]?.sentence || token.newlineBefore) return false;
  if (places.has(t) || (inRun(t) && token.type === 'word')) return true;
  const after = tokens[t + 1];
  return vocab.orgInner.has(wordKey(token)) && inRun(t + 1) && after?.sentence === token.sentence && !after.newlineBefore;
}

/** The organisation a capitalised run names, if it ends in a head noun (or a head with "of ..."). */
function orgInRun(doc: ParsedDoc, from: number, to: number, places: TokenSet, vocab: OrgVocab): Organisation | undefined {
  const tokens = doc.tokens;
  let start = from;
  while (start < to && leadingNoise(tokens, start, places, vocab)) start++;
  start = placeStart(start, to, places);
  if (vocab.roles.has(wordKey(tokens[start]))) return undefined; // "Head of Westmoor YOT": a job title
  const headAt = (t: number): OrgType | undefined => vocab.heads.get(wordKey(tokens[t]));
  for (let t = start; t < to; t++) {
    const next = wordKey(tokens[t + 1]);
    if (headAt(t) && vocab.complement.has(wordKey(tokens[t])) && (next === 'of' || next === 'for')) {
      return make(doc, start, to, headAt(t) ?? 'other');
    }
  }
  const role = firstRole(tokens, start, to, vocab);
  if (role < 0 && vocab.roles.has(wordKey(tokens[to + 1]))) return undefined;
  let end = role < 0 ? to : role - 1;
  if (role >= 0 && headAt(end)) return undefined; // "Youth Justice Service Manager": a job title
  while (end > start && !headAt(end) && role >= 0) end--;
  const last = end;
  while (end > start && vocab.tails.has(wordKey(tokens[end])) && role < 0) end--;
  const type = headAt(end);
  if (!type || end === start) return undefined;
  return make(doc, start, last, type);
}

/** Index of the first role noun after the run's first word ("Cabinet Member"), or -1. */
function firstRole(tokens: readonly Token[], from: number, to: number, vocab: OrgVocab): number {
  for (let k = from + 1; k <= to; k++) {
    const key = wordKey(tokens[k]);
    if (vocab.roles.has(key) && !vocab.heads.has(key)) return k;
  }
  return -1;
}

/** "Just before Christmas Coventry Local Area Partnership": the name starts at the place. */
function placeStart(start: number, to: number, places: TokenSet): number {
  if (places.has(start)) return start;
  for (let k = start + 1; k <= to; k++) if (places.has(k)) return k;
  return start;
}

/** A sentence-initial common word ("Today", "Inspectors") or article before the name. */
function leadingNoise(tokens: readonly Token[], t: number, places: TokenSet, vocab: OrgVocab): boolean {
  const token = tokens[t];
  if (!token || places.has(t)) return false;
  if (wordKey(token) === 'the') return true;
  if (!firstOfSentence(tokens, t) || isAcronymLike(token.value)) return false;
  if (vocab.timeWords.has(wordKey(token))) return true; // "Yesterday", "Today", a weekday
  if (token.pos === 'PROPN') return false;
  const next = tokens[t + 1]; // "Turn Around Project", "Step Up Programme": a phrasal verb that is part of the name
  return !(token.pos === 'VERB' && next !== undefined && (next.pos === 'ADP' || next.pos === 'PART') && isCapitalised(next));
}

function firstOfSentence(tokens: readonly Token[], t: number): boolean {
  return t === 0 || tokens[t - 1]?.sentence !== tokens[t]?.sentence;
}

function make(doc: ParsedDoc, first: number, last: number, type: OrgType): Organisation | undefined {
  const head = doc.tokens[first];
  const tail = doc.tokens[last];
  if (!head || !tail) return undefined;
  const text = doc.text.slice(head.start, tail.end);
  const lastValue = tail.value;
  return {
    name: text,
    type,
    acronym: isAcronymLike(lastValue) ? lastValue : null,
    text,
    start: head.start,
    end: tail.end,
    sentence: head.sentence,
  };
}

function knownBodies(doc: ParsedDoc, units: readonly Unit[], vocab: OrgVocab): Organisation[] {
  const out: Organisation[] = [];
  const marks = doc.marks;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit || marks[unit.token] !== CAPITAL || !vocab.bodies.next.has(unit.key)) continue;
    const hit = longestAt(vocab.bodies, units, i);
    const last = hit ? units[hit.to - 1] : undefined;
    if (!hit || !last) continue;
    const org = make(doc, unit.token, last.token, 'body');
    if (org) out.push(org);
    i = hit.to - 1;
  }
  return out;
}

/** "Youth Offending Service (YOS)": the acronym in brackets right after the name. */
function acronymAfter(doc: ParsedDoc, org: Organisation): string | undefined {
  const after = doc.text.slice(org.end, org.end + 16);
  const match = /^\s?\(([A-Z&]{2,10})\)/i.exec(after);
  return match?.[1] && isAcronymLike(match[1]) ? match[1] : undefined;
}

function dedupe(orgs: readonly Organisation[]): Organisation[] {
  const seen = new Set<string>();
  return [...orgs]
    .sort((a, b) => a.start - b.start)
    .filter((o) => {
      const key = o.name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
