import { readFacts } from '../document/facts.js';
import type { ParsedDoc } from '../nlp/parsed.js';
import type { Acronym, Organisation, Person, Subject } from './schema.js';

/** Names found in a text. */
export interface Names {
  readonly subject: Subject | null;
  readonly organisations: Organisation[];
  readonly acronyms: Acronym[];
  readonly people: Person[];
}

/** Finds the subject area, organisations, acronyms and people (subject null for thematic and multi-area texts). */
export function findNames(doc: ParsedDoc): Names {
  return readFacts(doc).names;
}
