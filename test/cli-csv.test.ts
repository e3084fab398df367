import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
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

describe('analyze --format csv and matrix', () => {
  const dir = tempDir();
  const hostile =
    '@Harwick youth justice awards\n\nHarwick Youth Justice Service works with families and carers at home.\n';
  writeFiles(dir, {
    '=SUM(1,2).txt': hostile,
    '-x.txt': hostile,
    '+x.md': hostile,
    'award.txt':
      'Kelsmoor Youth Justice Service awarded SEND Quality Lead\n\n14 May 2025\n\n' +
      'Kelsmoor Youth Justice Service has been awarded the Youth Justice SEND Quality Lead, with a Child First ' +
      'Commendation for the way its staff listen to children.\n',
    'note.txt': 'A short note with no date, no title worth the name and no award.',
  });
  const HOSTILE_IDS = ["'+x.md", "'-x.txt", "'=SUM(1,2).txt"];
  let table: string[][] = [];
  const row = (id: string): Record<string, string> =>
    Object.fromEntries((table[0] ?? []).map((column, i) => [column, table.find((r) => r[0] === id)?.[i] ?? '']));

  beforeAll(async () => {
    const run = await runCli(['analyze', '.', '--format', 'csv'], { cwd: dir });
    expect(run.code).toBe(0);
    table = parse(run.stdout) as string[][];
  });

  it('analyze: ids and titles starting with = + - @ begin with a quote mark', () => {
    expect(table.slice(1).map((r) => r[0])).toEqual([...HOSTILE_IDS, 'award.txt', 'note.txt'].sort());
    for (const id of HOSTILE_IDS) expect(row(id)['title']).toBe("'@Harwick youth justice awards");
  });

  it('matrix: ids starting with = + - @ begin with a quote mark', async () => {
    const run = await runCli(['matrix', '.'], { cwd: dir });
    expect((parse(run.stdout) as string[][]).slice(1).map((r) => r[0])).toEqual(
      [...HOSTILE_IDS, 'award.txt', 'note.txt'].sort(),
    );
  });

  it('analyze: title, date and commendations come from the document facts, empty when the summary has none', () => {
    expect(row('award.txt')).toMatchObject({
      title: 'Kelsmoor Youth Justice Service awarded SEND Quality Lead',
      date: '2025-05-14',
      award_level: 'quality-lead',
      commendations: 'child-first',
    });
    expect(row('note.txt')).toMatchObject({ date: '', award_level: '', commendations: '' });
  });
});
