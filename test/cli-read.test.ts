import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capJobs } from '../src/cli/batch.js';
import { readRegularFile } from '../src/cli/worker/read.js';
import { runTask } from '../src/cli/worker/task.js';
import { tempDir } from './cli-helpers.js';

const dir = tempDir('childfirst-read-');
execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
symlinkSync(join(dir, 'pipe.txt'), join(dir, 'pipe-link.txt'));
symlinkSync('/dev/zero', join(dir, 'zero.txt'));
writeFileSync(join(dir, 'plain.txt'), 'Plain text.');

const codeOf = (result: ReturnType<typeof readRegularFile>): string => ('error' in result ? result.error.code : 'ok');

describe('readRegularFile', () => {
  // Before, a FIFO blocked the worker forever and /dev/zero filled memory: these would time out or crash.
  it.each([
    ['a FIFO', 'pipe.txt', 'not-a-file', /FIFO/],
    ['a link to a FIFO', 'pipe-link.txt', 'not-a-file', /FIFO/],
    ['a link to /dev/zero', 'zero.txt', 'not-a-file', /device/],
    ['a folder', '.', 'not-a-file', /directory/],
    ['a missing file', 'missing.txt', 'unreadable', /ENOENT/],
  ])('refuses %s without reading it', (_name, file, code, message) => {
    const result = readRegularFile(join(dir, file), 1000);
    expect(codeOf(result)).toBe(code);
    expect('error' in result && result.error.message).toMatch(message);
  });

  it('stops at --max-bytes even when the file reports a smaller size (/proc files report 0)', () => {
    const result = readRegularFile('/proc/self/status', 10);
    expect('error' in result && result.error).toEqual({
      code: 'too-large',
      message: 'the file has at least 11 bytes, over --max-bytes 10',
    });
    expect(codeOf(readRegularFile('/proc/self/status', 1_000_000))).toBe('ok');
  });

  it('reads a regular file, by a raw byte path too', () => {
    expect(readRegularFile(join(dir, 'plain.txt'), 100)).toEqual({ bytes: Buffer.from('Plain text.') });
    expect(readRegularFile(Buffer.from(join(dir, 'plain.txt')), 100)).toEqual({ bytes: Buffer.from('Plain text.') });
  });

  it('says truthfully why a name with U+FFFD is not found: it was probably not UTF-8', () => {
    const result = readRegularFile(join(dir, 'caf\uFFFD.txt'), 100);
    expect('error' in result && result.error.message).toMatch(/not valid UTF-8 .* name the folder that holds it/);
  });
});

describe('runTask', () => {
  it('names --max-bytes, not the library option maxLength, when the text is too long', async () => {
    const bytes = new TextEncoder().encode('Restorative justice. '.repeat(10));
    const task = { index: 0, id: '-', input: { kind: 'bytes' as const, bytes } };
    const result = await runTask(task, { mode: 'jsonl', maxBytes: 50, encoding: 'utf-8' });
    expect(result.error).toEqual({
      code: 'input-too-large',
      message: 'the text has 210 characters, over --max-bytes 50; raise --max-bytes to read it',
    });
  });
});

describe('capJobs', () => {
  it.each([
    [256, 2, 2],
    [2, 2, 2],
    [1, 8, 1],
    [4, 0, 1],
  ])('--jobs %i on %i cores runs %i workers', (requested, cores, jobs) => {
    expect(capJobs(requested, cores)).toBe(jobs);
  });
});
