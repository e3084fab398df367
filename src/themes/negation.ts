import { z } from 'zod';
import negationData from '../../lexicons/negation.json';
import { parseLexicon } from '../lexicons.js';
import type { Token } from '../nlp/parsed.js';

const words = z.array(z.string().regex(/^[a-z]+$/, 'a lower-case word')).min(1);

/** `lexicons/negation.json`: the words that deny a theme mention, and those that make the denial an avoidance. */
export const negationFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Words that deny what follows them within a few tokens ("no plan", "without a plan", "lack of"). */
  negators: words,
  /** Between a negator and a cue, these say the cue is what was avoided, not a practice denied ("without resorting to exclusion"). */
  avoidance: words,
});

/** The negation words compiled for look-up. */
export interface NegationWords {
  readonly negators: ReadonlySet<string>;
  readonly avoidance: ReadonlySet<string>;
}

let bundled: NegationWords | undefined;

/** The bundled negation words, validated once per process on first use. */
export function bundledNegation(): NegationWords {
  if (bundled) return bundled;
  const file = parseLexicon(negationFileSchema, negationData, 'lexicons/negation.json');
  bundled = { negators: new Set(file.negators), avoidance: new Set(file.avoidance) };
  return bundled;
}

const REACH = 4;
const AVOIDANCE_REACH = 8;

/**
 * True when the match at tokens `[first, last)` is denied: wink places it in a negation's scope, or a
 * negating word stands at most four tokens before it in the same sentence. A negation that only
 * says the outcome was avoided ("without resorting to exclusion", "no need for custody") denies nothing.
 */
export function isNegated(tokens: readonly Token[], first: number, last: number, words: NegationWords): boolean {
  return deniedNear(tokens, first, last, words) && !isAvoided(tokens, first, words);
}

function deniedNear(tokens: readonly Token[], first: number, last: number, words: NegationWords): boolean {
  for (let i = first; i < last; i++) if (tokens[i]?.negated) return true;
  const sentence = tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && first - i <= REACH; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) break;
    if (words.negators.has(t.normal)) return true;
    if (t.value === ',' || t.value === ';') break;
  }
  return false;
}

/** True when an avoidance word stands between the cue and the negator before it ("without the need for"). */
function isAvoided(tokens: readonly Token[], first: number, words: NegationWords): boolean {
  const sentence = tokens[first]?.sentence;
  let avoided = false;
  for (let i = first - 1; i >= 0 && first - i <= AVOIDANCE_REACH; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence || t.value === ',' || t.value === ';') return false;
    if (words.negators.has(t.normal) || t.normal === "n't") return avoided;
    if (words.avoidance.has(t.normal) || words.avoidance.has(t.lemma)) avoided = true;
  }
  return false;
}
