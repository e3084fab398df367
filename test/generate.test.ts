import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url));
const readme = fileURLToPath(new URL('../README.md', import.meta.url));
const bundled = fileURLToPath(new URL('../src/themes/bundled.ts', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

/** Copies of README.md and bundled.ts in a scratch folder, the one named spoiled by `spoil`. */
function copies(spoil: 'readme' | 'bundled', how: (text: string) => string): { readme: string; bundled: string } {
  const dir = mkdtempSync(join(tmpdir(), 'childfirst-generate-'));
  const out = { readme: join(dir, 'README.md'), bundled: join(dir, 'bundled.ts') };
  const texts = { readme: readFileSync(readme, 'utf8'), bundled: readFileSync(bundled, 'utf8') };
  for (const key of ['readme', 'bundled'] as const) {
    writeFileSync(out[key], key === spoil ? how(texts[key]) : texts[key]);
  }
  return out;
}

const STALE: readonly (readonly [string, 'readme' | 'bundled', (text: string) => string, RegExp])[] = [
  [
    'the README themes section emptied',
    'readme',
    (t) =>
      t.replace(
        /<!-- section:themes -->[\s\S]*<!-- \/section:themes -->/,
        '<!-- section:themes -->\n<!-- /section:themes -->',
      ),
    /README\.md is stale/,
  ],
  [
    'the README lexicon files table emptied',
    'readme',
    (t) => t.replace(/(<!-- section:lexicon-files -->)[\s\S]*(<!-- \/section:lexicon-files -->)/, '$1\n$2'),
    /README\.md is stale/,
  ],
  ['a theme dropped from bundled.ts', 'bundled', (t) => t.replace(/^ {2}'ete',\n/m, ''), /bundled\.ts is stale/],
  ['bundled.ts edited by hand', 'bundled', (t) => `${t}// a note\n`, /bundled\.ts is stale/],
];

describe('scripts/generate.mjs', () => {
  it('finds README.md and src/themes/bundled.ts up to date with lexicons/ (run npm run generate when this fails)', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(STALE)('reports %s as stale, then regenerates it', (_, spoil, how, message) => {
    const paths = copies(spoil, how);
    const stale = run('--check', '--readme', paths.readme, '--bundled', paths.bundled);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(message);
    expect(run('--readme', paths.readme, '--bundled', paths.bundled).status).toBe(0);
    expect(readFileSync(paths.readme, 'utf8')).toBe(readFileSync(readme, 'utf8'));
    expect(readFileSync(paths.bundled, 'utf8')).toBe(readFileSync(bundled, 'utf8'));
  });

  it('keeps THEME_IDS in the order of lexicons/taxonomy.json', async () => {
    const { THEME_IDS } = await import('../src/themes/bundled.js');
    const { order } = JSON.parse(readFileSync(new URL('../lexicons/taxonomy.json', import.meta.url), 'utf8')) as {
      order: string[];
    };
    expect([...THEME_IDS]).toEqual(order);
  });
});
