import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { expect } from 'vitest';
import { reportRecordSchema } from '../src/cli/index.js';

/** The built CLI under test: `dist/cli.js` (built by `npm test`), or a private build named by CHILDFIRST_CLI. */
export const CLI = resolve(process.env['CHILDFIRST_CLI'] ?? 'dist/cli.js');

/** What one run of the CLI printed and how it exited. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI with piped stdio (so stderr is not a terminal). */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) => {
      const run = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      expectRecordsOnStdout(args, run.stdout);
      done(run);
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'childfirst-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (relative path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Builds a PDF in memory: one page per entry, each line drawn as its own line of text (streams deflated with `compress`). */
export function makePdf(pages: readonly (readonly string[])[], options: { compress?: boolean } = {}): Promise<Buffer> {
  return new Promise((done) => {
    const doc = new PDFDocument({ compress: options.compress ?? false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => done(Buffer.concat(chunks)));
    pages.forEach((lines, i) => {
      if (i > 0) doc.addPage();
      for (const line of lines) doc.text(line);
    });
    doc.end();
  });
}

/** Parses JSON lines, each checked against `reportRecordSchema`. */
export function jsonLines(text: string): Record<string, unknown>[] {
  const records = text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expectValidRecords(records);
  return records;
}

/** Every record is a summary or an error record of `reportRecordSchema`, with no field the schema does not know. */
export function expectValidRecords(records: readonly unknown[]): void {
  for (const record of records) {
    const parsed = reportRecordSchema.safeParse(record);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
    expect(parsed.data).toEqual(record);
  }
}

/** Checks the records `analyze` printed to stdout (JSON lines or a JSON array) against `reportRecordSchema`. */
function expectRecordsOnStdout(args: readonly string[], stdout: string): void {
  const elsewhere = ['-o', '--out', '-h', '--help'].some((flag) => args.includes(flag));
  if (args[0] !== 'analyze' || elsewhere || stdout === '') return;
  const flag = args.findIndex((a) => a === '--format' || a === '-f');
  const format = flag < 0 ? 'jsonl' : args[flag + 1];
  if (format === 'jsonl') jsonLines(stdout);
  if (format === 'json') expectValidRecords(JSON.parse(stdout) as unknown[]);
}
