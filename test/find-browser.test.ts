import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './cli-helpers.js';

// `npm run test:browser` finds its browser without downloading one; these run it with `--which` on fake ones.
const fakeBrowser = (dir: string, name: string): string => {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
};

const which = (env: Record<string, string>) => {
  const inherited = { ...process.env };
  delete inherited['CHROME_PATH'];
  return spawnSync(process.execPath, ['scripts/test-browser.mjs', '--which'], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
};

describe('test:browser finds its browser', () => {
  it.each(['chromium', 'chromium-browser', 'google-chrome'])('on the PATH as %s', (name) => {
    const dir = tempDir();
    const path = fakeBrowser(dir, name);
    expect(which({ PATH: `${tempDir()}:${dir}` })).toMatchObject({ status: 0, stdout: `${path}\n`, stderr: '' });
  });

  it('through CHROME_PATH first', () => {
    const chosen = fakeBrowser(tempDir(), 'my-chrome');
    const onPath = tempDir();
    fakeBrowser(onPath, 'chromium');
    expect(which({ CHROME_PATH: chosen, PATH: onPath })).toMatchObject({ status: 0, stdout: `${chosen}\n` });
  });

  it.each([
    ['none is on the PATH', {}, /no browser found: CHROME_PATH is not set and none of chromium, .* is on the PATH/],
    [
      'CHROME_PATH names no file',
      { CHROME_PATH: '/no/such/chrome' },
      /CHROME_PATH is set to \/no\/such\/chrome, which is not an executable file/,
    ],
  ])('says what to do when %s', (_name, env: Record<string, string>, message) => {
    const result = which({ PATH: tempDir(), ...env });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Set CHROME_PATH to a Chromium or Chrome executable, or put one on the PATH/);
  });
});
