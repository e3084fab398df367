import type { ParsedDoc, Token } from '../nlp/parsed.js';
import type { AreaMention } from './gazetteer.js';
import { wordKey } from './keys.js';

const LEAD_SENTENCES = 3;
const HEADING_TOKENS = 10;
const MIN_HEADINGS = 3;

/** The words that tell a round-up of several partnerships (`lexicons/names/vocab.json`). */
export interface SeveralWords {
  /** Counts of three or more; vague words ("several") are left out, as one service also "works with several teams". */
  readonly severalCounts: ReadonlySet<string>;
  /** Plural nouns for partnerships and services; "councils" is left out (one joint service can span several). */
  readonly severalPlurals: ReadonlySet<string>;
  /** Words between the count and the noun: "four Area Partnerships", "three more youth justice services". */
  readonly severalBetween: ReadonlySet<string>;
  /** "one of four areas", "across three areas": the text is about one of them, or one service spanning them. */
  readonly severalNotBefore: ReadonlySet<string>;
  /** Verbs after "areas" that make them parts of one service's work ("four areas were judged good"). */
  readonly aspectVerbs: ReadonlySet<string>;
}

/**
 * True when the text announces several partnerships at once: a count near the top ("Four Area
 * Partnerships have been recognised") or three or more areas each heading a short line.
 */
export function coversSeveral(doc: ParsedDoc, areas: readonly AreaMention[], words: SeveralWords): boolean {
  return countsSeveral(doc, words) || headingAreas(doc, areas) >= MIN_HEADINGS;
}

function countsSeveral(doc: ParsedDoc, words: SeveralWords): boolean {
  const tokens = doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (!token || token.sentence >= LEAD_SENTENCES) break;
    if (!isCount(token, words) || words.severalNotBefore.has(wordKey(tokens[t - 1]))) continue;
    let k = t + 1;
    while (k < t + 4 && words.severalBetween.has(wordKey(tokens[k]))) k++;
    if (words.severalPlurals.has(wordKey(tokens[k])) && tokens[k]?.sentence === token.sentence && !aspects(tokens, k, words)) return true;
  }
  return false;
}

/** "four areas of its work were judged good", "three areas for improvement": parts of one service's work, not areas. */
function aspects(tokens: readonly Token[], k: number, words: SeveralWords): boolean {
  if (wordKey(tokens[k]) !== 'areas') return false;
  const next = wordKey(tokens[k + 1]);
  if (next === 'of' || next === 'for') return true;
  for (let j = k + 1; j <= k + 3; j++) if (words.aspectVerbs.has(wordKey(tokens[j]))) return true;
  return false;
}

function isCount(token: Token, words: SeveralWords): boolean {
  if (token.type === 'number') {
    const n = Number(token.value);
    return Number.isInteger(n) && n >= 3 && n < 1000;
  }
  return words.severalCounts.has(wordKey(token));
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
