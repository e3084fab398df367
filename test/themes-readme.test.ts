import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/generate-theme-table.mjs', import.meta.url));
const readme = fileURLToPath(new URL('../README.md', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('README theme table', () => {
  it('is up to date with lexicons/themes (run scripts/generate-theme-table.mjs when this fails)', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is reported stale, and regenerated, when it differs from the lexicons', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'childfirst-readme-')), 'README.md');
    const text = readFileSync(readme, 'utf8');
    writeFileSync(
      copy,
      text.replace(
        /<!-- section:themes -->[\s\S]*<!-- \/section:themes -->/,
        '<!-- section:themes -->\n<!-- /section:themes -->',
      ),
    );
    const stale = run('--check', '--readme', copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/themes section is stale/);
    expect(run('--readme', copy).status).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(text);
  });
});
