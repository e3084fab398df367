import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from './cli-helpers.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** A copy of scripts/shared-eval.mjs in a checkout of its own under a fresh folder, with `files` beside it. */
function checkout(files: Readonly<Record<string, string>>): { script: string; root: string } {
  const parent = tempDir('childfirst-clone-');
  writeFiles(parent, { 'clone/scripts/.keep': '', ...files });
  const script = join(parent, 'clone/scripts/shared-eval.mjs');
  copyFileSync('scripts/shared-eval.mjs', script);
  return { script, root: join(parent, 'clone') };
}

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd: tempDir() });

describe('package.json scripts work in any clone', () => {
  it.each(Object.entries(pkg.scripts))('%s runs only files inside the repository', (_name, command) => {
    const files = [...command.matchAll(/\bnode (\S+\.m?js)\b/g)].map((m) => m[1] ?? '');
    for (const file of files) {
      expect(file).not.toMatch(/^\.\.\//);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('eval:seeds and eval:dev say clearly when ../shared is missing', () => {
    const { script } = checkout({ 'clone/dist/index.js': '' });
    const result = run(script, 'seeds');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/expected the shared scorer at .*shared.eval.score\.mjs, found nothing/);
    expect(result.stderr).toMatch(/npx childfirst evaluate --gold DIR/);
  });

  it('refuses an unknown gold set, naming the two it knows', () => {
    const result = run(checkout({}).script, 'holdout');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/expected a gold set, "seeds" or "dev", got "holdout"/);
  });

  it.each(['seeds', 'dev'])('passes %s, the project folder and further options to the shared scorer', (set) => {
    const echo = 'console.log(JSON.stringify(process.argv.slice(2))); process.exitCode = 3;';
    const { script, root } = checkout({ 'shared/eval/score.mjs': echo, 'clone/dist/index.js': '' });
    const result = run(script, set, '--json');
    expect(result.status).toBe(3);
    const args = JSON.parse(result.stdout) as string[];
    expect(args).toEqual(['--gold', join(root, '..', 'shared', 'eval', set), '--project', `${root}/`, '--json']);
  });
});
