import type { ParsedDoc, Token } from '../nlp/parsed.js';
import type { DocumentFacts, Rating } from './schema.js';
import type { DocumentCues } from './lexicon.js';

type Aspect = NonNullable<DocumentFacts['aspects']>[number];

/** A rating word read as a rating, with how strongly it looks like the service's overall one. */
interface Candidate {
  readonly rating: Rating;
  readonly first: number;
  readonly last: number;
  readonly score: number;
  readonly aspect: string | undefined;
}

const TRAILING = new Set(['and', 'or', 'the', 'but', 'with']);
const QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
const SIMPLE: Readonly<Record<string, Rating>> = { outstanding: 'outstanding', good: 'good', inadequate: 'inadequate' };
const ASPECT_WORDS = new Set(['aspects', 'standards', 'areas', 'categories', 'domains', 'elements', 'aspect', 'standard', 'category']);

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
      out.push({ ...f, score: score(tokens, f.first, f.last, sentence, cues), aspect: aspectOf(doc, f.first, f.last, sentence) });
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

/** Quoted, capitalised mid-sentence, or right after "rated"/"rating of": not an everyday "good". */
function looksLikeRating(tokens: readonly Token[], first: number, last: number, sentenceFirst: number, cues: DocumentCues): boolean {
  if (QUOTES.has(tokens[first - 1]?.value ?? '') || QUOTES.has(tokens[last + 1]?.value ?? '')) return true;
  const value = tokens[first]?.value ?? '';
  if (first > sentenceFirst && value.charAt(0) !== value.charAt(0).toLowerCase()) return true;
  return nearRatingWord(tokens, first, last, sentenceFirst, cues);
}

function nearRatingWord(tokens: readonly Token[], first: number, last: number, sentenceFirst: number, cues: DocumentCues): boolean {
  for (let k = Math.max(sentenceFirst, first - 4); k < first; k++) {
    if (cues.ratingContext.includes(tokens[k]?.normal ?? '')) return true;
  }
  const after = tokens[last + 1]?.normal === "'" || QUOTES.has(tokens[last + 1]?.value ?? '') ? last + 2 : last + 1;
  return tokens[after]?.normal === 'rating';
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
  const words = tokens.slice(sentence.first, sentence.last);
  if (words.some((w, k) => w.normal === 'overall' && sentence.first + k < first)) s += 2;
  const prev = tokens[first - (QUOTES.has(tokens[first - 1]?.value ?? '') ? 2 : 1)]?.normal;
  if (prev === 'from') return s - 4;
  if (prev === 'to') s += 1;
  else if (words.some((w) => cues.pastRating.includes(w.normal))) s -= 3;
  else if (words.some(isPastYear)) s -= 1;
  return s;
}

function isPastYear(token: Token): boolean {
  return token.type === 'number' && /^(?:19|20)\d\d$/.test(token.value);
}

/** "rated 'Outstanding' for partnerships and services", "nine out of 12 aspects ... 'Outstanding'", "'Outstanding' in four categories". */
function aspectOf(doc: ParsedDoc, first: number, last: number, sentence: { first: number; last: number }): string | undefined {
  const tokens = doc.tokens;
  for (let j = sentence.first; j < first; j++) if (tokens[j]?.normal === 'overall') return undefined;
  let k = last + 1;
  while (k < sentence.last && (QUOTES.has(tokens[k]?.value ?? '') || tokens[k]?.type === 'punctuation') && k - last < 4) k++;
  const link = tokens[k]?.normal;
  if ((link === 'for' || link === 'in') && k + 1 < sentence.last) {
    let end = k + 1;
    while (end + 1 < sentence.last && end - k < 8 && tokens[end + 1]?.type === 'word') end++;
    while (end > k + 1 && TRAILING.has(tokens[end]?.normal ?? '')) end--;
    const phrase = tokens.slice(k + 1, end + 1);
    if (link === 'in' && !phrase.some((w) => ASPECT_WORDS.has(w.normal))) return undefined;
    return doc.text.slice(tokens[k + 1]?.start ?? 0, tokens[end]?.end ?? 0);
  }
  for (let j = sentence.first; j < first; j++) {
    if (tokens[j]?.normal === 'out' && tokens[j + 1]?.normal === 'of' && ASPECT_WORDS.has(tokens[j + 3]?.normal ?? '')) {
      return doc.text.slice(tokens[j - 1]?.start ?? 0, tokens[j + 3]?.end ?? 0);
    }
  }
  return undefined;
}
