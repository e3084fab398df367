/**
 * `childfirst/cli`: the command line as a function, for scripts and tests.
 * @example
 * import { run } from 'childfirst/cli';
 * process.exitCode = await run(['node', 'childfirst', 'analyze', 'reports/', '-o', 'out.jsonl']);
 */
export { run } from './program.js';
export { EXIT } from './errors.js';
export type { RecordError, RecordErrorCode } from './errors.js';
export {
  errorRecordSchema,
  recordErrorSchema,
  reportRecordJsonSchema,
  reportRecordSchema,
} from './output/record-schema.js';
export type { ErrorRecord, ReportRecord } from './output/record-schema.js';
