import { availableParallelism } from 'node:os';
import type { StageId } from '../taxonomy.js';
import { EXIT, UsageError, type RecordError } from './errors.js';
import type { LexiconOptions } from './lexicon-file.js';
import { ACCEPTED, extensionOf, formatOfPath } from './extract/formats.js';
import { expandInputs, type InputRef } from './inputs.js';
import { themeColumnsOf, useThemeColumns } from './output/csv.js';
import { openOutput } from './output/writer.js';
import type { Sink } from './output/sinks.js';
import { errorResult } from './output/records.js';
import { typicalInputBytes } from './pool/heap.js';
import { runOrdered } from './pool/pool.js';
import type { OutputMode, Task, TaskResult } from './pool/protocol.js';
import { createProgress } from './progress.js';

/** Options shared by every command that analyses a batch of inputs. */
export interface BatchOptions {
  readonly jobs: number;
  readonly maxBytes: number;
  readonly quiet: boolean;
  readonly out?: string | undefined;
  /** Seconds one input may take (`--timeout`). */
  readonly timeout: number;
  /** `TextDecoder` label for text without a byte-order mark (`--encoding`). */
  readonly encoding: string;
  /** The analysis stages to run (`--stages`); all when absent. */
  readonly stages?: readonly StageId[] | undefined;
  /** `--lexicon FILE`. */
  readonly lexicon?: string | undefined;
  /** false with `--no-builtin-themes`. */
  readonly builtInThemes?: boolean;
}

const WORKER_URL = new URL('./cli-worker.js', import.meta.url);

/**
 * Analyses every input in worker threads and streams one formatted record per input, in input order,
 * through `sink` to `--out` or stdout. Returns the exit code: 0 when all succeeded, 1 when some failed
 * (after a summary line on stderr). Files that folders and globs held but that are not read are counted on
 * stderr by extension.
 */
export async function runBatch(
  args: readonly string[],
  mode: OutputMode,
  sink: Sink,
  options: BatchOptions,
): Promise<number> {
  const lexicon = await lexiconOf(options);
  const columns = lexicon ? { columns: themeColumnsOf(lexicon) } : {};
  useThemeColumns(columns.columns);
  const { inputs, skipped } = await expandInputs(args, { output: options.out });
  if (inputs.length === 0) throw new UsageError(`no input files found in: ${args.join(' ')}${skipNote(skipped)}`);
  const jobs = capJobs(options.jobs, availableParallelism());
  if (jobs < options.jobs) {
    process.stderr.write(`childfirst: --jobs ${options.jobs} is more than the ${jobs} cores here; using ${jobs}\n`);
  }
  const items = await Promise.all(inputs.map((input, index) => toItem(input, index, mode, options.maxBytes)));
  const output = await openOutput(options.out);
  const progress = await createProgress(items.length, process.stderr, options.quiet);
  const failures = new Map<string, number>();
  try {
    await output.write(sink.begin());
    const pool = {
      jobs,
      workerUrl: WORKER_URL,
      config: {
        mode,
        maxBytes: options.maxBytes,
        encoding: options.encoding,
        ...stagesOf(options),
        ...(lexicon ? { lexicon, ...columns } : {}),
      },
      typicalBytes: await typicalInputBytes(items),
      timeoutMs: options.timeout * 1000,
      onRetry: (id: string) => {
        if (!options.quiet)
          process.stderr.write(`childfirst: ${id} needs more memory; analysing it in a worker of its own\n`);
      },
    };
    await runOrdered(items, pool, async (result) => {
      if (result.error) failures.set(result.error.code, (failures.get(result.error.code) ?? 0) + 1);
      await output.write(sink.record(result));
      progress.tick(result.bytes);
    });
    await output.write(sink.end());
    progress.stop();
    await output.close();
  } catch (error) {
    progress.stop();
    await output.discard();
    throw error;
  }
  if (skipped.size > 0) process.stderr.write(`childfirst: skipped${skipNote(skipped).slice(1)}\n`);
  return report(failures, items.length);
}

/**
 * `--lexicon FILE [--no-builtin-themes]`, checked with the library's own validation. The library (and with it the
 * NLP model) is loaded only when a lexicon is given: the main thread otherwise never loads it.
 */
async function lexiconOf(options: BatchOptions): Promise<LexiconOptions | undefined> {
  const builtIn = options.builtInThemes !== false;
  if (options.lexicon === undefined && builtIn) return undefined;
  const { readLexiconFile } = await import('./lexicon-file.js');
  return readLexiconFile(options.lexicon, builtIn);
}

function stagesOf(options: BatchOptions): { stages?: readonly StageId[] } {
  return options.stages ? { stages: options.stages } : {};
}

/** `--jobs` capped at the number of cores: more threads than cores only add memory. */
export function capJobs(requested: number, cores: number): number {
  return Math.max(1, Math.min(requested, cores));
}

/** "; N files of other types (2 .docx, 1 .json); accepted: .txt, …", or just the accepted types. */
function skipNote(skipped: ReadonlyMap<string, number>): string {
  const total = [...skipped.values()].reduce((a, b) => a + b, 0);
  const detail = [...skipped.entries()].map(([ext, n]) => `${n} ${ext}`).join(', ');
  const files = total > 0 ? ` ${total} file${total === 1 ? '' : 's'} of other types (${detail});` : '';
  return `;${files} accepted: ${ACCEPTED}`;
}

function report(failures: ReadonlyMap<string, number>, total: number): number {
  const failed = [...failures.values()].reduce((a, b) => a + b, 0);
  if (failed === 0) return EXIT.ok;
  const detail = [...failures.entries()].map(([code, n]) => `${n} ${code}`).join(', ');
  process.stderr.write(`childfirst: ${failed} of ${total} inputs failed (${detail})\n`);
  return EXIT.someFailed;
}

async function toItem(input: InputRef, index: number, mode: OutputMode, maxBytes: number): Promise<Task | TaskResult> {
  const fail = (error: RecordError): TaskResult => errorResult(mode, index, input.id, 0, error);
  if (input.kind === 'failed') return fail(input.error);
  if (input.kind === 'file') {
    if (formatOfPath(input.id) !== null) return { index, id: input.id, input: { kind: 'file', path: input.path } };
    const message = `.${extensionOf(input.id)} files are not read; accepted: ${ACCEPTED}`;
    return fail({ code: 'unsupported-type', message });
  }
  const bytes = await readStdin(maxBytes);
  if (bytes) return { index, id: input.id, input: { kind: 'bytes', bytes } };
  return fail({ code: 'too-large', message: `stdin has more than --max-bytes ${maxBytes} bytes` });
}

/** All of stdin, or null when it is longer than `maxBytes`. */
async function readStdin(maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
