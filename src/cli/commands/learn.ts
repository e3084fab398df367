import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChildfirstError, learnLexicon, type CodedDocument, type CodedSegment, type LearnReport } from '../../index.js';
import { EXIT, messageOf, UsageError } from '../errors.js';
import { loadGold } from '../evaluate/gold.js';
import { openOutput } from '../output/writer.js';
import { printToStdout } from '../output/stdout.js';

/** Options of `childfirst learn`. */
export interface LearnCommandOptions {
  readonly examples?: string | undefined;
  readonly gold?: string | undefined;
  readonly out: string;
  readonly folds: number;
  readonly extend: boolean;
}

/**
 * Learns a lexicon from coded segments (JSON lines) or a gold folder, prints the cross-validated table and writes
 * the lexicon to `--out` (a JSON array of themes; with `--extend`, `{ "cues": { themeId: [...] } }`).
 */
export async function learnCommand(options: LearnCommandOptions): Promise<number> {
  const examples = readExamples(options);
  let result;
  try {
    result = learnLexicon(examples, { folds: options.folds, extend: options.extend });
  } catch (error) {
    if (error instanceof ChildfirstError)
      throw new UsageError(`${source(options)}: ${error.message.replace(/^childfirst: /, '')}`);
    throw error;
  }
  const written = options.extend ? { cues: result.proposals ?? {} } : result.lexicon;
  const output = await openOutput(options.out);
  try {
    await output.write(`${JSON.stringify(written, null, 2)}\n`);
    await output.close();
  } catch (error) {
    await output.discard();
    throw error;
  }
  const skipped = options.extend
    ? result.lexicon.filter((t) => !(t.id in (written as { cues: object }).cues)).length
    : 0;
  await printToStdout(formatReport(result.report, options, skipped));
  return EXIT.ok;
}

function source(options: LearnCommandOptions): string {
  return options.gold ?? options.examples ?? '';
}

function readExamples(options: LearnCommandOptions): CodedSegment[] | CodedDocument[] {
  if ((options.examples === undefined) === (options.gold === undefined)) {
    throw new UsageError('expected one of --examples FILE or --gold DIR, got ' + (options.gold ? 'both' : 'neither'));
  }
  if (options.gold !== undefined) {
    return loadGold(resolve(options.gold)).map(({ gold, text }) => ({
      id: gold.id,
      text,
      themes: gold.themes ?? {},
      optional: gold.optional ?? [],
    }));
  }
  return readJsonLines(options.examples as string);
}

/** Reads coded segments, one JSON object a line; blank lines are skipped. */
function readJsonLines(file: string): CodedSegment[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${messageOf(error)}`);
  }
  const out: CodedSegment[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as CodedSegment);
    } catch (error) {
      throw new UsageError(
        `${file} line ${i + 1}: expected one JSON object a line, got invalid JSON: ${messageOf(error)}`,
      );
    }
  });
  if (out.length === 0) throw new UsageError(`${file}: expected coded segments, one JSON object a line, got none`);
  return out;
}

const pct = (x: number): string => x.toFixed(2).padStart(5);

/** The cross-validated table: one row per code, then the micro-averaged total and the warnings. */
export function formatReport(report: LearnReport, options: LearnCommandOptions, skipped: number): string {
  const head = `${'code'.padEnd(24)} ${'pos'.padStart(5)} ${'docs'.padStart(5)} ${'cues'.padStart(5)}   seg P   seg R  seg F1   doc P   doc R  doc F1`;
  const row = (name: string, pos: string, docs: string, cues: string, s: LearnReport['overall']) =>
    `${name.padEnd(24)} ${pos.padStart(5)} ${docs.padStart(5)} ${cues.padStart(5)}   ${pct(s.segment.precision)}   ${pct(s.segment.recall)}   ${pct(s.segment.f1)}   ${pct(s.document.precision)}   ${pct(s.document.recall)}   ${pct(s.document.f1)}`;
  const lines = [
    `Learned from ${report.segments} segments (${report.negatives} uncoded) in ${report.documents} documents; ${report.folds}-fold cross-validation by document:`,
    '',
    head,
    ...report.codes.map((c) => row(c.code, String(c.positives), String(c.documents), String(c.cues), c)),
    row('all (micro)', '', '', '', report.overall),
    '',
    ...report.warnings.map((w) => `warning: ${w}`),
    skipped > 0 ? `--extend: ${skipped} code(s) are not built-in theme ids and were left out` : '',
    `wrote ${options.out}`,
  ];
  return `${lines.filter((l, i) => l !== '' || i < 3 || i === lines.length).join('\n')}\n`;
}
