import type { NameReading, Unit } from '../names/index.js';
import type { Subject } from '../names/index.js';
import type { ParsedDoc } from '../nlp/parsed.js';
import { readAward } from './award.js';
import { decideKind } from './kind.js';
import type { CompiledDocument } from './lexicon.js';
import { readRating } from './rating.js';
import type { DocumentFacts } from './schema.js';
import { readDate, readTitle } from './title.js';

/** The document facts, and the subject they leave standing (none for a thematic report). */
export interface Facts {
  readonly subject: Subject | null;
  readonly document: DocumentFacts;
}

/** Reads the document facts from the parsed document and the names stage's reading of it, with the analyzer's cues. */
export function readFacts(
  doc: ParsedDoc,
  units: readonly Unit[],
  reading: NameReading,
  compiled: CompiledDocument,
): Facts {
  const { cues } = compiled;
  const { award, oneLevel, inLead } = readAward(doc, units, cues);
  const title = readTitle(doc);
  const candidate = reading.evidence.subject;
  let ratings: ReturnType<typeof readRating> | undefined;
  const rate = (): ReturnType<typeof readRating> => (ratings ??= readRating(doc, cues));
  const kind = decideKind(doc, units, cues, {
    celebratesAward: award !== null,
    awardInLead: inLead,
    hasSubject: candidate !== null,
    // "Northmere Youth Justice Service was rated Good": a youth justice service with an overall rating
    ratedService: () => candidate !== null && candidate.type !== 'other' && rate().rating !== null,
    // "the two youth justice partnerships in the force area": a round-up names more than one area
    listsAreas: reading.evidence.listsAreas || (candidate === null && reading.evidence.distinctAreas >= 2),
    title,
  });
  const subject = kind === 'thematic' ? null : candidate;
  const rated = kind === 'inspection' ? rate() : { rating: null, aspects: [] };
  const date = readDate(doc, compiled.months);
  const document: DocumentFacts = {
    kind,
    ...(title !== null ? { title } : {}),
    ...(date !== null ? { date } : {}),
    rating: rated.rating,
    ...(rated.aspects.length > 0 ? { aspects: rated.aspects } : {}),
    // A round-up of several partnerships keeps its award only when they all gained the same level.
    award: kind === 'award' && (subject !== null || oneLevel) ? award : null,
  };
  return { subject, document };
}
