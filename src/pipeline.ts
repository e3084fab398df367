import { findDocument, type CompiledDocument } from './document/index.js';
import { findMetrics, type CompiledMetrics } from './metrics/index.js';
import { findNames, type CompiledNames } from './names/index.js';
import { parse } from './nlp/parse.js';
import { SCHEMA_VERSION, type ReportSummary } from './schema.js';
import type { CompiledThemes } from './themes/compile.js';
import { findThemes } from './themes/find.js';

/** Per-call fields copied into the summary. */
export interface CallFields {
  readonly id?: string;
  readonly source?: string;
}

/** Every stage's lexicons, compiled once per analyzer. */
export interface Compiled {
  readonly themes: CompiledThemes;
  readonly metrics: CompiledMetrics;
  readonly names: CompiledNames;
  readonly document: CompiledDocument;
}

/**
 * Parses the text once with wink and hands the same parsed document to every stage: names, then document facts
 * (which read the names stage's result and decide whether the subject stands), then themes and metrics.
 */
export function runPipeline(text: string, compiled: Compiled, call: CallFields): ReportSummary {
  const doc = parse(text);
  const { units, reading } = findNames(doc, compiled.names);
  const facts = findDocument(doc, units, reading, compiled.document);
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(call.id !== undefined ? { id: call.id } : {}),
    ...(call.source !== undefined ? { source: call.source } : {}),
    length: text.length,
    themes: findThemes(doc, compiled.themes),
    metrics: findMetrics(doc, compiled.metrics),
    subject: facts.subject,
    organisations: reading.organisations,
    acronyms: reading.acronyms,
    people: reading.people,
    document: facts.document,
  };
}
