import { wink } from '../nlp/wink.js';

const NON_WORD = /[^\p{L}\p{N}]/gu;
const HAS_NON_WORD = /[^\p{L}\p{N}]/u;
const SEPARATOR = '\n\n';

/** A token's matching key: its letters and digits only ("co-located" → "colocated"). */
export function keyOf(form: string): string {
  return HAS_NON_WORD.test(form) ? form.replace(NON_WORD, '') : form;
}

/** A pattern ready for the trie: the keys it may be written as, and whether it ends in `*`. */
export interface CompiledPattern {
  readonly keys: readonly string[];
  readonly isPrefix: boolean;
}

/**
 * Turns patterns into trie keys with the same normalisation the text gets: wink's normal form
 * for every word (British → American, lower case), plus the lemma of the last word, so that
 * "resettlement plans" also matches "resettlement plan". All patterns go through one readDoc call.
 */
export function compilePatterns(patterns: readonly string[], caseSensitive: boolean): CompiledPattern[] {
  const cleaned = patterns.map((p) => p.trim().replace(/\*$/, ''));
  if (caseSensitive) {
    return patterns.map((p, i) => ({ keys: [keyOf(cleaned[i] ?? '')], isPrefix: p.trim().endsWith('*') }));
  }
  const nlp = wink();
  const its = nlp.its;
  const joined = cleaned.join(SEPARATOR);
  const doc = nlp.readDoc(joined);
  const values = doc.tokens().out() as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.normal) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];

  const words: { normal: string; lemma: string }[][] = cleaned.map(() => []);
  let offset = 0;
  let pattern = 0;
  let patternEnd = cleaned[0]?.length ?? 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    while (offset >= patternEnd && pattern < cleaned.length - 1) {
      pattern++;
      patternEnd += SEPARATOR.length + (cleaned[pattern]?.length ?? 0);
    }
    const normal = keyOf(normals[i] ?? '');
    if (normal !== '') words[pattern]?.push({ normal, lemma: keyOf(lemmas[i] ?? '') });
    offset += (values[i] ?? '').length;
  }
  return words.map((ws, i) => ({ keys: keysOf(ws), isPrefix: patterns[i]?.trim().endsWith('*') ?? false }));
}

function keysOf(words: readonly { normal: string; lemma: string }[]): string[] {
  const head = words
    .slice(0, -1)
    .map((w) => w.normal)
    .join('');
  const last = words[words.length - 1];
  if (!last) return [];
  const keys = new Set([head + last.normal]);
  if (last.lemma !== '') keys.add(head + last.lemma);
  return [...keys];
}
