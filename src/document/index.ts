import type { ParsedDoc } from '../nlp/parsed.js';
import { readFacts } from './facts.js';
import type { DocumentFacts } from './schema.js';

/** Decides what the text is (award, inspection, thematic report or other), with its title, date, rating and award. */
export function findDocument(doc: ParsedDoc): DocumentFacts {
  return readFacts(doc).document;
}
