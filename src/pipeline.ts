import { findDocument } from './document/index.js';
import { findMetrics } from './metrics/index.js';
import { findNames } from './names/index.js';
import { parse } from './nlp/parse.js';
import { SCHEMA_VERSION, type ReportSummary } from './schema.js';
import type { CompiledThemes } from './themes/compile.js';
import { findThemes } from './themes/find.js';

/** Per-call fields copied into the summary. */
export interface CallFields {
  readonly id?: string;
  readonly source?: string;
}

/**
 * Parses the text once with wink and hands the same parsed document to every stage: names, then document facts
 * (which read the names stage's result and decide whether the subject stands), then themes and metrics.
 */
export function runPipeline(text: string, themes: CompiledThemes, call: CallFields): ReportSummary {
  const doc = parse(text);
  const { units, reading } = findNames(doc);
  const facts = findDocument(doc, units, reading);
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(call.id !== undefined ? { id: call.id } : {}),
    ...(call.source !== undefined ? { source: call.source } : {}),
    length: text.length,
    themes: findThemes(doc, themes),
    metrics: findMetrics(doc),
    subject: facts.subject,
    organisations: reading.organisations,
    acronyms: reading.acronyms,
    people: reading.people,
    document: facts.document,
  };
}
