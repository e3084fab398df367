import type { ParsedDoc, Token } from '../nlp/parsed.js';
import type { DocumentFacts, Rating } from './schema.js';
import type { DocumentCues } from './lexicon.js';
import { startsUpper } from '../nlp/words.js';

type Aspect = NonNullable<DocumentFacts['aspects']>[number];

/** A rating word read as a rating, with how strongly it looks like the service's overall one. */
interface Candidate {
  readonly rating: Rating;
  readonly first: number;
  readonly last: number;
  readonly score: number;
  readonly aspect: string | undefined;
}

const QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
const SIMPLE: Readonly<Record<string, Rating>> = { outstanding: 'outstanding', good: 'good', inadequate: 'inadequate' };
const NEAR_CONTEXT = 4;
const FAR_CONTEXT = 16;
const CHANGE_WINDOW = 12;
const LOCAL = 6;

/** The overall HMIP rating (the newest one for a re-inspection) and any rated aspects. */
export function readRating(doc: ParsedDoc, cues: DocumentCues): { rating: Rating | null; aspects: Aspect[] } {
  const candidates = ratingCandidates(doc, cues);
  const aspects = candidates
    .filter((c) => c.aspect !== undefined)
    .map((c) => ({ aspect: c.aspect ?? '', rating: c.rating }));
  const overall = candidates
    .filter((c) => c.aspect === undefined && c.score >= 1)
    .sort((a, b) => b.score - a.score || a.first - b.first)[0];
  return { rating: overall?.rating ?? null, aspects };
}

function ratingCandidates(doc: ParsedDoc, cues: DocumentCues): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (const sentence of doc.sentences) {
    const found: { rating: Rating; first: number; last: number }[] = [];
    for (let t = sentence.first; t < sentence.last; t++) {
      const hit = ratingAt(tokens, t);
      if (hit) {
        found.push({ ...hit, first: t });
        t = hit.last;
      }
    }
    if (new Set(found.map((f) => f.rating)).size >= 3) continue; // the rating scale itself
    for (const f of found) {
      if (!looksLikeRating(tokens, f.first, f.last, sentence.first, cues)) continue;
      out.push({ ...f, score: score(tokens, f.first, f.last, sentence, cues), aspect: aspectOf(doc, f.first, f.last, sentence, cues) });
    }
  }
  return out;
}

function ratingAt(tokens: readonly Token[], t: number): { rating: Rating; last: number } | undefined {
  const normal = tokens[t]?.normal ?? '';
  const simple = SIMPLE[normal];
  if (simple) return { rating: simple, last: t };
  if ((normal === 'requires' || normal === 'require') && tokens[t + 1]?.normal === 'improvement') {
    return { rating: 'requires-improvement', last: t + 1 };
  }
  return undefined;
}

/** Quoted, capitalised mid-sentence, after "rated"/"rating of", or the end of a change ("from inadequate to good"). */
function looksLikeRating(tokens: readonly Token[], first: number, last: number, sentenceFirst: number, cues: DocumentCues): boolean {
  if (QUOTES.has(tokens[first - 1]?.value ?? '') || QUOTES.has(tokens[last + 1]?.value ?? '')) return true;
  const value = tokens[first]?.value ?? '';
  if (first > sentenceFirst && startsUpper(value)) return true;
  if (nearRatingWord(tokens, first, last, sentenceFirst, cues)) return true;
  const prev = tokens[before(tokens, first)]?.normal ?? '';
  return (prev === 'from' || prev === 'to') && changeBefore(tokens, first, sentenceFirst, cues);
}

/** Index of the word before the rating, skipping an opening quote. */
function before(tokens: readonly Token[], first: number): number {
  return QUOTES.has(tokens[first - 1]?.value ?? '') ? first - 2 : first - 1;
}

/** "improved from", "moved up to": a verb of change earlier in the sentence. */
function changeBefore(tokens: readonly Token[], first: number, sentenceFirst: number, cues: DocumentCues): boolean {
  for (let k = Math.max(sentenceFirst, first - CHANGE_WINDOW); k < first; k++) {
    if (cues.ratingChange.includes(tokens[k]?.normal ?? '')) return true;
  }
  return false;
}

/** A rating word ("rated", "rating of") just before, or "rating" just after; "rated X Youth Justice Service as Good" reaches further. */
function nearRatingWord(tokens: readonly Token[], first: number, last: number, sentenceFirst: number, cues: DocumentCues): boolean {
  return contextAt(tokens, first, sentenceFirst, cues) >= 0 || tokens[afterQuote(tokens, last)]?.normal === 'rating';
}

/**
 * Index of the rating word before the candidate, or -1: within a few words, or further back across
 * a name and linking words ("graded Harwick Youth Justice Service Outstanding", "judged it to be good").
 */
function contextAt(tokens: readonly Token[], first: number, sentenceFirst: number, cues: DocumentCues): number {
  for (let k = first - 1; k >= Math.max(sentenceFirst, first - FAR_CONTEXT); k--) {
    const token = tokens[k];
    if (!token) break;
    if (cues.ratingContext.includes(token.normal)) return k;
    if (k < first - NEAR_CONTEXT && !cues.ratingBridges.has(token.normal) && !isNameWord(token)) break;
  }
  return -1;
}

function isNameWord(token: Token): boolean {
  return token.type === 'word' && startsUpper(token.value);
}

function afterQuote(tokens: readonly Token[], last: number): number {
  return QUOTES.has(tokens[last + 1]?.value ?? '') ? last + 2 : last + 1;
}

