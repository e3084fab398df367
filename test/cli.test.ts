import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportRecordJsonSchema } from '../src/cli/index.js';
import { reportSummaryJsonSchema, SCHEMA_VERSION, themes, type ReportSummary } from '../src/index.js';
import { CLI, expectValidRecords, jsonLines, makePdf, runCli, tempDir, writeFiles } from './cli-helpers.js';
import { expectValidSummary } from './helpers.js';

const TEXTS = {
  award:
    'Harwick Youth Justice Service has been granted the SEND Quality Mark. Its staff work with families and offer speech and language therapy to every child they meet.',
  inspection:
    'Inspectors found the Northmere youth offending team gave strong restorative justice work. There was no resettlement plan for some children leaving custody.',
  plain: 'A short note about a county football league, with no youth justice content at all.',
};

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  writeFiles(dir, {
    'corpus/a-award.txt': TEXTS.award,
    'corpus/b-inspection.md': `# Inspection\n\n${TEXTS.inspection}\n`,
    'corpus/c-page.html': `<!doctype html><html><head><style>.x{}</style><script>var s = "speech and language";</script></head><body><nav>Mental health services menu</nav><main><p>${TEXTS.inspection}</p></main><footer>Family footer</footer></body></html>`,
    'corpus/d-report.pdf': await makePdf([
      ['The Harwick partnership offers speech and lan-', 'guage therapy to children.'],
      ['Page two: a restorative justice panel meets weekly.'],
    ]),
    'corpus/skip.json': '{"not": "picked up by a folder walk"}',
    'bad/binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0x10]),
    'bad/latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x74, 0x65]),
    'bad/empty.md': '',
    'bad/corrupt.pdf': '%PDF-1.5\n1 0 obj <<>> broken',
    'bad/big.txt': TEXTS.award.repeat(20),
  });
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'bad/dangling.txt'));
  mkdirSync(join(dir, 'empty-folder'));
});

const THEME_IDS = themes.map((t) => t.id);
const summaries = (stdout: string): ReportSummary[] => jsonLines(stdout) as unknown as ReportSummary[];

