import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir, writeFiles } from './cli-helpers.js';

const dir = tempDir();
writeFiles(dir, { 'gold/one.txt': 'The Harwick service runs a restorative justice panel.', 'readonly.txt': '' });
writeFileSync(join(dir, 'gold/gold.json'), JSON.stringify({ docs: [{ id: 'one', kind: 'other' }] }));

/** Runs the CLI with stdout on a descriptor that refuses writes; returns exit code and stderr. */
function runToFailingStdout(args: readonly string[], target: string): Promise<{ code: number | null; stderr: string }> {
  const fd = openSync(target, target === '/dev/full' ? 'w' : 'r');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    const err: Buffer[] = [];
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

// /dev/full (ENOSPC, the case users meet) where the system has one, else a file opened read-only (EBADF)
const TARGET = existsSync('/dev/full') ? '/dev/full' : join(dir, 'readonly.txt');
const GOLD = join(dir, 'gold');
const COMMANDS: readonly (readonly [string, readonly string[]])[] = [
  ['schema', ['schema']],
  ['schema record', ['schema', 'record']],
  ['evaluate', ['evaluate', '--gold', GOLD]],
  ['evaluate --json', ['evaluate', '--gold', GOLD, '--json']],
];

describe('a stdout that fails', () => {
  it.each(COMMANDS)(`%s to ${TARGET}: one line on stderr, exit 1`, async (_name, args) => {
    const run = await runToFailingStdout(args, TARGET);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^childfirst: expected to write the output to stdout, got E[A-Z]+: [^\n]*\n$/);
    expect(run.stderr).not.toMatch(/Unhandled|at /);
  });

  it('a read-only descriptor as stdout is refused the same way', async () => {
    const run = await runToFailingStdout(['schema'], join(dir, 'readonly.txt'));
    expect(run).toEqual({
      code: 1,
      stderr: expect.stringMatching(/^childfirst: expected to write the output to stdout, got EBADF: [^\n]*\n$/),
    });
  });
});
