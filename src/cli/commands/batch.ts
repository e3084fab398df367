import { STAGE_IDS, type StageId } from '../../taxonomy.js';
import { runBatch, type BatchOptions } from '../batch.js';
import { UsageError } from '../errors.js';
import { csvSink, jsonlSink, jsonSink } from '../output/sinks.js';
import { reportSink } from '../report/sink.js';

/** Output formats of `childfirst analyze`. */
export type AnalyzeFormat = 'jsonl' | 'json' | 'csv';

/** `childfirst analyze`: one record per input, as JSON lines, a JSON array or CSV. */
export function analyzeCommand(
  inputs: readonly string[],
  format: AnalyzeFormat,
  options: BatchOptions,
): Promise<number> {
  if (format === 'csv') return runBatch(inputs, 'csv', csvSink('summary'), options);
  return runBatch(inputs, 'jsonl', format === 'json' ? jsonSink() : jsonlSink(), options);
}

/** `--stages themes,metrics`: known stage ids, each once, else a usage error naming the one not known. */
export function stageList(value: string): StageId[] {
  const known: readonly string[] = STAGE_IDS;
  const ids = value.split(',').map((id) => id.trim());
  for (const id of ids) {
    if (!known.includes(id)) {
      throw new UsageError(`--stages takes a comma-separated list of ${STAGE_IDS.join(', ')}; got "${id}"`);
    }
  }
  return [...new Set(ids)] as StageId[];
}

/** `childfirst matrix`: documents × themes as CSV, mention counts or scores. */
export function matrixCommand(
  inputs: readonly string[],
  value: 'count' | 'score',
  options: BatchOptions,
): Promise<number> {
  // a matrix holds themes only: the other stages are not run
  const themesOnly = { ...options, stages: ['themes'] as const };
  return runBatch(inputs, value === 'score' ? 'matrix-score' : 'matrix-count', csvSink('matrix'), themesOnly);
}

/** `childfirst report`: one self-contained HTML file. */
export function reportCommand(inputs: readonly string[], options: BatchOptions): Promise<number> {
  return runBatch(inputs, 'report', reportSink(), options);
}
