import { expect } from 'vitest';
import { analyze, ChildfirstError, reportSummarySchema, type ReportSummary } from '../src/index.js';

/** Validates a summary against the schema and checks every span points at its own text. */
export function expectValidSummary(summary: ReportSummary, input: string): void {
  const parsed = reportSummarySchema.safeParse(summary);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  for (const theme of summary.themes) {
    for (const m of theme.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
  }
  for (const m of summary.metrics) expect(input.slice(m.start, m.end)).toBe(m.text);
  for (const list of [summary.organisations, summary.acronyms, summary.people]) {
    for (const m of list) expect(input.slice(m.start, m.end)).toBe(m.text);
  }
}

/** Runs `fn` and returns the ChildfirstError it throws; rethrows anything else and fails when nothing is thrown. */
export function childfirstErrorOf(fn: () => unknown): ChildfirstError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChildfirstError) return e;
    throw e;
  }
  throw new Error('expected a ChildfirstError, got none');
}

/** Analyses `text` and checks the summary is valid and its spans exact. */
export function analyzeValid(text: string): ReportSummary {
  const summary = analyze(text);
  expectValidSummary(summary, text);
  return summary;
}
