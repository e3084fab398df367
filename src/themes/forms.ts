import { wink } from '../nlp/wink.js';
import { keyOf } from '../nlp/words.js';

const SEPARATOR = '\n\n';

/** A pattern ready for the trie: the key it is written as, and whether it ends in `*`. */
export interface CompiledPattern {
  readonly key: string;
  readonly isPrefix: boolean;
}

/**
 * Turns patterns into trie keys with the same normalisation the text gets: wink's normal form of
 * every word (British → American, lower case), letters and digits only, "&" read as "and". The
 * text side also tries each token's lemma, so a pattern's base form matches its inflections. All
 * patterns go through one readDoc call. Case-sensitive patterns keep their letters as written.
 */
export function compilePatterns(patterns: readonly string[], caseSensitive: boolean): CompiledPattern[] {
  const cleaned = patterns.map((p) => p.trim().replace(/\*$/, ''));
  const isPrefix = patterns.map((p) => p.trim().endsWith('*'));
  if (caseSensitive) {
    return cleaned.map((p, i) => ({ key: keyOf(p.replace(/&/g, 'and')), isPrefix: isPrefix[i] ?? false }));
  }
  const joined = cleaned.join(SEPARATOR);
  const nlp = wink(joined.length);
  const its = nlp.its;
  const doc = nlp.readDoc(joined);
  const values = doc.tokens().out() as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];

  const keys: string[] = cleaned.map(() => '');
  let offset = 0;
  let pattern = 0;
  let patternEnd = cleaned[0]?.length ?? 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    while (offset >= patternEnd && pattern < cleaned.length - 1) {
      pattern++;
      patternEnd += SEPARATOR.length + (cleaned[pattern]?.length ?? 0);
    }
    const value = values[i] ?? '';
    keys[pattern] += keyOf(value === '&' ? value : (normals[i] ?? ''));
    offset += value.length;
  }
  return keys.map((key, i) => ({ key, isPrefix: isPrefix[i] ?? false }));
}
