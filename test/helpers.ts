import { expect } from 'vitest';
import { reportSummarySchema, type ReportSummary } from '../src/index.js';

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
