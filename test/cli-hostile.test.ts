import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, tempDir, writeFiles } from './cli-helpers.js';

const TEXT = 'The Harwick youth justice service works with families and runs restorative justice panels.';
const ACCEPTED = 'accepted: .txt, .md, .markdown, .html, .htm, .pdf';

let dir: string;
beforeAll(() => {
  dir = tempDir('childfirst-hostile-');
  writeFiles(dir, {
    'in.txt': TEXT,
    'ok.txt': TEXT,
    'slow.txt': TEXT,
    'reports/a.txt': TEXT,
    'reports/b.md': TEXT,
    'deep.html': `<html><body>${'<div>'.repeat(20_000)}${TEXT}${'</div>'.repeat(20_000)}`,
    'unclosed.html': `<html><body>${'<b>x'.repeat(200_000)}`,
    'word/letter.docx': 'PK not really',
    'word/OLD.DOC': 'not really',
    'mixed/a.txt': TEXT,
    'mixed/b.docx': 'x',
    'mixed/c.DOCX': 'x',
    'mixed/d.json': '{}',
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${TEXT} Café.`, 'utf16le')]),
    'cp1252.txt': Buffer.concat([Buffer.from(`${TEXT} Caf`), Buffer.from([0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94])]),
  });
  symlinkSync(join(dir, 'in.txt'), join(dir, 'link.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  mkdirSync(join(dir, 'specials'));
  symlinkSync(join(dir, 'pipe.txt'), join(dir, 'specials/pipe-link.txt'));
  symlinkSync('/dev/zero', join(dir, 'specials/zero.txt'));
});

const codes = (stdout: string): [unknown, string][] =>
  jsonLines(stdout).map((r) => [r['id'], (r['error'] as { code?: string } | undefined)?.code ?? 'ok']);
const errorOf = (stdout: string, id: string): { code: string; message: string } | undefined =>
  jsonLines(stdout).find((r) => r['id'] === id)?.['error'] as { code: string; message: string } | undefined;

describe('outputs are never inputs, and are never left half-written', () => {
  it.each([
    ['analyze', ['analyze', 'in.txt', '-o', 'in.txt']],
    ['report', ['report', 'ok.txt', 'in.txt', '-o', './in.txt']],
    ['a link to the output', ['analyze', 'link.txt', '--out', 'in.txt']],
  ])('refuses --out naming an input (%s) with exit 2, writing nothing', async (_name, args) => {
    const run = await runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--out .*in\.txt is also an input/);
    expect(readFileSync(join(dir, 'in.txt'), 'utf8')).toBe(TEXT);
  });

  it('`report dir -o dir/report.html` run twice reads only the documents', async () => {
    for (let i = 0; i < 2; i++) {
      const run = await runCli(['report', 'reports', '-o', 'reports/report.html'], { cwd: dir });
      expect(run.code).toBe(0);
    }
    const html = readFileSync(join(dir, 'reports/report.html'), 'utf8');
    expect(html).toContain('reports/a.txt');
    expect(html).not.toContain('reports/report.html');
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['a.txt', 'b.md', 'report.html']);
  });

  it('two runs writing one --out at once leave one whole output, never a mix', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `many/${String(i).padStart(2, '0')}.txt`);
    writeFiles(dir, Object.fromEntries(many.map((f) => [f, `${TEXT} Item ${f}.`])));
    const [small, large] = await Promise.all([
      runCli(['analyze', 'ok.txt', '-o', 'same.jsonl', '--jobs', '1'], { cwd: dir }),
      runCli(['analyze', 'many', '-o', 'same.jsonl', '--jobs', '1'], { cwd: dir }),
    ]);
    expect([small.code, large.code]).toEqual([0, 0]);
    const ids = jsonLines(readFileSync(join(dir, 'same.jsonl'), 'utf8')).map((r) => r['id']);
    expect([['ok.txt'], many]).toContainEqual(ids);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('nothing hangs and nothing grows without bound', () => {
  it('gives FIFOs, links to them and to /dev/zero, and an input that hangs a record each, and finishes', async () => {
    // 10 s, so that ok.txt, analysed by a fresh worker on a loaded machine, never reaches it.
    const run = await runCli(['analyze', 'pipe.txt', 'specials', 'slow.txt', 'ok.txt', '--timeout', '10'], {
      cwd: dir,
      env: { CHILDFIRST_TEST_HANG_ON: 'slow' },
    });
    expect(codes(run.stdout)).toEqual([
      ['pipe.txt', 'not-a-file'],
      ['specials/pipe-link.txt', 'not-a-file'],
      ['specials/zero.txt', 'not-a-file'],
      ['slow.txt', 'timeout'],
      ['ok.txt', 'ok'],
    ]);
    expect(errorOf(run.stdout, 'slow.txt')?.message).toMatch(/longer than --timeout 10 s/);
    expect(run.code).toBe(1);
  });

  it('refuses HTML nested 20,000 deep or with 200,000 unclosed elements as too-complex, from files and stdin', async () => {
    const run = await runCli(['analyze', 'deep.html', 'unclosed.html', '-', '--jobs', '256'], {
      cwd: dir,
      input: readFileSync(join(dir, 'deep.html')),
    });
    expect(codes(run.stdout)).toEqual([
      ['deep.html', 'too-complex'],
      ['unclosed.html', 'too-complex'],
      ['-', 'too-complex'],
    ]);
    const cores = availableParallelism();
    if (cores < 256) expect(run.stderr).toContain(`--jobs 256 is more than the ${cores} cores here; using ${cores}`);
  });
});

describe('one record per input, whatever happens', () => {
  it('reads a file whose name is not UTF-8 from its folder, lists the rest around a folder it cannot list', async () => {
    const root = join(dir, 'tree');
    writeFiles(root, { 'a.txt': TEXT });
    writeFileSync(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), TEXT);
    // A folder deeper than PATH_MAX fails to list even for root, which chmod 000 does not stop.
    let path = root;
    for (let i = 0; i < 20; i++) mkdirSync((path = join(path, String(i))));
    writeFileSync(join(path, 'deep.txt'), TEXT);
    for (let i = 19; i >= 0; i--) {
      const parent = join(root, ...Array.from({ length: i }, (_, k) => String(k)));
      renameSync(join(parent, String(i)), join(parent, `${'y'.repeat(240)}${i}`));
    }
    const run = await runCli(['analyze', 'tree', 'tree/caf\uFFFD.txt'], { cwd: dir });
    const records = codes(run.stdout);
    expect(records.slice(0, 2)).toEqual([
      ['tree/a.txt', 'ok'],
      ['tree/caf\uFFFD.txt', 'ok'],
    ]);
    expect(records[2]?.[1]).toBe('unreadable');
    expect(errorOf(run.stdout, String(records[2]?.[0]))?.message).toMatch(/^cannot list the folder: ENAMETOOLONG/);
    // Named on the command line, the name reaches Node already replaced: a truthful error, not "no such file".
    expect(errorOf(run.stdout, 'tree/caf\uFFFD.txt')).toBeUndefined();
    const named = await runCli(['analyze', 'caf\uFFFD.txt'], { cwd: root });
    expect(errorOf(named.stdout, 'caf\uFFFD.txt')?.message).toMatch(/not valid UTF-8/);
  });

  it('sniffs HTML on stdin past a byte-order mark, a comment and an XML declaration', async () => {
    const page = `\uFEFF<!-- saved page -->\n<?xml version="1.0"?>\n<html><body><script>restorative()</script><p>${TEXT}</p></body></html>`;
    const run = await runCli(['analyze', '-'], { cwd: dir, input: page });
    const [record] = jsonLines(run.stdout);
    expect(record?.['source']).toBe('html');
    expect(JSON.stringify(record)).not.toContain('restorative()');
  });
});

describe('every input accounted for', () => {
  it('gives files of other types named directly an unsupported-type record naming the accepted types', async () => {
    const run = await runCli(['analyze', 'word/letter.docx', 'word/OLD.DOC', 'ok.txt'], { cwd: dir });
    expect(codes(run.stdout)).toEqual([
      ['word/letter.docx', 'unsupported-type'],
      ['word/OLD.DOC', 'unsupported-type'],
      ['ok.txt', 'ok'],
    ]);
    expect(errorOf(run.stdout, 'word/letter.docx')?.message).toBe(`.docx files are not read; ${ACCEPTED}`);
  });

  it('counts the files a folder holds but does not read on stderr, by extension', async () => {
    const run = await runCli(['analyze', 'mixed'], { cwd: dir });
    expect(codes(run.stdout)).toEqual([['mixed/a.txt', 'ok']]);
    expect(run.stderr).toBe(`childfirst: skipped 3 files of other types (2 .docx, 1 .json); ${ACCEPTED}\n`);
  });

  it('names the accepted types when a folder holds nothing readable', async () => {
    const run = await runCli(['analyze', 'word'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`no input files found in: word; 2 files of other types (1 .doc, 1 .docx); ${ACCEPTED}`);
  });

  it('reads UTF-16 by its byte-order mark and Windows-1252 with --encoding, and says --encoding exists', async () => {
    const plain = await runCli(['analyze', 'utf16.txt', 'cp1252.txt'], { cwd: dir });
    expect(codes(plain.stdout)).toEqual([
      ['utf16.txt', 'ok'],
      ['cp1252.txt', 'not-utf8'],
    ]);
    expect(errorOf(plain.stdout, 'cp1252.txt')?.message).toMatch(/--encoding windows-1252/);
    const named = await runCli(['analyze', 'cp1252.txt', '--encoding', 'windows-1252'], { cwd: dir });
    expect(jsonLines(named.stdout)[0]?.['length']).toBe(TEXT.length + ' Café “ok”'.length);
    const bad = await runCli(['analyze', 'cp1252.txt', '--encoding', 'klingon'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--encoding must be an encoding TextDecoder knows/);
  });

  it('gives the same ids for an absolute glob from any working folder', async () => {
    const pattern = join(dir, 'reports/*.{txt,md}');
    const here = await runCli(['analyze', pattern], { cwd: dir });
    const there = await runCli(['analyze', pattern], { cwd: join(dir, 'word') });
    expect(codes(here.stdout)).toEqual([
      [join(dir, 'reports/a.txt'), 'ok'],
      [join(dir, 'reports/b.md'), 'ok'],
    ]);
    expect(there.stdout).toBe(here.stdout);
  });
});

describe('errors users can act on', () => {
  it('evaluate says "childfirst:" once for a text over the library limit', async () => {
    const gold = join(dir, 'gold');
    writeFiles(gold, { 'gold.json': JSON.stringify({ docs: [{ id: 'big', kind: 'other' }] }), 'big.txt': 'a'.repeat(20_000_001) });
    const run = await runCli(['evaluate', '--gold', gold], { cwd: dir });
    expect(run.stderr).toMatch(/^childfirst: expected text of at most 20000000 characters/);
    expect(run.stderr).not.toMatch(/childfirst: childfirst:/);
  });
});
