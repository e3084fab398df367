// The gold sets the learner's quality check uses: the shared dev → seeds when ../shared sits beside this
// checkout, and always one in-repo cross-set (eval/holdout to holdout9 → holdout10 and holdout11).
// Shared by test/learn-quality.test.ts and scripts/eval-learn.mjs; texts are read at run time, never copied.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/eval');

/** The in-repo pair: learn from the first nine holdout sets, apply to the last two. */
export const IN_REPO = {
  name: 'in-repo eval/holdout..holdout9 → holdout10+11',
  train: ['holdout', ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `holdout${n}`)].map((d) => join(root, 'eval', d)),
  apply: ['holdout10', 'holdout11'].map((d) => join(root, 'eval', d)),
};

/** The shared pair (33 dev documents → 5 seeds), or null when ../shared is missing. */
export function sharedPair() {
  const dev = join(shared, 'dev');
  const seeds = join(shared, 'seeds');
  if (!existsSync(join(dev, 'gold.json')) || !existsSync(join(seeds, 'gold.json'))) return null;
  return { name: 'shared dev (33) → seeds (5)', train: [dev], apply: [seeds] };
}
