import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeFiles } from './cli-helpers.js';

// invented coded passages: a mentoring code, and passages about other things
const SEGMENTS = [
  { text: 'Every child is matched with a volunteer mentor within a week.', codes: ['mentoring'] },
  { text: 'A volunteer mentor meets the boy each Saturday.', codes: ['mentoring'] },
  { text: 'Girls on the programme choose their own volunteer mentor.', codes: ['mentoring'] },
  { text: 'The volunteer mentor scheme grew to forty pairs.', codes: ['mentoring'] },
  { text: 'The board met four times and approved the budget.', codes: [] },
  { text: 'Caseloads fell over the year.', codes: [] },
  { text: 'The office moved to the town hall in June.', codes: [] },
  { text: 'Reports were filed on time.', codes: [] },
];
const jsonl = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

function folder(files: Record<string, string> = {}): string {
  const dir = tempDir('childfirst-learn-');
  writeFiles(dir, { 'coded.jsonl': jsonl(SEGMENTS), ...files });
  return dir;
}

describe('childfirst learn', () => {
  it('prints the cross-validated table and writes a lexicon that analyze, evaluate and --no-builtin-themes use', async () => {
    const dir = folder({ 'new.txt': 'Her volunteer mentor came to court. A CAMHS nurse is co-located with the team.' });
    const learned = await runCli(['learn', '--examples', 'coded.jsonl', '--out', 'lexicon.json', '--folds', '2'], {
      cwd: dir,
    });
    expect(learned.stderr).toBe('');
    expect(learned.code).toBe(0);
    expect(learned.stdout).toMatch(
      /^Learned from 8 segments \(4 uncoded\) in 8 documents; 2-fold cross-validation by document:/,
    );
    expect(learned.stdout).toMatch(/^mentoring +4 +4 +1 /m);
    expect(learned.stdout).toMatch(/^all \(micro\) /m);
    expect(learned.stdout).toMatch(/warning: mentoring: 4 positive examples, fewer than 10/);
    const lexicon = JSON.parse(readFileSync(join(dir, 'lexicon.json'), 'utf8')) as {
      id: string;
      cues: { patterns: string[] }[];
    }[];
    expect(lexicon.map((t) => t.id)).toEqual(['mentoring']);
    expect(lexicon[0]?.cues[0]?.patterns).toEqual(['volunteer mentor']);

    const alone = await runCli(['analyze', 'new.txt', '--lexicon', 'lexicon.json', '--no-builtin-themes'], {
      cwd: dir,
    });
    expect(alone.code).toBe(0);
    expect((JSON.parse(alone.stdout) as { themes: { id: string }[] }).themes.map((t) => t.id)).toEqual(['mentoring']);
    const matrix = await runCli(['matrix', 'new.txt', '--lexicon', 'lexicon.json', '--no-builtin-themes'], {
      cwd: dir,
    });
    expect(matrix.stdout).toBe('id,mentoring\nnew.txt,1\n');
    const csv = await runCli(['analyze', 'new.txt', 'missing.txt', '--format', 'csv', '--lexicon', 'lexicon.json'], {
      cwd: dir,
    });
    const [header, ...rows] = parse(csv.stdout) as string[][];
    expect(header?.slice(header.indexOf('substance-misuse'), header.indexOf('metrics') + 1)).toEqual([
      'substance-misuse',
      'mentoring',
      'metrics',
    ]);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0); // the failed input's row too
    const both = await runCli(['analyze', 'new.txt', '--lexicon', 'lexicon.json'], { cwd: dir });
    expect((JSON.parse(both.stdout) as { themes: { id: string }[] }).themes.map((t) => t.id)).toEqual(
      expect.arrayContaining(['co-location', 'mentoring']),
    );
  });

  it('reads a gold folder, and --extend writes only cues the bundled lexicon lacks', async () => {
    const dir = tempDir('childfirst-learn-gold-');
    const docs = [
      ['a', 'The team runs a bike workshop. Funding rose.', { 'identity-strengths': 'runs a bike workshop' }],
      [
        'b',
        'Boys rebuild bikes in the bike workshop. The board met.',
        { 'identity-strengths': 'rebuild bikes in the bike workshop' },
      ],
      ['c', 'The board met twice. Funding fell.', {}],
      ['d', 'Caseloads fell. The office moved.', {}],
    ] as const;
    writeFiles(dir, {
      'gold/gold.json': JSON.stringify({ docs: docs.map(([id, , themes]) => ({ id, kind: 'other', themes })) }),
      ...Object.fromEntries(docs.map(([id, text]) => [`gold/texts/${id}.txt`, text])),
    });
    const run = await runCli(['learn', '--gold', 'gold', '--out', 'cues.json', '--extend', '--folds', '2'], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'cues.json'), 'utf8')) as {
      cues: Record<string, { patterns: string[] }[]>;
    };
    expect(Object.keys(written.cues)).toEqual(['identity-strengths']);
    expect(written.cues['identity-strengths']?.[0]?.patterns).toEqual(['bike workshop']);
    const used = await runCli(['evaluate', '--gold', 'gold', '--lexicon', 'cues.json', '--json'], { cwd: dir });
    expect(used.code).toBe(0);
  });

  it.each([
    ['neither input', ['learn', '--out', 'x.json'], /expected one of --examples FILE or --gold DIR, got neither/],
    ['both inputs', ['learn', '--examples', 'coded.jsonl', '--gold', '.', '--out', 'x.json'], /got both/],
    [
      'a line that is not JSON',
      ['learn', '--examples', 'bad.jsonl', '--out', 'x.json'],
      /bad\.jsonl line 2: expected one JSON object a line, got invalid JSON/,
    ],
    [
      'an empty code',
      ['learn', '--examples', 'empty-code.jsonl', '--out', 'x.json'],
      /empty-code\.jsonl: examples\.0\.codes\.0: expected a kebab-case code/,
    ],
    [
      'only negatives',
      ['learn', '--examples', 'negatives.jsonl', '--out', 'x.json'],
      /expected at least one example with a code, got only negatives/,
    ],
    [
      'an unknown format',
      ['learn', '--examples', 'other.jsonl', '--out', 'x.json'],
      /expected a coded segment \{text, codes\} or a coded document \{text, themes\}/,
    ],
    ['a missing file', ['learn', '--examples', 'nope.jsonl', '--out', 'x.json'], /cannot read nope\.jsonl/],
    [
      'no folds',
      ['learn', '--examples', 'coded.jsonl', '--out', 'x.json', '--folds', '0'],
      /--folds must be a whole number from 1 to 50/,
    ],
    [
      'one fold',
      ['learn', '--examples', 'coded.jsonl', '--out', 'x.json', '--folds', '1'],
      /--folds must be a whole number from 2 to 50/,
    ],
    [
      '--no-builtin-themes alone',
      ['analyze', 'coded.jsonl', '--no-builtin-themes'],
      /--no-builtin-themes needs --lexicon FILE/,
    ],
    [
      'a lexicon that is not a lexicon',
      ['analyze', 'coded.jsonl', '--lexicon', 'coded.jsonl'],
      /cannot read the lexicon coded\.jsonl/,
    ],
    [
      'a lexicon with a bad cue',
      ['matrix', 'coded.jsonl', '--lexicon', 'bad-lexicon.json'],
      /bad-lexicon\.json: options\.themes\[0\] at cues: a theme needs at least one cue/,
    ],
  ])('exits 2 with a clear message for %s, and writes nothing', async (_what, args, message) => {
    const dir = folder({
      'bad.jsonl': `${JSON.stringify(SEGMENTS[0])}\n{"text": oops}\n`,
      'empty-code.jsonl': jsonl([{ text: 'A mentor.', codes: [''] }, ...SEGMENTS]),
      'negatives.jsonl': jsonl(SEGMENTS.filter((s) => s.codes.length === 0)),
      'other.jsonl': jsonl([{ passage: 'A mentor.', label: 'mentoring' }]),
      'bad-lexicon.json': JSON.stringify([{ id: 'x', label: 'X', description: 'x', cues: [] }]),
    });
    const before = readdirSync(dir).sort();
    const run = await runCli(args, { cwd: dir });
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
