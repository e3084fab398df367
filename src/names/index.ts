import type { ParsedDoc } from '../nlp/parsed.js';
import type { Acronym, Organisation, Person, Subject } from './schema.js';

/** Names found in a text. */
export interface Names {
  readonly subject: Subject | null;
  readonly organisations: Organisation[];
  readonly acronyms: Acronym[];
  readonly people: Person[];
}

/** Finds the subject, organisations, acronyms and people. (Filled by the names issue.) */
export function findNames(_doc: ParsedDoc): Names {
  return { subject: null, organisations: [], acronyms: [], people: [] };
}
