import type { NameReading, Unit } from '../names/index.js';
import type { ParsedDoc } from '../nlp/parsed.js';
import { readFacts, type Facts } from './facts.js';
import type { CompiledDocument } from './lexicon.js';

export { compileDocument } from './lexicon.js';
export type { CompiledDocument, DocumentCuesInput, DocumentOptions } from './lexicon.js';

/**
 * The document stage, after the names stage: what the text is (award, inspection, thematic report or other), with
 * its title, date, rating and award, and the subject that stands for that kind.
 */
export function findDocument(
  doc: ParsedDoc,
  units: readonly Unit[],
  reading: NameReading,
  compiled: CompiledDocument,
): Facts {
  return readFacts(doc, units, reading, compiled);
}
