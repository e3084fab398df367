import type { StageId } from '../../taxonomy.js';
import type { LexiconOptions } from '../lexicon-file.js';
import type { RecordError } from '../errors.js';

/**
 * What a worker reads: a file path, or bytes the parent already holds (stdin). A path is raw bytes when
 * the file's name is not valid UTF-8 (found in a folder), so that it is opened by its real name.
 */
export type TaskInput =
  | { readonly kind: 'file'; readonly path: string | Uint8Array }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array };

/** One input to analyse; `index` is its position in the input order. */
export interface Task {
  readonly index: number;
  readonly id: string;
  readonly input: TaskInput;
}

/** How each record is formatted, in the worker, before it reaches the output. */
export type OutputMode = 'jsonl' | 'csv' | 'matrix-count' | 'matrix-score' | 'report';

/** Settings every worker starts with. */
export interface WorkerConfig {
  readonly mode: OutputMode;
  readonly maxBytes: number;
  /** `--encoding`: the `TextDecoder` label for text and HTML without a byte-order mark. */
  readonly encoding: string;
  /** The analysis stages to run (`--stages`; `matrix` needs only themes); all when absent. */
  readonly stages?: readonly StageId[];
  /** `--lexicon FILE [--no-builtin-themes]`, already validated. */
  readonly lexicon?: LexiconOptions;
  /** The theme columns of CSV and matrix rows (default: the taxonomy's). */
  readonly columns?: readonly string[];
}

/** One document's part of the HTML report, plus what the contents list and the corpus heatmap need from it. */
export interface ReportPart {
  /** The inside of the document's article; the report sink adds the element, its anchor and a link back. */
  readonly html: string;
  readonly area: string | null;
  readonly themes: readonly string[];
  /** A few words for the contents list: kind and rating or award level, or the error code. */
  readonly note: string;
}

/** A formatted record: a line of JSON or CSV, a report part, or nothing (a failed row left out of a matrix). */
export type Formatted = string | ReportPart | null;

/** The outcome of one task, formatted for the output. */
export interface TaskResult {
  readonly index: number;
  readonly id: string;
  readonly bytes: number;
  readonly error: RecordError | null;
  readonly out: Formatted;
}

/** What a worker posts once it has loaded everything and can take inputs. */
export const READY = 'ready';
