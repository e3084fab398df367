import type { ParsedDoc } from '../nlp/parsed.js';
import { bundledGlossary, findAcronyms } from './acronyms.js';
import { bundledGazetteer, findAreas } from './gazetteer.js';
import { TokenMask, type Unit } from './keys.js';
import { bundledNameLexicons } from './lexicon.js';
import { compileOrgVocab, findOrganisations, type OrgVocab } from './organisations.js';
import { findPeople, type PeopleVocab } from './people.js';
import type { Acronym, Organisation, Person } from './schema.js';
import { weighSubject, type BaselineWords, type SubjectEvidence } from './subject.js';

/** Everything the names stage reads from one document, before the document kind is known. */
export interface NameReading {
  readonly evidence: SubjectEvidence;
  readonly organisations: Organisation[];
  readonly acronyms: Acronym[];
  readonly people: Person[];
}

interface NameVocab {
  readonly org: OrgVocab;
  readonly people: PeopleVocab;
  readonly notNames: ReadonlySet<string>;
  readonly baseline: BaselineWords;
}

let vocab: NameVocab | undefined;

function compiledVocab(): NameVocab {
  if (vocab) return vocab;
  const file = bundledNameLexicons().vocab;
  const org = compileOrgVocab(file);
  vocab = {
    org,
    people: { roles: org.roles, titles: new Set(file.titles), notNames: org.notNames, heads: org.heads },
    notNames: org.notNames,
    baseline: { nouns: new Set(file.baselineNouns), heads: new Set(file.baselineHeads) },
  };
  return vocab;
}

/** Reads areas, organisations, acronyms and people from the parsed document. */
export function readNames(doc: ParsedDoc, units: readonly Unit[]): NameReading {
  const words = compiledVocab();
  const gazetteer = bundledGazetteer();
  const areas = findAreas(doc, units, gazetteer);
  const evidence = weighSubject(doc, units, areas, { notNames: words.notNames, baseline: words.baseline, codes: gazetteer.codes });
  const places = new TokenMask(doc.tokens.length);
  for (const a of areas) for (let t = a.first; t <= a.last; t++) places.add(t);
  const glossary = bundledGlossary();
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
