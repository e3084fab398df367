import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README is for users, in the order they read it; CONTRIBUTING.md holds what only developers need.
const readme = readFileSync('README.md', 'utf8');
const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');

describe('README', () => {
  it('runs in the order users read it', () => {
    const order = [
      'Install',
      'Quick start',
      'A five-minute tour',
      'Command line',
      'API reference',
      'Guarantees',
      'Performance',
    ].map((name) => headings.indexOf(name));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(readme.indexOf('## Install')).toBeLessThan(readme.indexOf('```'));
  });

  it('keeps the Quick start to its two commands', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## A five-minute tour'));
    const block = /```sh\n([\s\S]*?)```/.exec(quick)?.[1] ?? '';
    const commands = block
      .trim()
      .split('\n')
      .map((l) => (l.split(' #')[0] ?? '').trimEnd());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('shows the tour output the built CLI gives (node scripts/readme-tour.mjs regenerates it)', () => {
    const result = spawnSync(process.execPath, ['scripts/readme-tour.mjs', '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readme).toMatch(/!\[[^\]]+\]\(docs\/report\.png\)/);
  });

  it.each(['CHILDFIRST_TEST_CRASH_ON', 'CHILDFIRST_TEST_HEAP_MB', 'What was tuned', 'dev-build.sh', '## Development'])(
    'leaves %s to CONTRIBUTING.md',
    (text) => {
      expect(readme).not.toContain(text);
      expect(contributing).toContain(text.replace('## Development', '## Commands'));
    },
  );
});
