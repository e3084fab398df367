import type { Token } from '../nlp/parsed.js';
import { BASELINES, COMPARATIVES, COMPARATORS, TRIGGERS } from './cues.js';
import { MEASURE_WORDS } from './measure.js';
import { NUMBER_WORDS } from './numbers.js';
import { list } from './phrases.js';
import { TREND_WORDS } from './trend.js';
import { BASELINE, COMPARE, MEASURE, NUMBER, TREND, WITHIN } from './kinds.js';

const KINDS = new Map<string, number>();
function add(words: Iterable<string>, bit: number): void {
  for (const word of words) KINDS.set(word, (KINDS.get(word) ?? 0) | bit);
}
add(NUMBER_WORDS, NUMBER);
add(
  [
    ...TRIGGERS.firstWords(),
    ...COMPARATORS.firstWords(),
    ...COMPARATIVES.keys(),
    // superlatives, and inflections of first words written as lemmas ("compare")
    ...list('lowest|highest|smallest|largest|compared|compares|comparing|outperformed|outperforms'),
  ],
  COMPARE,
);
add(TREND_WORDS, TREND);
add([...MEASURE_WORDS, 'trend', 'trajectory'], MEASURE);
add(BASELINES.firstWords(), BASELINE);
add(list('in|within'), WITHIN);

const GLUED_AGE = /^(?:post|over|in)-\d/;

/** The kinds of the token, from its normal form and type: one map look-up per word. */
export function kindOf(t: Token): number {
  if (t.type === 'number') return NUMBER;
  let kind = KINDS.get(t.normal) ?? 0;
  const n = t.normal;
  if (n.startsWith('reoffend') || n.startsWith('re-offend')) kind |= MEASURE;
  else if (n.includes('-') && GLUED_AGE.test(n)) kind |= NUMBER;
  return kind;
}
