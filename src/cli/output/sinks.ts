import type { TaskResult } from '../pool/protocol.js';
import { csvLine, matrixHeader, summaryHeader } from './csv.js';

/** Turns the ordered stream of results into the output text: a head, one chunk per result, a tail. */
export interface Sink {
  begin(): string;
  record(result: TaskResult): string;
  end(): string;
}

const asText = (result: TaskResult): string => (typeof result.out === 'string' ? result.out : '');

/** One JSON record per line. */
export function jsonlSink(): Sink {
  return { begin: () => '', record: (r) => `${asText(r)}\n`, end: () => '' };
}

/** One JSON array, one record per line, written as it streams. */
export function jsonSink(): Sink {
  let first = true;
  return {
    begin: () => '[',
    record(r) {
      const sep = first ? '\n' : ',\n';
      first = false;
      return sep + asText(r);
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** CSV with a header row; rows were formatted by the workers (failed inputs may have none). */
export function csvSink(kind: 'summary' | 'matrix'): Sink {
  return {
    begin: () => csvLine(kind === 'summary' ? summaryHeader() : matrixHeader()),
    record: asText,
    end: () => '',
  };
}
