import { EXIT, UsageError, type RecordError } from './errors.js';
import { expandInputs, type InputRef } from './inputs.js';
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
}

const WORKER_URL = new URL('./cli-worker.js', import.meta.url);

/**
 * Analyses every input in worker threads and streams one formatted record per input, in input order,
 * through `sink` to `--out` or stdout. Returns the exit code: 0 when all succeeded, 1 when some failed
 * (after a summary line on stderr).
 */
export async function runBatch(
  args: readonly string[],
  mode: OutputMode,
  sink: Sink,
  options: BatchOptions,
): Promise<number> {
  const inputs = await expandInputs(args);
  if (inputs.length === 0) throw new UsageError(`no input files found in: ${args.join(' ')}`);
  const items = await Promise.all(inputs.map((input, index) => toItem(input, index, mode, options.maxBytes)));
  const output = await openOutput(options.out);
  const progress = await createProgress(items.length, process.stderr, options.quiet);
  const failures = new Map<string, number>();
  await output.write(sink.begin());
  try {
    const pool = {
      jobs: options.jobs,
      workerUrl: WORKER_URL,
      config: { mode, maxBytes: options.maxBytes },
      typicalBytes: await typicalInputBytes(items),
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
  } finally {
    progress.stop();
  }
  await output.write(sink.end());
  await output.close();
  return report(failures, items.length);
}

function report(failures: ReadonlyMap<string, number>, total: number): number {
  const failed = [...failures.values()].reduce((a, b) => a + b, 0);
  if (failed === 0) return EXIT.ok;
  const detail = [...failures.entries()].map(([code, n]) => `${n} ${code}`).join(', ');
  process.stderr.write(`childfirst: ${failed} of ${total} inputs failed (${detail})\n`);
  return EXIT.someFailed;
}

async function toItem(input: InputRef, index: number, mode: OutputMode, maxBytes: number): Promise<Task | TaskResult> {
  if (input.kind === 'file') return { index, id: input.id, input: { kind: 'file', path: input.path } };
  const bytes = await readStdin(maxBytes);
  if (bytes) return { index, id: input.id, input: { kind: 'bytes', bytes } };
  const error: RecordError = { code: 'too-large', message: `stdin has more than --max-bytes ${maxBytes} bytes` };
  return errorResult(mode, index, input.id, maxBytes, error);
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
