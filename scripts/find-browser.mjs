// Finds a Chromium or Chrome executable for the real-browser checks (`npm run test:browser`, the README
// screenshot): CHROME_PATH when set, else the first of the usual names on the PATH. Never downloads one.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const HINT =
  'Set CHROME_PATH to a Chromium or Chrome executable, or put one on the PATH (Debian and Ubuntu: `apt-get install chromium`).';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to use, as `{ path }`, or `{ error }` saying what was expected and what was found.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ path: string } | { error: string }}
 */
export function findBrowser(env = process.env) {
  const chosen = env['CHROME_PATH'];
  if (chosen) {
    return executable(chosen)
      ? { path: chosen }
      : { error: `CHROME_PATH is set to ${chosen}, which is not an executable file. ${HINT}` };
  }
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      for (const suffix of suffixes) {
        const path = join(dir, name + suffix);
        if (executable(path)) return { path };
      }
    }
  }
  return { error: `no browser found: CHROME_PATH is not set and none of ${NAMES.join(', ')} is on the PATH. ${HINT}` };
}
