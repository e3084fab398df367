import type { ParsedDoc, Sentence, Token } from '../nlp/parsed.js';
import type { MetricCues } from './cues.js';

/** A number read from one or more tokens. */
export interface NumberRead {
  readonly value: number;
  /** Position after the number. */
  readonly next: number;
  /** Written in figures ("12") rather than words ("twelve"). */
  readonly digits: boolean;
}

/**
 * One sentence seen as a list of tokens, with hyphens glued on both sides dropped
 * ("seven-out-of-ten" reads as seven out of ten, "first-time" as first time).
 */
export interface Window {
  readonly text: string;
  readonly sentence: number;
  readonly tokens: readonly Token[];
  /** Lower-cased token values. */
  readonly words: readonly string[];
  /** Positions already used by a figure, so later finders skip them. */
  readonly claimed: Uint8Array;
  /** Kind bits of each position (see classify.ts). */
  readonly kinds: Uint8Array;
  /** Per-position memo of `readNumber` (undefined: not read yet). */
  readonly numbers: (NumberRead | null | undefined)[];
  /** Per-position memo of `isNotAFigure`: 0 not known, 1 a figure, 2 not a figure. */
  readonly labels: Uint8Array;
  /** Memo of `anchors` by kind bits. */
  readonly anchors: Map<number, number[]>;
  /** The analyzer's compiled metric word lists. */
  readonly cues: MetricCues;
}

const HYPHENS = new Set(['-', '‐', '‑']);

/** Builds the window of one sentence; `docKinds[i]` holds the kind bits of `doc.tokens[i]`; `cues` are the analyzer's. */
export function windowOf(doc: ParsedDoc, sentence: Sentence, docKinds: Uint8Array, cues: MetricCues): Window {
  const all = doc.tokens;
  const tokens: Token[] = [];
  const words: string[] = [];
  const kinds = new Uint8Array(sentence.last - sentence.first);
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = all[i];
    if (!t) continue;
    const prev = all[i - 1];
    const next = all[i + 1];
    const glued =
      HYPHENS.has(t.value) &&
      prev?.end === t.start &&
      next?.start === t.end &&
      i > sentence.first &&
      i + 1 < sentence.last;
    if (glued) continue;
    tokens.push(t);
    words.push(t.word.lower);
    kinds[tokens.length - 1] = docKinds[i] ?? 0;
  }
  return {
    text: doc.text,
    sentence: sentence.index,
    tokens,
    words,
    claimed: new Uint8Array(tokens.length),
    kinds: kinds.subarray(0, tokens.length),
    numbers: new Array<NumberRead | null | undefined>(tokens.length),
    labels: new Uint8Array(tokens.length),
    anchors: new Map(),
    cues,
  };
}

/** Positions whose kind has `bit`, in order. */
export function anchors(w: Window, bit: number): number[] {
  const known = w.anchors.get(bit);
  if (known) return known;
  const out: number[] = [];
  for (let p = 0; p < w.kinds.length; p++) if (((w.kinds[p] ?? 0) & bit) !== 0) out.push(p);
  w.anchors.set(bit, out);
  return out;
}

/** The lower-cased word at `p`, or '' past either end. */
export function wordAt(w: Window, p: number): string {
  return w.words[p] ?? '';
}

/** True when token `p` touches token `p + 1` with no space between. */
export function gluedToNext(w: Window, p: number): boolean {
  const a = w.tokens[p];
  const b = w.tokens[p + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The text from token `a` to token `b` inclusive. */
export function spanText(w: Window, a: number, b: number): { text: string; start: number; end: number } | null {
  const first = w.tokens[a];
  const last = w.tokens[b];
  if (!first || !last || b < a) return null;
  return { text: w.text.slice(first.start, last.end), start: first.start, end: last.end };
}

/** Marks positions `[a, b)` as used. */
export function claim(w: Window, a: number, b: number): void {
  for (let p = a; p < b && p < w.claimed.length; p++) w.claimed[p] = 1;
}

/** True when any position in `[a, b)` is used. */
export function isClaimed(w: Window, a: number, b: number): boolean {
  for (let p = a; p < b && p < w.claimed.length; p++) if (w.claimed[p] === 1) return true;
  return false;
}
