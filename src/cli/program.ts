import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_JOBS, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_S } from './defaults.js';
import { EXIT, UsageError, messageOf } from './errors.js';
import { VERSION } from './version.js';

interface BatchFlags {
  out?: string;
  lexicon?: string;
  builtinThemes: boolean;
  jobs: number;
  maxBytes: number;
  quiet?: boolean;
  timeout: number;
  encoding: string;
}

const examples = (lines: readonly string[]): string => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

function positiveInt(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d{1,15}$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}.`);
    }
    return n;
  };
}

/** `--folds`: 2 to 50 (one fold would leave nothing to train on). */
function folds(value: string): number {
  const n = positiveInt('--folds', 50)(value);
  if (n < 2) throw new InvalidArgumentError('--folds must be a whole number from 2 to 50.');
  return n;
}

/** A `TextDecoder` label (utf-8, utf-16le, windows-1252, latin1, …), checked against the platform's decoders. */
function encodingLabel(value: string): string {
  try {
    return new TextDecoder(value).encoding;
  } catch {
    throw new InvalidArgumentError(
      `--encoding must be an encoding TextDecoder knows, such as windows-1252; got "${value}".`,
    );
  }
}

function batchOptions(command: Command, outHelp: string, outRequired = false): Command {
  const out = new Option('-o, --out <file>', outHelp);
  if (outRequired) out.makeOptionMandatory();
  return command
    .addOption(out)
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads').argParser(positiveInt('--jobs', 256)).default(DEFAULT_JOBS),
    )
    .addOption(
      new Option('--max-bytes <n>', 'skip files larger than this, with a too-large error record')
        .argParser(positiveInt('--max-bytes', Number.MAX_SAFE_INTEGER))
        .default(DEFAULT_MAX_BYTES),
    )
    .addOption(
      new Option('--timeout <seconds>', 'stop an input that takes longer, with a timeout error record')
        .argParser(positiveInt('--timeout', 86_400))
        .default(DEFAULT_TIMEOUT_S),
    )
    .addOption(
      new Option('--encoding <label>', 'encoding of text and HTML files without a byte-order mark')
        .argParser(encodingLabel)
        .default('utf-8'),
    )
    .option('-q, --quiet', 'no progress bar (it is only shown when stderr is a terminal)')
    .option('--lexicon <file>', 'also use this lexicon file: themes (as childfirst learn writes) or {"cues": ...}')
    .option('--no-builtin-themes', 'use only the themes of --lexicon, not the built-in ones');
}

const batch = (flags: BatchFlags) => ({
  lexicon: flags.lexicon,
  builtInThemes: flags.builtinThemes,
  jobs: flags.jobs,
  maxBytes: flags.maxBytes,
  quiet: flags.quiet === true,
  out: flags.out,
  timeout: flags.timeout,
  encoding: flags.encoding,
});

/** Builds the `childfirst` command line; each command loads its code only when it runs. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('childfirst')
    .description('Tag Child First practice themes, metrics, names and document facts in youth justice reports.')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      examples([
        'childfirst analyze reports/ > summaries.jsonl',
        'childfirst matrix "reports/**/*.pdf" -o matrix.csv',
        'childfirst report reports/ -o report.html',
        'childfirst evaluate --gold my-coding/',
        'childfirst learn --gold my-coding/ --out lexicon.json',
      ]),
    );

  batchOptions(
    program.command('analyze').summary('summarise files, folders, globs or stdin (-)'),
    'write to this file instead of stdout',
  )
    .description(
      'Analyse .txt, .md, .html/.htm and .pdf files, folders, globs or stdin (-): one record per input, in input order.',
    )
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'json', 'csv']).default('jsonl'))
    .option('--stages <list>', 'run only these stages, comma-separated (names, document, themes, metrics); default all')
    .addHelpText(
      'after',
      examples([
        'childfirst analyze report.pdf',
        'childfirst analyze reports/ --format csv -o summaries.csv',
        'childfirst analyze reports/ --stages themes,metrics > themes-and-figures.jsonl',
        'childfirst analyze "inspections/**/*.html" --jobs 4 --quiet > out.jsonl',
        'curl -s https://example.org/press-release.html | childfirst analyze -',
      ]),
    )
    .action(async (inputs: string[], flags: BatchFlags & { format: 'jsonl' | 'json' | 'csv'; stages?: string }) => {
      const { analyzeCommand, stageList } = await import('./commands/batch.js');
      const stages = flags.stages === undefined ? undefined : stageList(flags.stages);
      setExit(await analyzeCommand(inputs, flags.format, { ...batch(flags), stages }));
    });

  batchOptions(program.command('matrix').summary('documents × themes as CSV'), 'write to this file instead of stdout')
    .description(
      'Write a documents × themes CSV (mention counts, or scores with --value score) for R, pandas or a spreadsheet. Inputs that fail are left out and listed on stderr.',
    )
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .addOption(new Option('--value <value>', 'cell value').choices(['count', 'score']).default('count'))
    .addHelpText(
      'after',
      examples(['childfirst matrix reports/ -o matrix.csv', 'childfirst matrix reports/*.txt --value score']),
    )
    .action(async (inputs: string[], flags: BatchFlags & { value: 'count' | 'score' }) => {
      const { matrixCommand } = await import('./commands/batch.js');
      setExit(await matrixCommand(inputs, flags.value, batch(flags)));
    });

  batchOptions(program.command('report').summary('one self-contained HTML report'), 'the HTML file to write', true)
    .description(
      'Write one self-contained HTML file (no network needed): a heatmap of areas × themes, then each document with its evidence highlighted, its metrics and its names.',
    )
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .addHelpText(
      'after',
      examples(['childfirst report reports/ -o report.html', 'childfirst report a.pdf b.html -o two.html --quiet']),
    )
    .action(async (inputs: string[], flags: BatchFlags) => {
      const { reportCommand } = await import('./commands/batch.js');
      setExit(await reportCommand(inputs, batch(flags)));
    });

  program
    .command('evaluate')
    .summary('score the tagger against your own hand-coded reports')
    .description(
      "Analyse every text of a gold folder (gold.json + texts, see README) and report precision, recall and F1 per theme and overall, metrics F1, comparisons, document facts and Cohen's kappa per theme.",
    )
    .requiredOption('--gold <dir>', 'folder holding gold.json and the texts')
    .option('--json', 'print JSON (overall theme micro-F1 at themes.microF1)')
    .option('--lexicon <file>', 'also use this lexicon file (see analyze --lexicon)')
    .option('--no-builtin-themes', 'use only the themes of --lexicon')
    .addHelpText(
      'after',
      examples([
        'childfirst evaluate --gold coding/',
        'childfirst evaluate --gold coding/ --json | jq .themes.microF1',
      ]),
    )
    .action(async (flags: { gold: string; json?: boolean; lexicon?: string; builtinThemes: boolean }) => {
      const { evaluateCommand } = await import('./commands/evaluate.js');
      setExit(
        await evaluateCommand({
          gold: flags.gold,
          json: flags.json === true,
          lexicon: flags.lexicon,
          builtInThemes: flags.builtinThemes,
        }),
      );
    });

  program
    .command('learn')
    .summary('learn a lexicon from your own coded examples, with a cross-validated table')
    .description(
      'Learn a lexicon (one theme per code, cues with their support and precision) from coded segments (--examples, JSON lines {"text", "codes"}) or a gold folder (--gold, as evaluate reads it). Prints precision, recall and F1 per code from k-fold cross-validation by document and writes the lexicon to --out.',
    )
    .option(
      '--examples <file>',
      'coded segments, one JSON object a line: {"text": "...", "codes": ["code"], "doc": "id"?}',
    )
    .option('--gold <dir>', 'a gold folder (gold.json + texts): the sentence holding each quote is a positive')
    .requiredOption('-o, --out <file>', 'the lexicon file to write')
    .addOption(new Option('--folds <n>', 'cross-validation folds, 2 to 50').argParser(folds).default(5))
    .option('--extend', 'for built-in theme ids, write only the cues the bundled lexicon lacks, as {"cues": ...}')
    .addHelpText(
      'after',
      examples([
        'childfirst learn --examples coded.jsonl --out lexicon.json',
        'childfirst learn --gold coding/ --out lexicon.json --folds 10',
        'childfirst analyze reports/ --lexicon lexicon.json --no-builtin-themes > coded.jsonl',
      ]),
    )
    .action(async (flags: { examples?: string; gold?: string; out: string; folds: number; extend?: boolean }) => {
      const { learnCommand } = await import('./commands/learn.js');
      setExit(await learnCommand({ ...flags, extend: flags.extend === true }));
    });

  program
    .command('schema')
    .summary('print the JSON Schema of a summary or of a whole record')
    .description(
      'Print the JSON Schema (draft 2020-12) of one summary, or with "record" of one record of analyze: a summary or an error record.',
    )
    .addArgument(
      new Argument('[which]', 'summary, or record (a summary or an error record)')
        .choices(['summary', 'record'])
        .default('summary'),
    )
    .addHelpText(
      'after',
      examples(['childfirst schema > summary.schema.json', 'childfirst schema record > record.schema.json']),
    )
    .action(async (which: 'summary' | 'record') => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExit(await schemaCommand(which));
    });

  return program;
}

/** Runs the command line (`argv` as in `process.argv`) and resolves to the exit code: 0, 1 (some inputs failed) or 2 (usage). */
export async function run(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    // The reader went away (`childfirst analyze … | head`): stop quietly, as pipelines expect.
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.someFailed;
    // Library errors already begin with "childfirst: "; never print it twice.
    process.stderr.write(`childfirst: ${messageOf(error).replace(/^childfirst: /, '')}\n`);
    return error instanceof UsageError ? EXIT.usage : EXIT.someFailed;
  }
}
