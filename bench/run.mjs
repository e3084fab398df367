// npm run bench: the core speed bench, the pipeline's stage targets, the adversarial inputs, then the CLI benches (speed, then hostile inputs).
// Each runs in its own process, so one's memory and JIT state never colour another's figures.
// CHILDFIRST_DIST=path/to/index.js points the benches at another build (default dist/index.js).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './timing.mjs';

const benches = ['core.mjs', 'stages.mjs', 'adversarial.mjs', 'memory.mjs', 'cli.mjs', 'hostile.mjs'];
let failed = false;
for (const name of benches) {
  const file = join(ROOT, 'bench', name);
  if (!existsSync(file)) continue;
  const { status } = spawnSync(process.execPath, [file], { stdio: 'inherit', env: process.env });
  if (status !== 0) {
    console.error(`bench: ${name} exited with ${status}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
