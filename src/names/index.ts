import type { ParsedDoc } from '../nlp/parsed.js';
import { buildUnits, type Unit } from './keys.js';
import { readNames, type NameReading } from './read.js';

export type { NameReading } from './read.js';
export type { Unit } from './keys.js';

/** The names stage: the words as name keys, then areas with the subject they point to, organisations, acronyms and people. */
export function findNames(doc: ParsedDoc): { readonly units: readonly Unit[]; readonly reading: NameReading } {
  const units = buildUnits(doc);
  return { units, reading: readNames(doc, units) };
}
