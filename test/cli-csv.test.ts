import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../src/cli/output/csv.js';
import { runCli, tempDir, writeFiles } from './cli-helpers.js';

describe('CSV cells never reach a spreadsheet as formulas', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-cmd', "'-cmd"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', `"'\rreturn"`],
    ['＝SUM(1)', "'＝SUM(1)"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a = b', 'a = b'],
    ["it's", "it's"],
    ['', ''],
  ])('the text cell %j is written as %j', (cell, written) => {
    expect(csvLine([cell])).toBe(`${written}\n`);
  });

  it('keeps the sign of numbers', () => {
    expect(csvLine([-3, 0.5, 'x'])).toBe('-3,0.5,x\n');
  });
});

describe('analyze --format csv and matrix neutralise what inputs put in cells', () => {
  const dir = tempDir();
  const text =
    '@Harwick youth justice awards\n\nHarwick Youth Justice Service works with families and carers at home.\n';
  writeFiles(dir, { 'in/=SUM(1,2).txt': text, 'in/-x.txt': text, 'in/+x.md': text });

  it.each([
    ['analyze', ['analyze', '.', '--format', 'csv']],
    ['matrix', ['matrix', '.']],
  ])('%s: ids (and titles) starting with = + - @ begin with a quote mark', async (_name, args) => {
    const run = await runCli(args, { cwd: join(dir, 'in') });
    expect(run.code).toBe(0);
    const [header, ...rows] = parse(run.stdout) as string[][];
    expect(rows.map((r) => r[0])).toEqual(["'+x.md", "'-x.txt", "'=SUM(1,2).txt"].sort());
    const title = header?.indexOf('title') ?? -1;
    if (title >= 0) expect(rows.map((r) => r[title])).toEqual(new Array(3).fill("'@Harwick youth justice awards"));
  });
});

describe('analyze --format csv has title, date and commendation columns', () => {
  const dir = tempDir();
  writeFiles(dir, {
    'award.txt':
      'Kelsmoor Youth Justice Service awarded SEND Quality Lead\n\n14 May 2025\n\n' +
      'Kelsmoor Youth Justice Service has been awarded the Youth Justice SEND Quality Lead, with a Child First ' +
      'Commendation for the way its staff listen to children.\n',
    'note.txt': 'A short note with no date, no title worth the name and no award.',
  });

  it('fills them from the document facts, empty when the summary has none', async () => {
    const run = await runCli(['analyze', 'award.txt', 'note.txt', '--format', 'csv'], { cwd: dir });
    const [header, ...rows] = parse(run.stdout) as string[][];
    const pick = (row: string[] | undefined, ...columns: string[]): (string | undefined)[] =>
      columns.map((c) => row?.[header?.indexOf(c) ?? -1]);
    expect(pick(rows[0], 'title', 'date', 'award_level', 'commendations')).toEqual([
      'Kelsmoor Youth Justice Service awarded SEND Quality Lead',
      '2025-05-14',
      'quality-lead',
      'child-first',
    ]);
    expect(pick(rows[1], 'date', 'award_level', 'commendations')).toEqual(['', '', '']);
  });
});
