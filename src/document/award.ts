import type { Unit } from '../names/index.js';
import { startsUpper } from '../nlp/words.js';
import type { ParsedDoc } from '../nlp/parsed.js';
import { hasStem, mayHaveStem, type DocumentCues } from './lexicon.js';
import type { Award } from './schema.js';

type Level = Award['level'];

/** A "Quality Lead"/"Quality Mark" mention, weighed by where it stands and what surrounds it. */
interface LevelMention {
  readonly level: Level;
  readonly unit: number;
  readonly score: number;
  readonly celebrated: boolean;
  /** Words near the mention, in its sentence. */
  readonly near: readonly string[];
  readonly sentence: number;
}

/** Award evidence: the award when the text celebrates one, and whether every level the text names is the same. */
export interface AwardReading {
  readonly award: Award | null;
  /** True when all "Quality Mark"/"Quality Lead" mentions name one level (a round-up of one award). */
  readonly oneLevel: boolean;
  /** True when the award is celebrated in the first sentences, where a text states its topic. */
  readonly inLead: boolean;
}

const WINDOW = 12;
const LEAD_SENTENCES = 3;

/** Reads the Youth Justice SEND award the text announces, if any. */
export function readAward(doc: ParsedDoc, units: readonly Unit[], cues: DocumentCues): AwardReading {
  const mentions = levelMentions(doc, units, cues);
  const celebrated = mentions.filter((m) => m.celebrated);
  if (celebrated.length === 0) return { award: null, oneLevel: false, inLead: false };
  const best = [...mentions].sort((a, b) => b.score - a.score || rank(b.level) - rank(a.level) || a.unit - b.unit)[0];
  if (!best) return { award: null, oneLevel: false, inLead: false };
  return {
    oneLevel: mentions.every((m) => m.level === best.level),
    inLead: celebrated.some((m) => m.sentence < LEAD_SENTENCES),
    award: {
      name: awardName(doc, units, best.unit, cues),
      level: best.level,
      redesignation: redesignated(doc, units, cues) || renewed(mentions, cues),
      commendations: childFirstCommended(doc, units, cues) ? ['child-first'] : [],
    },
  };
}

/** The level "quality <word>" names, plurals included ("Quality Leads"). */
function levelOf(word: string, cues: DocumentCues): Level | undefined {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return cues.levels.find((l) => l.phrase === `quality ${word}` || l.phrase === `quality ${singular}`)?.level;
}

function rank(level: Level): number {
  return level === 'quality-lead' ? 1 : 0;
}

function levelMentions(doc: ParsedDoc, units: readonly Unit[], cues: DocumentCues): LevelMention[] {
  const out: LevelMention[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    if (units[i]?.key !== 'quality') continue;
    const level = levelOf(units[i + 1]?.key ?? '', cues);
    if (!level) continue;
    const sentence = doc.tokens[units[i]?.token ?? 0]?.sentence ?? 0;
    const near = nearbyKeys(doc, units, i, sentence);
    const celebrated = near.some((k) => hasStem(k, cues.celebration));
    let score = sentence === 0 ? 3 : sentence === 1 ? 1 : 0;
    if (celebrated) score += 2;
    if (near.some((k) => cues.futureLevel.includes(k))) score -= 4;
    if (near.some((k) => cues.pastLevel.includes(k)) || near.some(isYear)) score -= 3;
    out.push({ level, unit: i, score, celebrated, near, sentence });
  }
  return out;
}

/** Keys of the words within a few words of unit `i`, in the same sentence. */
function nearbyKeys(doc: ParsedDoc, units: readonly Unit[], i: number, sentence: number): string[] {
  const keys: string[] = [];
  for (let k = Math.max(0, i - WINDOW); k < Math.min(units.length, i + WINDOW); k++) {
    const unit = units[k];
    if (unit && k !== i && k !== i + 1 && doc.tokens[unit.token]?.sentence === sentence) keys.push(unit.key);
  }
  return keys;
}

function isYear(key: string): boolean {
  return /^(?:19|20)\d\d$/.test(key);
}

/** True when the text says the award was renewed: "redesignation", "re-accredited", "revalidation". */
function redesignated(doc: ParsedDoc, units: readonly Unit[], cues: DocumentCues): boolean {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit || !(unit.key === 're' || mayHaveStem(unit.key, cues.redesignation)) || doc.tokens[unit.token]?.negated) continue;
    const named = hasStem(unit.key, cues.redesignation) || (unit.key === 're' && hasStem(units[i + 1]?.key ?? '', cues.redesignationSplit));
    if (named && !prospective(units, i, cues)) return true;
  }
  return false;
}

/** "has retained its Quality Lead status", "renewed its Quality Mark": a renewal word beside a level, not a prospect. */
function renewed(mentions: readonly LevelMention[], cues: DocumentCues): boolean {
  return mentions.some(
    (m) => m.near.some((k) => hasStem(k, cues.renewal)) && !m.near.some((k) => cues.futureRedesignation.includes(k)),
  );
}

/** "can apply for redesignation", "will seek redesignation": a prospect, not a renewal. */
function prospective(units: readonly Unit[], i: number, cues: DocumentCues): boolean {
  return units.slice(Math.max(0, i - 4), i).some((u) => cues.futureRedesignation.includes(u.key));
}

/** "Child First Commendation", "child-first commendation" or "commendation for Child First practice". */
function childFirstCommended(doc: ParsedDoc, units: readonly Unit[], cues: DocumentCues): boolean {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit?.key.startsWith('commendation') || doc.tokens[unit.token]?.negated) continue;
    if (hoped(doc, units, i, cues)) continue;
    const before = [units[i - 2]?.key, units[i - 1]?.key].join(' ');
    const after = units.slice(i + 1, i + 5).map((u) => u.key).join(' ');
    if (before === 'child first' || /\bchild first\b/.test(after)) return true;
  }
  return false;
}

/** "hopes to add a Child First Commendation next year": a goal word earlier in the same sentence. */
function hoped(doc: ParsedDoc, units: readonly Unit[], i: number, cues: DocumentCues): boolean {
  const sentence = doc.tokens[units[i]?.token ?? 0]?.sentence;
  return units
    .slice(Math.max(0, i - 16), i)
    .some((u) => doc.tokens[u.token]?.sentence === sentence && cues.futureLevel.includes(u.key));
}

/** The award as named: the capitalised words around "Quality Lead", e.g. "Youth Justice SEND Quality Lead Status". */
function awardName(doc: ParsedDoc, units: readonly Unit[], at: number, cues: DocumentCues): string | null {
  const tokens = doc.tokens;
  const first = units[at]?.token;
  const levelEnd = units[at + 1]?.token;
  if (first === undefined || levelEnd === undefined) return null;
  let from = first;
  while (from > 0 && first - from < 4 && startsUpper(tokens[from - 1]?.value ?? '') && tokens[from - 1]?.sentence === tokens[first]?.sentence) from--;
  while (from < first && cues.awardLeadSkips.has(tokens[from]?.normal ?? '')) from++;
  let to = levelEnd;
  const next = tokens[to + 1]?.normal ?? '';
  if (cues.awardTails.has(next)) to++;
  return doc.text.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0);
}
