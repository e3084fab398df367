import type { ParsedDoc, Token } from '../nlp/parsed.js';
import type { AreaMention } from './gazetteer.js';
import { wordKey } from './keys.js';

const LEAD_SENTENCES = 3;
/** Counts of three or more; vague words ("several") are left out, as a single service also "works with several teams". */
const COUNTS = new Set(['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
/** Plural nouns for partnerships and services; "councils" is left out (one joint service can span several councils). */
const PLURALS = new Set(['partnerships', 'services', 'teams', 'yots', 'yoss', 'yjss', 'areas']);
/** Words that may stand between the count and the noun: "four Area Partnerships", "three more youth justice services". */
const BETWEEN = new Set(['area', 'local', 'more', 'new', 'youth', 'justice', 'offending', 'other', 'further', 'different']);
/** "one of four areas", "across three areas": the text is about one of them, or one service spanning them. */
const NOT_BEFORE = new Set(['of', 'across', 'between', 'among', 'over']);
const HEADING_TOKENS = 10;
const ASPECT_VERBS = new Set(['judged', 'rated', 'graded', 'assessed']);
const MIN_HEADINGS = 3;

/**
 * True when the text announces several partnerships at once: a count near the top ("Four Area
 * Partnerships have been recognised") or three or more areas each heading a short line.
 */
export function coversSeveral(doc: ParsedDoc, areas: readonly AreaMention[]): boolean {
  return countsSeveral(doc) || headingAreas(doc, areas) >= MIN_HEADINGS;
}

function countsSeveral(doc: ParsedDoc): boolean {
  const tokens = doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (!token || token.sentence >= LEAD_SENTENCES) break;
    if (!isCount(token) || NOT_BEFORE.has(wordKey(tokens[t - 1]))) continue;
    let k = t + 1;
    while (k < t + 4 && BETWEEN.has(wordKey(tokens[k]))) k++;
    if (PLURALS.has(wordKey(tokens[k])) && tokens[k]?.sentence === token.sentence && !aspects(tokens, k)) return true;
  }
  return false;
}

/** "four areas of its work were judged good", "three areas for improvement": parts of one service's work, not areas. */
function aspects(tokens: readonly Token[], k: number): boolean {
  if (wordKey(tokens[k]) !== 'areas') return false;
  const next = wordKey(tokens[k + 1]);
  if (next === 'of' || next === 'for') return true;
  for (let j = k + 1; j <= k + 3; j++) if (ASPECT_VERBS.has(wordKey(tokens[j]))) return true;
  return false;
}

function isCount(token: Token): boolean {
  if (token.type === 'number') {
    const n = Number(token.value);
    return Number.isInteger(n) && n >= 3 && n < 1000;
  }
  return COUNTS.has(wordKey(token));
}

/** Distinct areas that open a short line ("Harwick - Quality Mark"). */
function headingAreas(doc: ParsedDoc, areas: readonly AreaMention[]): number {
  const seen = new Set<string>();
  for (const area of areas) {
    const head = doc.tokens[area.first];
    if (!head || (area.first > 0 && !head.newlineBefore)) continue;
    if (shortLine(doc.tokens, area.last + 1)) seen.add(area.members.join('+'));
  }
  return seen.size;
}

function shortLine(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + HEADING_TOKENS; k++) {
    const token = tokens[k];
    if (!token || token.newlineBefore) return true;
  }
  return false;
}
