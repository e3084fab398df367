import type { ParsedDoc } from '../nlp/parsed.js';
import type { CompiledNames } from './compile.js';
import type { Unit } from './keys.js';
import { readNames, type NameReading } from './read.js';

export type { NameReading } from './read.js';
export type { Unit } from './keys.js';
export type { Subject } from './schema.js';
export { compileNames } from './compile.js';
export type { CompiledNames, NameOptions } from './compile.js';
export type { AcronymsInput, AreasInput } from './extend.js';

/**
 * The names stage, with the analyzer's compiled lexicons: the words as name keys, then areas with the subject they
 * point to, organisations, acronyms and people.
 */
export function findNames(
  doc: ParsedDoc,
  compiled: CompiledNames,
): { readonly units: readonly Unit[]; readonly reading: NameReading } {
  const units = doc.parts;
  return { units, reading: readNames(doc, units, compiled) };
}
