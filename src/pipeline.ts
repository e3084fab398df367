import { findDocument, type CompiledDocument } from './document/index.js';
import type { Facts } from './document/facts.js';
import { findMetrics, type CompiledMetrics } from './metrics/index.js';
import type { Metric } from './metrics/schema.js';
import { findNames, type CompiledNames, type NameReading, type Unit } from './names/index.js';
import { parse } from './nlp/parse.js';
import { TokenPool } from './nlp/pool.js';
import type { ParsedDoc } from './nlp/parsed.js';
import { SCHEMA_VERSION, type ReportSummary, type StageId } from './schema.js';
import type { CompiledThemes } from './themes/compile.js';
import { findThemes } from './themes/find.js';
import type { ThemeResult } from './themes/schema.js';

export { STAGE_IDS, type StageId } from './schema.js';

/** Every stage's lexicons, compiled once per analyzer from validated data and handed to every run. */
export interface Compiled {
  readonly themes: CompiledThemes;
  readonly metrics: CompiledMetrics;
  readonly names: CompiledNames;
  readonly document: CompiledDocument;
}

/** What the stages have found so far in one document; a stage reads the results of the stages it needs. */
export interface Results {
  names?: { readonly units: readonly Unit[]; readonly reading: NameReading };
  document?: Facts;
  themes?: ThemeResult[];
  metrics?: Metric[];
}

/** One stage: the stages whose results it reads, and how it runs over the parsed document. */
interface Stage<K extends StageId> {
  readonly id: K;
  readonly needs: readonly StageId[];
  run(doc: ParsedDoc, compiled: Compiled, earlier: Results): NonNullable<Results[K]>;
}

const names: Stage<'names'> = { id: 'names', needs: [], run: (doc, compiled) => findNames(doc, compiled.names) };

const document: Stage<'document'> = {
  id: 'document',
  needs: ['names'],
  run: (doc, compiled, { names: found }) => {
    const { units, reading } = need(found, 'names');
    return findDocument(doc, units, reading, compiled.document);
  },
};

const themes: Stage<'themes'> = { id: 'themes', needs: [], run: (doc, compiled) => findThemes(doc, compiled.themes) };

const metrics: Stage<'metrics'> = { id: 'metrics', needs: [], run: (doc, compiled) => findMetrics(doc, compiled.metrics) };

/**
 * The stages in the order they run. wink parses the text once; every stage reads that parsed document and
 * the results of earlier stages. Names come before document facts, which decide whether the subject the
 * names stage found stands for the kind of text it is.
 */
export const PIPELINE: readonly Stage<StageId>[] = [names, document, themes, metrics] as readonly Stage<StageId>[];

/** The stages to run for `wanted`: each wanted stage and the stages it needs, in pipeline order. */
export function resolveStages(wanted: readonly StageId[]): readonly StageId[] {
  const on = new Set<StageId>();
  const add = (id: StageId): void => {
    if (on.has(id)) return;
    on.add(id);
    for (const needed of stageOf(id).needs) add(needed);
  };
  wanted.forEach(add);
  // the subject is decided by the document stage, so asking for names runs it too
  if (on.has('names')) on.add('document');
  return PIPELINE.map((stage) => stage.id).filter((id) => on.has(id));
}

/** Per-call fields copied into the summary. */
export interface CallFields {
  readonly id?: string;
  readonly source?: string;
}

/** The token records every analysis in this process borrows (analyses are synchronous: one at a time, or nested). */
const tokenPool = new TokenPool();

/** Parses the text once with wink and runs `stages` (from {@link resolveStages}) over it, in pipeline order. */
export function runPipeline(
  text: string,
  compiled: Compiled,
  stages: readonly StageId[],
  call: CallFields,
): ReportSummary {
  const records = tokenPool.lend();
  try {
    const doc = parse(text, records);
    const results: Results = {};
    for (const id of stages) {
      const stage = stageOf(id);
      (results as Record<StageId, unknown>)[id] = stage.run(doc, compiled, results);
    }
    // the summary holds strings and numbers read from the tokens, never a token: the records can be reused
    return summaryOf(text, results, stages, call);
  } finally {
    tokenPool.giveBack(records);
  }
}

function summaryOf(text: string, results: Results, stages: readonly StageId[], call: CallFields): ReportSummary {
  const reading = results.names?.reading;
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(call.id !== undefined ? { id: call.id } : {}),
    ...(call.source !== undefined ? { source: call.source } : {}),
    length: text.length,
    computed: [...stages],
    themes: results.themes ?? [],
    metrics: results.metrics ?? [],
    subject: results.document?.subject ?? null,
    organisations: reading?.organisations ?? [],
    acronyms: reading?.acronyms ?? [],
    people: reading?.people ?? [],
    // when the document stage did not run, nothing was read: `computed` says so
    document: results.document?.document ?? { kind: 'other', rating: null, award: null },
  };
}

function stageOf(id: StageId): Stage<StageId> {
  const stage = PIPELINE.find((s) => s.id === id);
  if (!stage) throw new Error(`no stage "${id}"`);
  return stage;
}

function need<T>(value: T | undefined, id: StageId): T {
  if (value === undefined) throw new Error(`the ${id} stage must run first`);
  return value;
}
