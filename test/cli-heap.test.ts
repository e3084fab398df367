import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pooledLimits, typicalInputBytes } from '../src/cli/pool/heap.js';
import type { Task, TaskResult } from '../src/cli/pool/protocol.js';
import { tempDir, writeFiles } from './cli-helpers.js';

const fileTask = (index: number, path: string): Task => ({ index, id: path, input: { kind: 'file', path } });

describe('pooledLimits', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['small files', 600, 16],
    ['just under the threshold', 15_999, 16],
    ['report-sized files', 16_000, 32],
    ['long reports', 400_000, 32],
    ['no readable file', 0, 16],
  ])('sizes the young generation for %s', (_name, bytes, young) => {
    expect(pooledLimits(bytes)).toEqual({ maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: young });
  });

  it('lets the test hook lower the old generation only', () => {
    vi.stubEnv('CHILDFIRST_TEST_HEAP_MB', '64');
    expect(pooledLimits(50_000)).toEqual({ maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 32 });
  });
});

describe('typicalInputBytes', () => {
  it('is the median size of the file inputs, ignoring stdin, missing files and ready results', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': 'x'.repeat(10), 'b.txt': 'x'.repeat(300), 'c.txt': 'x'.repeat(20_000) });
    const ready: TaskResult = { index: 4, id: 'r', bytes: 9, error: null, out: null };
    const items = [
      fileTask(0, join(dir, 'a.txt')),
      fileTask(1, join(dir, 'missing.txt')),
      { index: 2, id: '-', input: { kind: 'bytes', bytes: new Uint8Array(1_000_000) } } satisfies Task,
      fileTask(3, join(dir, 'c.txt')),
      ready,
      fileTask(5, join(dir, 'b.txt')),
    ];
    expect(await typicalInputBytes(items)).toBe(300);
  });

  it('samples at most 32 files spread through a long batch', async () => {
    const dir = tempDir();
    const names = Array.from({ length: 200 }, (_, i) => `${String(i).padStart(3, '0')}.txt`);
    // The first half are tiny, the second half large: a sample taken only from the start would say tiny.
    writeFiles(dir, Object.fromEntries(names.map((n, i) => [n, 'x'.repeat(i < 90 ? 10 : 30_000)])));
    expect(await typicalInputBytes(names.map((n, i) => fileTask(i, join(dir, n))))).toBe(30_000);
  });

  it('is 0 when no input is a readable file', async () => {
    expect(await typicalInputBytes([])).toBe(0);
    expect(await typicalInputBytes([fileTask(0, join(tempDir(), 'none.txt'))])).toBe(0);
  });
});
