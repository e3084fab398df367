import type { Token } from '../nlp/parsed.js';

/** Words that deny what follows them within a few tokens ("no plan", "without a plan", "lack of"). */
const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'without',
  'lack',
  'lacked',
  'lacking',
  'lacks',
  'absence',
  'absent',
  'neither',
  'nor',
  'none',
  'insufficient',
  'inadequate',
  'failed',
  'unable',
]);
const REACH = 4;
/** Between a negator and a cue, these say the cue is what was avoided, not a practice denied ("without resorting to exclusion"). */
const AVOIDANCE = new Set([
  'resort',
  'resorting',
  'recourse',
  'need',
  'needing',
  'require',
  'requiring',
  'escalate',
  'escalating',
  'escalation',
  'criminalize',
  'criminalizing',
]);
const AVOIDANCE_REACH = 8;

/**
 * True when the match at tokens `[first, last)` is denied: wink places it in a negation's scope, or a
 * negating word stands at most four tokens before it in the same sentence. A negation that only
 * says the outcome was avoided ("without resorting to exclusion", "no need for custody") denies nothing.
 */
export function isNegated(tokens: readonly Token[], first: number, last: number): boolean {
  return deniedNear(tokens, first, last) && !isAvoided(tokens, first);
}

function deniedNear(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i]?.negated) return true;
  const sentence = tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && first - i <= REACH; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) break;
    if (NEGATORS.has(t.normal)) return true;
    if (t.value === ',' || t.value === ';') break;
  }
  return false;
}

/** True when an avoidance word stands between the cue and the negator before it ("without the need for"). */
function isAvoided(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  let avoided = false;
  for (let i = first - 1; i >= 0 && first - i <= AVOIDANCE_REACH; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence || t.value === ',' || t.value === ';') return false;
    if (NEGATORS.has(t.normal) || t.normal === "n't") return avoided;
    if (AVOIDANCE.has(t.normal) || AVOIDANCE.has(t.lemma)) avoided = true;
  }
  return false;
}
