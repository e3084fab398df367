import { createAnalyzer, ChildfirstError, type Analyzer } from '../../index.js';
import { messageOf, type RecordError } from '../errors.js';
import { extractText, sniffFormat, type Extracted } from '../extract/decode.js';
import { formatOfPath } from '../extract/formats.js';
import { useThemeColumns } from '../output/csv.js';
import { errorResult, formatOutcome } from '../output/records.js';
import type { Task, TaskResult, WorkerConfig } from '../pool/protocol.js';
import { readRegularFile } from './read.js';

let analyzer: Analyzer | undefined;

/** Builds the worker's analyzer (loading wink and the lexicons), so that no input's time limit pays for it. */
export function prepare(config: WorkerConfig): void {
  // The library reads at most --max-bytes characters, so its limit is the CLI's option.
  analyzer ??= createAnalyzer({
    maxLength: config.maxBytes,
    ...config.lexicon,
    ...(config.stages ? { stages: config.stages } : {}),
  });
}

/** Reads, extracts, analyses and formats one input; never throws. */
export async function runTask(task: Task, config: WorkerConfig): Promise<TaskResult> {
  useThemeColumns(config.columns);
  const loaded = await load(task, config);
  const fail = (error: RecordError): TaskResult => errorResult(config.mode, task.index, task.id, loaded.bytes, error);
  if (!loaded.extracted.ok) return fail(loaded.extracted.error);
  const { text, format } = loaded.extracted;
  try {
    prepare(config);
    const summary = (analyzer as Analyzer).analyze(text, { id: task.id, source: format });
    const out = formatOutcome(config.mode, { id: task.id, summary, text });
    return { index: task.index, id: task.id, bytes: loaded.bytes, error: null, out };
  } catch (error) {
    return fail(libraryError(error, text.length, config.maxBytes));
  }
}

/** A library error as a record error; `input-too-large` names the CLI option, not the library's `maxLength`. */
function libraryError(error: unknown, length: number, maxBytes: number): RecordError {
  if (!(error instanceof ChildfirstError)) return { code: 'failed', message: messageOf(error) };
  if (error.code === 'input-too-large') {
    const message = `the text has ${length} characters, over --max-bytes ${maxBytes}; raise --max-bytes to read it`;
    return { code: error.code, message };
  }
  return { code: error.code, message: error.message };
}

async function load(task: Task, config: WorkerConfig): Promise<{ bytes: number; extracted: Extracted }> {
  const options = { encoding: config.encoding, maxChars: config.maxBytes };
  if (task.input.kind === 'bytes') {
    const { bytes } = task.input;
    return { bytes: bytes.byteLength, extracted: await extractText(bytes, sniffFormat(bytes), options) };
  }
  const read = readRegularFile(task.input.path, config.maxBytes);
  if ('error' in read) return { bytes: read.size, extracted: { ok: false, error: read.error } };
  const format = formatOfPath(task.id) ?? 'text';
  return { bytes: read.bytes.byteLength, extracted: await extractText(read.bytes, format, options) };
}