function score(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: { first: number; last: number; index: number },
  cues: DocumentCues,
): number {
  let s = 0;
  if (nearRatingWord(tokens, first, last, sentence.first, cues)) s += 1;
  if (QUOTES.has(tokens[first - 1]?.value ?? '')) s += 1;
  if (sentence.index <= 1) s += 0.5;
  if (overall(tokens, first, last, sentence)) s += 2;
  const prev = tokens[before(tokens, first)]?.normal;
  if (prev === 'from') return s - 4;
  if (prev === 'to') s += 1;
  const present = presentNear(tokens, first, last, sentence, cues);
  if (present) s += 1;
  if (prev === 'to' && changeBefore(tokens, first, sentence.first, cues)) return s; // "improved from X to Y since ..."
  if (pastNear(tokens, first, last, sentence, cues)) return s - 3;
  if (present) return s;
  const words = tokens.slice(sentence.first, sentence.last);
  if (words.some((w) => cues.pastRating.includes(w.normal))) s -= 2;
  else if (words.some((w) => isPastYear(w, tokens))) s -= 1;
  return s;
}

/** "Overall, ... rated Good", "rated Good overall", "Overall rating: Good". */
function overall(tokens: readonly Token[], first: number, last: number, sentence: { first: number }): boolean {
  for (let k = sentence.first; k < first; k++) if (tokens[k]?.normal === 'overall') return true;
  return tokens[afterQuote(tokens, last)]?.normal === 'overall';
}

/** "now rated", "has improved to", "Good in its latest inspection": the rating is the current one. */
function presentNear(tokens: readonly Token[], first: number, last: number, sentence: { first: number; last: number }, cues: DocumentCues): boolean {
  for (let k = first - 1; k >= Math.max(sentence.first, first - LOCAL); k--) {
    const normal = tokens[k]?.normal ?? '';
    if (cues.presentRating.includes(normal)) return true;
    if (cues.ratingStops.has(normal) || ratingAt(tokens, k)) break;
  }
  for (let k = last + 1; k < Math.min(sentence.last, last + LOCAL); k++) {
    const normal = tokens[k]?.normal ?? '';
    if (cues.presentRating.includes(normal)) return true;
    if (cues.ratingStops.has(normal) || normal === ',' || ratingAt(tokens, k)) break;
  }
  return false;
}

/**
 * An earlier rating: a past word close before it in the same clause ("previously Inadequate"), close
 * after it ("Inadequate at its last inspection", "Inadequate in 2021"), or "after rating it Inadequate".
 */
function pastNear(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: { first: number; last: number },
  cues: DocumentCues,
): boolean {
  for (let k = first - 1; k >= Math.max(sentence.first, first - LOCAL); k--) {
    const normal = tokens[k]?.normal ?? '';
    if (cues.ratingStops.has(normal) || normal === ',' || ratingAt(tokens, k)) break;
    if (cues.pastRating.includes(normal)) return true;
  }
  const verb = contextAt(tokens, first, sentence.first, cues);
  if (verb >= 0 && [tokens[verb - 1], tokens[verb - 2]].some((t) => cues.pastLead.includes(t?.normal ?? ''))) return true;
  for (let k = last + 1; k < Math.min(sentence.last, last + LOCAL); k++) {
    const token = tokens[k];
    if (!token || cues.ratingStops.has(token.normal) || (token.type === 'punctuation' && !QUOTES.has(token.value) && token.value !== '(')) break;
    if (cues.pastRating.includes(token.normal) || isPastYear(token, tokens)) return true;
  }
  return false;
}

/** A year before the latest one the text states: "Inadequate in 2021" in a 2025 report, not "rated Good ... in 2025". */
function isPastYear(token: Token, tokens: readonly Token[]): boolean {
  return isYear(token) && Number(token.value) < latestYear(tokens);
}

function isYear(token: Token): boolean {
  return token.type === 'number' && /^(?:19|20)\d\d$/.test(token.value);
}

const latestYears = new WeakMap<readonly Token[], number>();

/** The latest year the text mentions, computed once per document. */
function latestYear(tokens: readonly Token[]): number {
  let latest = latestYears.get(tokens);
  if (latest === undefined) {
    latest = 0;
    for (const t of tokens) if (isYear(t)) latest = Math.max(latest, Number(t.value));
    latestYears.set(tokens, latest);
  }
  return latest;
}

/** "rated 'Outstanding' for partnerships and services", "nine out of 12 aspects ... 'Outstanding'", "'Outstanding' in four categories". */
function aspectOf(
  doc: ParsedDoc,
  first: number,
  last: number,
  sentence: { first: number; last: number },
  cues: DocumentCues,
): string | undefined {
  const tokens = doc.tokens;
  if (overall(tokens, first, last, sentence)) return undefined;
  let k = last + 1;
  while (k < sentence.last && (QUOTES.has(tokens[k]?.value ?? '') || tokens[k]?.type === 'punctuation') && k - last < 4) k++;
  const link = tokens[k]?.normal;
  if ((link === 'for' || link === 'in') && k + 1 < sentence.last) {
    let end = k + 1;
    while (end + 1 < sentence.last && end - k < 8 && tokens[end + 1]?.type === 'word') end++;
    while (end > k + 1 && cues.aspectTrailing.has(tokens[end]?.normal ?? '')) end--;
    const phrase = tokens.slice(k + 1, end + 1);
    if (link === 'in' && !phrase.some((w) => cues.aspectWords.has(w.normal))) return undefined;
    return doc.text.slice(tokens[k + 1]?.start ?? 0, tokens[end]?.end ?? 0);
  }
  for (let j = sentence.first; j < first; j++) {
    if (tokens[j]?.normal === 'out' && tokens[j + 1]?.normal === 'of' && cues.aspectWords.has(tokens[j + 3]?.normal ?? '')) {
      return doc.text.slice(tokens[j - 1]?.start ?? 0, tokens[j + 3]?.end ?? 0);
    }
  }
  return undefined;
}
