#!/usr/bin/env node
// `npm run eval:seeds` / `npm run eval:dev`: runs the maintainers' scorer, ../shared/eval/score.mjs, which
// lives beside this checkout and is not part of the repository, on the built package. Usage:
//   node scripts/shared-eval.mjs <seeds|dev> [scorer options, e.g. --json]
// In a clone without ../shared it says so and exits 1; `npx childfirst evaluate --gold DIR` scores any gold
// folder of your own without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared', 'eval');
const scorer = join(shared, 'score.mjs');
const [set, ...rest] = process.argv.slice(2);

const fail = (message) => {
  process.stderr.write(`shared-eval: ${message}\n`);
  process.exit(1);
};

if (set !== 'seeds' && set !== 'dev') fail(`expected a gold set, "seeds" or "dev", got ${JSON.stringify(set ?? '')}`);
if (!existsSync(scorer)) {
  fail(
    `expected the shared scorer at ${scorer}, found nothing: it is kept beside the maintainers' checkout, not in ` +
      'this repository. Score your own hand coding with `npx childfirst evaluate --gold DIR` instead.',
  );
}
if (!existsSync(join(root, 'dist', 'index.js')))
  fail('expected a built package in dist/, found none: run `npm run build` first');
const args = [scorer, '--gold', join(shared, set), '--project', root, ...rest];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
