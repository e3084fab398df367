import { runBatch, type BatchOptions } from '../batch.js';
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

/** `childfirst matrix`: documents × themes as CSV, mention counts or scores. */
export function matrixCommand(
  inputs: readonly string[],
  value: 'count' | 'score',
  options: BatchOptions,
): Promise<number> {
  return runBatch(inputs, value === 'score' ? 'matrix-score' : 'matrix-count', csvSink('matrix'), options);
}

/** `childfirst report`: one self-contained HTML file. */
export function reportCommand(inputs: readonly string[], options: BatchOptions): Promise<number> {
  return runBatch(inputs, 'report', reportSink(), options);
}
