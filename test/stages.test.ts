import { describe, expect, it } from 'vitest';
import { createAnalyzer, reportSummarySchema, STAGE_IDS, type ReportSummary, type StageId } from '../src/index.js';
import { resolveStages } from '../src/pipeline.js';
import { runCli, tempDir, writeFiles } from './cli-helpers.js';

const TEXT = [
  'Harwick Youth Justice Service was rated Good by HM Inspectorate of Probation (HMIP).',
  'A speech and language therapist screens every child, and 64% of children were in education, training or employment,',
  'higher than the national average of 58%. Team manager Priya Osei said the service works with families.',
].join(' ');

const full = createAnalyzer().analyze(TEXT);

/** The fields each stage fills, read from a summary. */
const fieldsOf: Record<StageId, (s: ReportSummary) => unknown> = {
  names: (s) => ({ subject: s.subject, organisations: s.organisations, acronyms: s.acronyms, people: s.people }),
  document: (s) => s.document,
  themes: (s) => s.themes,
  metrics: (s) => s.metrics,
};

describe('resolveStages', () => {
  it.each<[StageId[], StageId[]]>([
    [['themes'], ['themes']],
    [['metrics'], ['metrics']],
    [['metrics', 'themes'], ['themes', 'metrics']],
    [['document'], ['names', 'document']],
    [['names'], ['names', 'document']],
    [[...STAGE_IDS], ['names', 'document', 'themes', 'metrics']],
  ])('%j runs %j, in pipeline order, with the stages they need', (wanted, expected) => {
    expect(resolveStages(wanted)).toEqual(expected);
  });
});

describe('createAnalyzer({ stages })', () => {
  it('runs every stage by default and says so', () => {
    expect(full.computed).toEqual(['names', 'document', 'themes', 'metrics']);
    expect(full.themes.length).toBeGreaterThan(0);
    expect(full.metrics.length).toBeGreaterThan(0);
    expect(full.subject?.area).toBe('Harwick');
    expect(full.document.rating).toBe('good');
  });

  it.each<[StageId[]]>([[['themes']], [['metrics']], [['names']], [['document']], [['themes', 'metrics']]])(
    '%j: the stages run give the same fields as a full analysis, the others are empty and not listed',
    (wanted) => {
      const summary = createAnalyzer({ stages: wanted }).analyze(TEXT);
      expect(reportSummarySchema.safeParse(summary).success).toBe(true);
      const ran = resolveStages(wanted);
      expect(summary.computed).toEqual(ran);
      for (const id of STAGE_IDS) {
        if (ran.includes(id)) expect(fieldsOf[id](summary)).toEqual(fieldsOf[id](full));
        else expect(fieldsOf[id](summary)).not.toEqual(fieldsOf[id](full));
      }
    },
  );

  it('leaves the fields of stages not run empty', () => {
    const summary = createAnalyzer({ stages: ['themes'] }).analyze(TEXT);
    expect(summary).toMatchObject({
      metrics: [],
      subject: null,
      organisations: [],
      acronyms: [],
      people: [],
      document: { kind: 'other', rating: null, award: null },
    });
  });

  it.each<[unknown, RegExp]>([
    [['themes', 'sentiment'], /stages\.1: expected a stage \(names, document, themes, metrics\), got "sentiment"/],
    [[], /stages: expected at least one stage/],
    ['themes', /stages/],
  ])('rejects stages %j with invalid-options', (stages, message) => {
    expect(() => createAnalyzer({ stages } as never)).toThrow(message);
    expect(() => createAnalyzer({ stages } as never)).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });
});

describe('childfirst analyze --stages', () => {
  it('writes summaries computed by the listed stages only, and empty CSV cells for the others', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': TEXT });
    const json = await runCli(['analyze', `${dir}/a.txt`, '--stages', 'themes', '--quiet']);
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as ReportSummary;
    expect(summary.computed).toEqual(['themes']);
    expect(summary.themes.map((t) => t.id)).toEqual(full.themes.map((t) => t.id));

    const csv = await runCli(['analyze', `${dir}/a.txt`, '--stages', 'metrics', '--format', 'csv', '--quiet']);
    const [header, row] = csv.stdout.trim().split('\n').map((line) => line.split(','));
    const cell = (name: string): string | undefined => row?.[header?.indexOf(name) ?? -1];
    expect(cell('kind')).toBe('');
    expect(cell('area')).toBe('');
    expect(cell('ete')).toBe('');
    expect(Number(cell('metrics_percentage'))).toBeGreaterThan(0);
  });

  it('refuses an unknown stage with a usage error naming it', async () => {
    const run = await runCli(['analyze', '-', '--stages', 'themes,ner']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--stages takes a comma-separated list of names, document, themes, metrics; got "ner"/);
  });

  it('matrix runs the themes stage only', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': TEXT });
    const run = await runCli(['matrix', `${dir}/a.txt`, '--quiet']);
    expect(run.code).toBe(0);
    const [header, row] = run.stdout.trim().split('\n').map((line) => line.split(','));
    const counts = new Map(header?.map((h, i) => [h, row?.[i]]));
    for (const theme of full.themes) expect(Number(counts.get(theme.id))).toBe(theme.mentions.length);
  });
});