describe('childfirst analyze', () => {
  it('writes one JSON line per file of a folder, in sorted order, with id and source', async () => {
    const run = await runCli(['analyze', 'corpus'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'childfirst: skipped 1 file of other types (1 .json); accepted: .txt, .md, .markdown, .html, .htm, .pdf\n',
    );
    const records = summaries(run.stdout);
    expect(records.map((r) => [r.id, r.source])).toEqual([
      ['corpus/a-award.txt', 'text'],
      ['corpus/b-inspection.md', 'markdown'],
      ['corpus/c-page.html', 'html'],
      ['corpus/d-report.pdf', 'pdf'],
    ]);
    for (const r of records) expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    const award = records[0] as ReportSummary;
    expectValidSummary(award, TEXTS.award);
    expect(award.themes.map((t) => t.id)).toEqual(expect.arrayContaining(['family', 'speech-language']));
  });

  it('drops HTML scripts and navigation before analysing', async () => {
    const run = await runCli(['analyze', 'corpus/c-page.html'], { cwd: dir });
    const [page] = summaries(run.stdout);
    const ids = page?.themes.map((t) => t.id) ?? [];
    expect(ids).toContain('restorative');
    expect(ids).not.toContain('speech-language');
    expect(ids).not.toContain('mental-health');
  });

  it('reads a PDF across pages with the hyphenated word repaired', async () => {
    const run = await runCli(['analyze', 'corpus/d-report.pdf'], { cwd: dir });
    const [pdf] = summaries(run.stdout);
    const speech = pdf?.themes.find((t) => t.id === 'speech-language');
    expect(speech?.mentions.map((m) => m.text)).toContain('speech and language');
    expect(pdf?.themes.map((t) => t.id)).toContain('restorative');
  });

  it('reads stdin as "-", in its place among the inputs', async () => {
    const run = await runCli(['analyze', 'corpus/a-award.txt', '-', 'corpus/b-inspection.md'], {
      cwd: dir,
      input: TEXTS.inspection,
    });
    expect(run.code).toBe(0);
    const records = summaries(run.stdout);
    expect(records.map((r) => r.id)).toEqual(['corpus/a-award.txt', '-', 'corpus/b-inspection.md']);
    expectValidSummary(records[1] as ReportSummary, TEXTS.inspection);
    expect(records[1]?.source).toBe('text');
  });

  it('sniffs HTML on stdin', async () => {
    const run = await runCli(['analyze', '-'], {
      cwd: dir,
      input: `<html><body><script>restorative()</script><p>${TEXTS.award}</p></body></html>`,
    });
    const [record] = summaries(run.stdout);
    expect(record?.source).toBe('html');
    expect(record?.themes.map((t) => t.id)).not.toContain('restorative');
  });

  it('writes an error record for every kind of bad input, keeps going, and exits 1 with a summary line', async () => {
    const run = await runCli(
      [
        'analyze',
        'bad/binary.txt',
        'bad/latin1.txt',
        'corpus/a-award.txt',
        'bad/empty.md',
        'bad/corrupt.pdf',
        'bad/big.txt',
        'bad/dangling.txt',
        'bad/missing.txt',
        '--max-bytes',
        '1000',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => [r['id'], (r['error'] as { code?: string } | undefined)?.code ?? 'ok'])).toEqual([
      ['bad/binary.txt', 'not-utf8'],
      ['bad/latin1.txt', 'not-utf8'],
      ['corpus/a-award.txt', 'ok'],
      ['bad/empty.md', 'empty'],
      ['bad/corrupt.pdf', 'corrupt-pdf'],
      ['bad/big.txt', 'too-large'],
      ['bad/dangling.txt', 'unreadable'],
      ['bad/missing.txt', 'unreadable'],
    ]);
    for (const r of records.filter((x) => 'error' in x)) {
      expect(Object.keys(r)).toEqual(['id', 'error']);
      expect(Object.keys(r['error'] as object)).toEqual(['code', 'message']);
    }
    expect(run.stderr).toMatch(
      /^childfirst: 7 of 8 inputs failed \(2 not-utf8, 1 empty, 1 corrupt-pdf, 1 too-large, 2 unreadable\)\n$/,
    );
  });

  it('writes a too-large record for stdin over --max-bytes', async () => {
    const run = await runCli(['analyze', '-', '--max-bytes', '10'], { cwd: dir, input: TEXTS.award });
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([
      { id: '-', error: { code: 'too-large', message: 'stdin has more than --max-bytes 10 bytes' } },
    ]);
  });

  it('writes a JSON array with --format json, and to a file with --out', async () => {
    const run = await runCli(
      ['analyze', 'corpus/a-award.txt', 'bad/empty.md', '--format', 'json', '--out', 'out.json'],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const records = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Record<string, unknown>[];
    expectValidRecords(records);
    expect(records.map((r) => r['id'])).toEqual(['corpus/a-award.txt', 'bad/empty.md']);
  });

  it('writes CSV: one row per document with facts, a score per theme, metric counts and errors', async () => {
    const run = await runCli(['analyze', 'corpus/a-award.txt', 'bad/empty.md', '--format', 'csv'], { cwd: dir });
    const [header, ok, failed, ...rest] = parse(run.stdout) as string[][];
    expect(header).toEqual([
      ...['id', 'source', 'kind', 'title', 'date', 'area', 'area_canonical', 'ons_code', 'subject', 'rating'],
      ...['award_level', 'redesignation'],
      'commendations',
      ...THEME_IDS,
      'metrics',
      ...['percentage', 'proportion', 'fraction', 'comparison', 'trend', 'count', 'duration', 'age_range', 'year'].map(
        (k) => `metrics_${k}`,
      ),
      'error_code',
      'error_message',
    ]);
    const cell = (row: string[] | undefined, column: string): string | undefined =>
      row?.[header?.indexOf(column) ?? -1];
    expect(ok).toHaveLength(header?.length ?? 0);
    expect(ok?.slice(0, 3)).toEqual(['corpus/a-award.txt', 'text', expect.stringMatching(/^(award|other)$/)]);
    expect(Number(cell(ok, 'family'))).toBeGreaterThan(0);
    expect(failed).toEqual([
      'bad/empty.md',
      ...new Array<string>((header?.length ?? 0) - 3).fill(''),
      'empty',
      'the input has no text',
    ]);
    expect(rest).toEqual([]);
  });

  it('writes the gazetteer name and the ONS codes of the subject to CSV, joint areas with one code per member', async () => {
    const inputs = [
      'Camden Youth Justice Service was rated Good.',
      'Tower Hamlets/City of London Area Partnership attained the Quality Mark.',
    ];
    const rows = [];
    for (const input of inputs) {
      const run = await runCli(['analyze', '-', '--format', 'csv'], { cwd: dir, input });
      const [header, row] = parse(run.stdout) as string[][];
      rows.push(['area', 'area_canonical', 'ons_code'].map((c) => row?.[header?.indexOf(c) ?? -1]));
    }
    expect(rows).toEqual([
      ['Camden', 'Camden', 'E09000007'],
      ['Tower Hamlets/City of London', '', 'E09000030;E09000001'],
    ]);
  });

  it('keeps input order whatever the jobs, even when an early file is slow', async () => {
    const files: Record<string, string> = { 'order/00-long.txt': `${TEXTS.inspection} `.repeat(1500) };
    for (let i = 1; i < 12; i++) files[`order/${String(i).padStart(2, '0')}.txt`] = `${TEXTS.award} Item ${i}.`;
    writeFiles(dir, files);
    const args = ['analyze', ...Object.keys(files).reverse(), '--jobs', '2'];
    const run = await runCli(args, { cwd: dir });
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(Object.keys(files).reverse());
  });

  it('expands globs and analyses a file named twice once', async () => {
    const run = await runCli(['analyze', 'corpus/*.{txt,md}', 'corpus/a-award.txt'], { cwd: dir });
    expect(jsonLines(run.stdout).map((r) => r['id'])).toEqual(['corpus/a-award.txt', 'corpus/b-inspection.md']);
  });
});

describe('a reader that goes away', () => {
  // 300 records are far more than a pipe buffer holds, so the CLI is still writing when the reader leaves.
  it('stops quietly when stdout closes early (`| head -1`)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`pipe/${String(i).padStart(3, '0')}.txt`] = `${TEXTS.award} Item ${i}.`;
    writeFiles(dir, files);
    const child = spawn(process.execPath, [CLI, 'analyze', 'pipe', '--jobs', '1'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('run() from childfirst/cli', () => {
  // Workers inherit the parent's Node flags unless told otherwise, and `--input-type` stops a worker script loading.
  it('analyses in a process started with Node flags (node --input-type=module -e …)', async () => {
    const api = pathToFileURL(resolve('dist/cli-api.js')).href;
    const script = `import { run } from ${JSON.stringify(api)}; process.exitCode = await run(['node', 'childfirst', 'analyze', 'corpus/a-award.txt', 'corpus/b-inspection.md', '--quiet']);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const records = summaries(child.stdout);
    expect(records.map((r) => r.id)).toEqual(['corpus/a-award.txt', 'corpus/b-inspection.md']);
    for (const record of records) expect(record).not.toHaveProperty('error');
    expect(records[0]?.themes.map((t) => t.id)).toContain('speech-language');
  });
});

describe('childfirst matrix', () => {
  it('writes documents × themes mention counts, leaving failed inputs out', async () => {
    const run = await runCli(['matrix', 'corpus/a-award.txt', 'bad/empty.md', 'corpus/b-inspection.md'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(['id', ...THEME_IDS].join(','));
    expect(lines.map((l) => l.split(',')[0])).toEqual(['id', 'corpus/a-award.txt', 'corpus/b-inspection.md']);
    const award = (lines[1] ?? '').split(',').slice(1).map(Number);
    expect(award.every(Number.isInteger)).toBe(true);
    expect(award[THEME_IDS.indexOf('family')]).toBeGreaterThanOrEqual(1);
    expect(run.stderr).toMatch(/1 of 3 inputs failed \(1 empty\)/);
  });

  it('writes scores with --value score', async () => {
    const run = await runCli(['matrix', 'corpus/a-award.txt', '--value', 'score'], { cwd: dir });
    const row = (run.stdout.trim().split('\n')[1] ?? '').split(',').slice(1).map(Number);
    expect(row.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(row.some((x) => x > 0 && x < 1)).toBe(true);
  });
});

describe('childfirst schema, --version, --help and usage errors', () => {
  it.each([
    ['a summary', ['schema'], reportSummaryJsonSchema],
    ['a summary, named', ['schema', 'summary'], reportSummaryJsonSchema],
    ['a whole record', ['schema', 'record'], reportRecordJsonSchema],
  ])('prints the JSON Schema of %s', async (_name, args, schema) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([[[]], [['analyze']], [['matrix']], [['report']], [['evaluate']], [['schema']]])(
    'shows help with examples for %j',
    async (args) => {
      const run = await runCli([...args, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage: childfirst/);
      expect(run.stdout).toMatch(/Examples:\n {2}\$ childfirst /);
    },
  );

  it.each([
    ['no command', []],
    ['an unknown command', ['summarise', 'x.txt']],
    ['no inputs', ['analyze']],
    ['an unknown option', ['analyze', 'x.txt', '--fast']],
    ['a bad format', ['analyze', 'x.txt', '--format', 'xml']],
    ['zero jobs', ['analyze', 'x.txt', '--jobs', '0']],
    ['a non-numeric --max-bytes', ['analyze', 'x.txt', '--max-bytes', '1e3']],
    ['a bad --value', ['matrix', 'x.txt', '--value', 'mean']],
    ['report without --out', ['report', 'corpus']],
    ['evaluate without --gold', ['evaluate']],
    ['an unknown schema', ['schema', 'errors']],
    ['a gold folder without gold.json', ['evaluate', '--gold', 'corpus']],
    ['inputs that match no file', ['analyze', 'empty-folder', 'nothing/*.txt']],
    ['an output file that cannot be written', ['analyze', 'corpus/a-award.txt', '-o', 'no-such-folder/out.jsonl']],
  ])('exits 2 for %s', async (_name, args) => {
    const run = await runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toBe('');
  });
});
