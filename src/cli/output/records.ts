import type { RecordError } from '../errors.js';
import type { Formatted, OutputMode, TaskResult } from '../pool/protocol.js';
import { renderDocument } from '../report/document.js';
import { csvLine, matrixRow, summaryRow } from './csv.js';
import type { Outcome } from './outcome.js';

export type { Outcome } from './outcome.js';

/** The JSON record of an outcome: the summary itself, or `{ id, error: { code, message } }`. */
export function jsonRecord(outcome: Outcome): string {
  if ('error' in outcome)
    return JSON.stringify({ id: outcome.id, error: { code: outcome.error.code, message: outcome.error.message } });
  return JSON.stringify(outcome.summary);
}

/** The result of an input that produced no summary, formatted for the output. */
export function errorResult(mode: OutputMode, index: number, id: string, bytes: number, error: RecordError): TaskResult {
  return { index, id, bytes, error, out: formatOutcome(mode, { id, error }) };
}

/** Formats one outcome for the given output mode. */
export function formatOutcome(mode: OutputMode, outcome: Outcome): Formatted {
  switch (mode) {
    case 'jsonl':
      return jsonRecord(outcome);
    case 'csv':
      return csvLine(summaryRow(outcome));
    case 'matrix-count':
    case 'matrix-score': {
      const row = matrixRow(outcome, mode === 'matrix-score' ? 'score' : 'count');
      return row ? csvLine(row) : null;
    }
    case 'report':
      return renderDocument(outcome);
  }
}
