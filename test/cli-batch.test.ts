import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, tempDir, writeFiles } from './cli-helpers.js';

const PHRASES = [
  'The Harwick team works with families and carers.',
  'Children in Northmere can see a speech and language therapist.',
  'A restorative justice panel meets every week.',
  'Staff had training in trauma-informed practice.',
  'Education, training and employment support is offered to every child.',
  'The service runs a county football league.',
];

const BAD_KINDS = ['not-utf8', 'binary', 'empty', 'corrupt-pdf', 'unreadable'] as const;

let dir: string;
let names: string[];
let expectedCodes: Map<string, string>;

// 1,000 inputs; every 20th (5%) is corrupt, binary, unreadable or empty.
beforeAll(() => {
  dir = tempDir('childfirst-batch-');
  names = [];
  expectedCodes = new Map();
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < 1000; i++) {
    const stem = `docs/${String(i).padStart(4, '0')}`;
    if (i % 20 !== 7) {
      const name = `${stem}.txt`;
      files[name] = `${PHRASES[i % PHRASES.length]} Note ${i}. ${PHRASES[(i * 7) % PHRASES.length]}`;
      names.push(name);
      continue;
    }
    const kind = BAD_KINDS[((i / 20) % BAD_KINDS.length) | 0] as (typeof BAD_KINDS)[number];
    const name = kind === 'corrupt-pdf' ? `${stem}.pdf` : `${stem}.txt`;
    names.push(name);
    expectedCodes.set(name, kind === 'binary' ? 'binary' : kind);
    if (kind === 'not-utf8') files[name] = new Uint8Array([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9]);
    if (kind === 'binary') files[name] = new Uint8Array([0x00, 0x01, 0x02, 0x00, 0x41]);
    if (kind === 'empty') files[name] = '';
    if (kind === 'corrupt-pdf') files[name] = `%PDF-1.4\n${i} 0 obj broken`;
  }
  writeFiles(dir, files);
  for (const name of names) if (!(name in files)) symlinkSync(join(dir, 'missing-target'), join(dir, name));
  mkdirSync(join(dir, 'crash'));
});

describe('a batch of 1,000 files with 5% bad ones', () => {
  let jobs2 = '';

  it('yields exactly one record per input, in input order, and exits 1', async () => {
    const run = await runCli(['analyze', 'docs', '--jobs', '2'], { cwd: dir });
    expect(run.code).toBe(1);
    jobs2 = run.stdout;
    const records = jsonLines(run.stdout);
    expect(records).toHaveLength(1000);
    expect(records.map((r) => r['id'])).toEqual(names);
    const codes = new Map(
      records.filter((r) => 'error' in r).map((r) => [r['id'] as string, (r['error'] as { code: string }).code]),
    );
    expect(codes).toEqual(expectedCodes);
    expect(expectedCodes.size).toBe(50);
    expect(run.stderr).toMatch(/^childfirst: 50 of 1000 inputs failed \(.*\)\n$/);
  });

  it('gives byte-identical output with --jobs 1 and --jobs 2', async () => {
    const run = await runCli(['analyze', 'docs', '--jobs', '1'], { cwd: dir });
    expect(run.stdout).toHaveLength(jobs2.length);
    expect(run.stdout === jobs2).toBe(true);
  });

  it.each([['csv'], ['json']])('gives byte-identical %s with --jobs 1 and --jobs 2', async (format) => {
    const subset = names.slice(0, 60);
    const [one, two] = await Promise.all(
      ['1', '2'].map((jobs) => runCli(['analyze', ...subset, '--format', format, '--jobs', jobs], { cwd: dir })),
    );
    expect(one?.stdout).not.toBe('');
    expect(one?.stdout === two?.stdout).toBe(true);
  });
});

describe('a worker crash (test-only hook CHILDFIRST_TEST_CRASH_ON)', () => {
  it.each([['1'], ['2']])(
    'records an error for the crashing input and finishes the batch with --jobs %s',
    async (jobs) => {
      writeFiles(dir, {
        'crash/a.txt': PHRASES[0] as string,
        'crash/b-boom.txt': PHRASES[1] as string,
        'crash/c.txt': PHRASES[2] as string,
        'crash/d-boom.txt': PHRASES[3] as string,
        'crash/e.txt': PHRASES[4] as string,
      });
      const run = await runCli(['analyze', 'crash', '--jobs', jobs], {
        cwd: dir,
        env: { CHILDFIRST_TEST_CRASH_ON: 'boom' },
      });
      expect(run.code).toBe(1);
      const records = jsonLines(run.stdout);
      expect(records.map((r) => [r['id'], (r['error'] as { code?: string } | undefined)?.code ?? 'ok'])).toEqual([
        ['crash/a.txt', 'ok'],
        ['crash/b-boom.txt', 'worker-crashed'],
        ['crash/c.txt', 'ok'],
        ['crash/d-boom.txt', 'worker-crashed'],
        ['crash/e.txt', 'ok'],
      ]);
      expect(run.stderr).toBe('childfirst: 2 of 5 inputs failed (2 worker-crashed)\n');
    },
  );
});

describe('an input too big for a pooled worker heap (test-only hook CHILDFIRST_TEST_HEAP_MB)', () => {
  it('is retried in a worker of its own and yields its summary', async () => {
    const big = `${PHRASES.join(' ')}\n`.repeat(Math.ceil(1_000_000 / (PHRASES.join(' ').length + 1)));
    writeFiles(dir, { 'heap/big.txt': big, 'heap/small.txt': PHRASES[0] as string });
    const run = await runCli(['analyze', 'heap/small.txt', 'heap/big.txt', '--jobs', '1'], {
      cwd: dir,
      env: { CHILDFIRST_TEST_HEAP_MB: '64' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('childfirst: heap/big.txt needs more memory; analysing it in a worker of its own\n');
    const records = jsonLines(run.stdout);
    expect(records.map((r) => [r['id'], r['length']])).toEqual([
      ['heap/small.txt', (PHRASES[0] as string).length],
      ['heap/big.txt', big.length],
    ]);
    expect((records[1]?.['themes'] as unknown[]).length).toBeGreaterThan(3);
  });
});
