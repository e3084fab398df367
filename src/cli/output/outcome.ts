import type { ReportSummary } from '../../index.js';
import type { RecordError } from '../errors.js';

/** What one input produced: a summary with the text it came from, or an error. */
export type Outcome =
  | { readonly id: string; readonly summary: ReportSummary; readonly text: string }
  | { readonly id: string; readonly error: RecordError };
