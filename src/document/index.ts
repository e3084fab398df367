import type { ParsedDoc } from '../nlp/parsed.js';
import type { DocumentFacts } from './schema.js';

/** Decides what the text is: award, inspection, thematic report or other. (Filled by the document issue.) */
export function findDocument(_doc: ParsedDoc): DocumentFacts {
  return { kind: 'other', rating: null, award: null };
}
