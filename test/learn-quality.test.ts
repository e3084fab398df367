import { describe, expect, it } from 'vitest';
import { createAnalyzer, learnLexicon, themes } from '../src/index.js';
import { loadGold } from '../src/cli/evaluate/gold.js';
import { scoreCases } from '../src/cli/evaluate/score.js';
// @ts-expect-error: a plain .mjs module shared with scripts/eval-learn.mjs
import { IN_REPO, sharedPair } from '../scripts/learn-sets.mjs';

interface Pair {
  name: string;
  train: string[];
  apply: string[];
}

/** Learns from `train`'s gold documents and scores the learned lexicon alone on `apply`, as `evaluate` scores. */
function learnAndApply(pair: Pair) {
  const examples = pair.train.flatMap(loadGold).map(({ gold, text }) => ({
    id: gold.id,
    text,
    themes: gold.themes ?? {},
    optional: gold.optional ?? [],
  }));
  const { lexicon } = learnLexicon(examples);
  const analyzer = createAnalyzer({ themes: lexicon, builtInThemes: false });
  const cases = pair.apply.flatMap(loadGold).map((c) => ({ ...c, summary: analyzer.analyze(c.text) }));
  return scoreCases(
    cases,
    themes.map((t) => t.id),
  ).themes;
}

// ../shared may be missing in a clone: then the in-repo pair stands in, so the check always runs
const pairs: Pair[] = [(sharedPair() as Pair | null) ?? IN_REPO, IN_REPO].filter((p, i, all) => all.indexOf(p) === i);

describe('a learned lexicon alone, on documents it did not learn from', () => {
  it.each(pairs.map((p) => [p.name, p] as const))(
    '%s: micro-F1 ≥ 0.55 with precision ≥ 0.7',
    (name, pair) => {
      const { p, r, f } = learnAndApply(pair);
      console.info(`learn quality, ${name}: micro-F1 ${f.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`);
      expect(f).toBeGreaterThanOrEqual(0.55);
      expect(p).toBeGreaterThanOrEqual(0.7);
    },
    60_000,
  );
});
