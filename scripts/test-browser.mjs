#!/usr/bin/env node
// `npm run test:browser`: the HTML report opened in a real headless Chromium (test/*.browser.test.ts).
// Finds the browser first (CHROME_PATH, else the PATH; see find-browser.mjs) and stops with a clear message
// when there is none, then builds (skipped with --no-build) and runs those tests with CHROME_PATH set.
// `node scripts/test-browser.mjs --which` only prints the browser it would use.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const found = findBrowser();
if ('error' in found) {
  process.stderr.write(`test:browser: ${found.error}\n`);
  process.exit(1);
}
if (args.includes('--which')) {
  process.stdout.write(`${found.path}\n`);
  process.exit(0);
}

const run = (command, commandArgs, env = process.env) => {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!args.includes('--no-build')) run('npm', ['run', '-s', 'build', '--', '--silent']);
run('npx', ['--no-install', 'vitest', 'run', '--config', 'vitest.browser.config.ts'], {
  ...process.env,
  CHROME_PATH: found.path,
});
