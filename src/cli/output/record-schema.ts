import { z } from 'zod';
import { reportSummarySchema } from '../../index.js';

/** Why one input produced no summary. */
export const recordErrorSchema = z.strictObject({
  code: z
    .string()
    .min(1)
    .describe('machine-readable reason, e.g. "unreadable", "not-utf8", "too-large" (README: the table of error codes)'),
  message: z.string().describe('what was expected and what was got, for people'),
});

/** The record of an input that produced no summary. It has no `schemaVersion`: that tells it from a summary. */
export const errorRecordSchema = z.strictObject({
  schemaVersion: z.undefined().optional().describe('never present on an error record'),
  id: z.string().describe('the input as given: its path, or "-" for stdin'),
  error: recordErrorSchema,
});

/**
 * One record of `childfirst analyze` (a JSON line, or an element of `--format json`): a summary
 * when the input was analysed, else an error record. Discriminated on `schemaVersion`, which only
 * summaries carry.
 */
export const reportRecordSchema = z.discriminatedUnion('schemaVersion', [reportSummarySchema, errorRecordSchema]);

/** An error record of `childfirst analyze`. */
export type ErrorRecord = z.infer<typeof errorRecordSchema>;

/** One record of `childfirst analyze`: a summary or an error record. */
export type ReportRecord = z.infer<typeof reportRecordSchema>;

/** JSON Schema (draft 2020-12) of {@link ReportRecord}; an error record's `schemaVersion` must be absent. */
export const reportRecordJsonSchema = z.toJSONSchema(reportRecordSchema, {
  unrepresentable: (ctx) => (ctx.zodSchema._zod.def.type === 'undefined' ? { not: {} } : 'throw'),
});
