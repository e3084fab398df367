import { cueSchema } from '../themes/lexicon.js';
import type { CueStat } from './train.js';
import { compilePatterns } from './words.js';

/** A learned cue: its pattern and its figures on the examples. */
export interface LearnedCue {
  readonly stat: CueStat;
  readonly pattern: string;
}

/**
 * Writes each cue as its most frequent surface form in the positive examples (lower case), falling back to its
 * word keys, and keeps only patterns that compile back to the n-gram's keys and pass the lexicon schema.
 */
export function writePatterns(
  stats: readonly CueStat[],
  surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>,
): LearnedCue[] {
  const first = stats.map((s) => mostFrequent(surfaces.get(s.key)) ?? s.key);
  const fallback = stats.map((s) => s.key);
  const firstKeys = compiledKeys(first);
  const fallbackKeys = compiledKeys(fallback);
  const out: LearnedCue[] = [];
  stats.forEach((stat, i) => {
    const want = stat.key.replace(/ /g, '');
    const pattern = firstKeys[i] === want ? first[i] : fallbackKeys[i] === want ? fallback[i] : undefined;
    if (pattern !== undefined) out.push({ stat, pattern });
  });
  return out;
}

/** The trie key of each pattern, or undefined for a pattern the lexicon schema rejects. */
function compiledKeys(patterns: readonly string[]): (string | undefined)[] {
  if (patterns.length === 0) return [];
  const valid = patterns.map((p) => cueSchema.shape.patterns.element.safeParse(p).success);
  const compiled = compilePatterns(
    patterns.filter((_, i) => valid[i]),
    false,
  );
  let k = 0;
  return patterns.map((_, i) => (valid[i] ? compiled[k++]?.key : undefined));
}

function mostFrequent(forms: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [form, n] of forms ?? []) {
    if (n > count || (n === count && best !== undefined && form < best)) [best, count] = [form, n];
  }
  return best;
}

/** A kebab-case cue id from a pattern, unique among `taken`. */
export function cueId(pattern: string, taken: Set<string>): string {
  const base =
    pattern
      .toLowerCase()
      .normalize('NFKD')
      .split(/[^a-z0-9]/)
      .filter(Boolean)
      .join('-') || 'cue';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
