import type { ParsedDoc } from '../nlp/parsed.js';
import { findAcronyms } from './acronyms.js';
import type { CompiledNames } from './compile.js';
import { findAreas } from './gazetteer.js';
import { TokenMask, type Unit } from './keys.js';
import { findOrganisations } from './organisations.js';
import { findPeople } from './people.js';
import type { Acronym, Organisation, Person } from './schema.js';
import { weighSubject, type SubjectEvidence } from './subject.js';

/** Everything the names stage reads from one document, before the document kind is known. */
export interface NameReading {
  readonly evidence: SubjectEvidence;
  readonly organisations: Organisation[];
  readonly acronyms: Acronym[];
  readonly people: Person[];
}

/** Reads areas, organisations, acronyms and people from the parsed document, with the analyzer's compiled lexicons. */
export function readNames(doc: ParsedDoc, units: readonly Unit[], words: CompiledNames): NameReading {
  const { gazetteer, glossary } = words;
  const areas = findAreas(doc, units, gazetteer);
  const evidence = weighSubject(doc, units, areas, {
    notNames: words.notNames,
    baseline: words.baseline,
    codes: gazetteer.codes,
    heads: words.heads,
    placePrepositions: words.placePrepositions,
    several: words.several,
    areaJoiners: words.areaJoiners,
    memberSplit: words.memberSplit,
  });
  const places = new TokenMask(doc.tokens.length);
  for (const a of areas) for (let t = a.first; t <= a.last; t++) places.add(t);
  const acronyms = findAcronyms(doc, glossary);
  const defined = acronyms.filter((a) => a.source === 'text');
  const organisations = findOrganisations(doc, units, places, words.org, glossary, defined);
  const blocked = new TokenMask(doc.tokens.length, places);
  for (const o of organisations) {
    for (let t = tokenAt(doc, o.start); t < doc.tokens.length && (doc.tokens[t]?.end ?? Infinity) <= o.end; t++) blocked.add(t);
  }
  const people = findPeople(doc, blocked, words.people);
  return { evidence, organisations, acronyms, people };
}

/** Index of the first token starting at or after `offset` (binary search). */
function tokenAt(doc: ParsedDoc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
