import { describe, expect, it } from 'vitest';
import { errorRecordSchema, reportRecordJsonSchema, reportRecordSchema } from '../src/cli/index.js';
import { analyze } from '../src/index.js';

const summary = analyze('Harwick Youth Justice Service works with families.', { id: 'a.txt', source: 'text' });
const error = { id: 'b.pdf', error: { code: 'corrupt-pdf', message: 'expected a PDF, got a broken file' } };

describe('reportRecordSchema: a summary or an error record', () => {
  it.each([
    ['a summary', summary],
    ['an error record', error],
    ['an error record with a code the library gave', { id: '-', error: { code: 'input-too-large', message: 'x' } }],
  ])('accepts %s', (_name, record) => {
    expect(reportRecordSchema.parse(record)).toEqual(record);
  });

  it.each([
    ['an error record with a schemaVersion', { ...error, schemaVersion: '1.0.0' }],
    ['an error record without a message', { id: 'b.pdf', error: { code: 'empty' } }],
    ['an error record with an empty code', { id: 'b.pdf', error: { code: '', message: 'x' } }],
    ['an error record with an extra field', { ...error, source: 'pdf' }],
    ['an error record without an id', { error: error.error }],
    ['a summary without its themes', { ...summary, themes: undefined }],
    ['a summary of another version', { ...summary, schemaVersion: '0.9.0' }],
  ])('refuses %s', (_name, record) => {
    expect(reportRecordSchema.safeParse(record).success).toBe(false);
  });

  it('tells the two apart by schemaVersion, in zod and in the JSON Schema', () => {
    expect(errorRecordSchema.safeParse(summary).success).toBe(false);
    const [summaryJson, errorJson] = (reportRecordJsonSchema as { oneOf: Record<string, unknown>[] }).oneOf;
    expect(summaryJson).toMatchObject({ properties: { schemaVersion: { const: summary.schemaVersion } } });
    expect(errorJson).toMatchObject({
      properties: { schemaVersion: { not: {} } },
      required: ['id', 'error'],
      additionalProperties: false,
    });
  });
});
