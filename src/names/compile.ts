import { compileGlossary, type Glossary } from './acronyms.js';
import { extendAcronyms, extendAreas } from './extend.js';
import { compileGazetteer, type Gazetteer } from './gazetteer.js';
import { bundledNameLexicons, type NameFiles } from './lexicon.js';
import { compileOrgVocab, type OrgVocab } from './organisations.js';
import type { PeopleVocab } from './people.js';
import { compileServiceHeads, type ServiceHeads } from './services.js';
import type { SeveralWords } from './several.js';
import type { BaselineWords } from './subject.js';

/** What extends the bundled name lexicons (unknown until validated). */
export interface NameOptions {
  readonly areas?: unknown;
  readonly acronyms?: unknown;
}

/** The name lexicons of one analyzer, compiled once: the gazetteer, glossary, service heads and word lists. */
export interface CompiledNames {
  readonly gazetteer: Gazetteer;
  readonly glossary: Glossary;
  readonly heads: ServiceHeads;
  readonly org: OrgVocab;
  readonly people: PeopleVocab;
  readonly notNames: ReadonlySet<string>;
  readonly baseline: BaselineWords;
  readonly placePrepositions: ReadonlySet<string>;
  readonly several: SeveralWords;
  readonly areaJoiners: ReadonlySet<string>;
  readonly memberSplit: RegExp;
}

let bundled: CompiledNames | undefined;

/**
 * Compiles the name lexicons: the bundled ones, shared by every caller without options, or the bundled ones plus
 * `options.areas` and `options.acronyms` (validated; bad or already-bundled entries throw `invalid-lexicon`).
 */
export function compileNames(options: NameOptions = {}): CompiledNames {
  const files = bundledNameLexicons();
  if (options.areas === undefined && options.acronyms === undefined) return (bundled ??= compileFiles(files));
  return compileFiles({
    ...files,
    ...(options.areas !== undefined ? { areas: extendAreas(files.areas, options.areas) } : {}),
    ...(options.acronyms !== undefined ? { acronyms: extendAcronyms(files.acronyms, options.acronyms) } : {}),
  });
}

function compileFiles(files: NameFiles): CompiledNames {
  const { vocab } = files;
  const org = compileOrgVocab(vocab);
  return {
    gazetteer: compileGazetteer(files.areas, vocab),
    glossary: compileGlossary(files.acronyms),
    heads: compileServiceHeads(vocab),
    org,
    people: {
      roles: org.roles,
      titles: new Set(vocab.titles),
      notNames: org.notNames,
      heads: org.heads,
      speechVerbs: new Set(vocab.speechVerbs),
      roleLinks: new Set(vocab.roleLinks),
      titleRoles: new Set(vocab.titleRoles),
      articles: new Set(vocab.articles),
    },
    notNames: org.notNames,
    baseline: { nouns: new Set(vocab.baselineNouns), heads: new Set(vocab.baselineHeads) },
    placePrepositions: new Set(vocab.placePrepositions),
    areaJoiners: new Set(vocab.areaJoiners),
    memberSplit: memberSplit(vocab.areaJoiners),
    several: {
      severalCounts: new Set(vocab.severalCounts),
      severalPlurals: new Set(vocab.severalPlurals),
      severalBetween: new Set(vocab.severalBetween),
      severalNotBefore: new Set(vocab.severalNotBefore),
      aspectVerbs: new Set(vocab.aspectVerbs),
    },
  };
}

/** A joiner splits a joint name: a sign wherever it stands ("A/B", "A & B"), a word between spaces ("A and B"). */
function memberSplit(joiners: readonly string[]): RegExp {
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(joiners.map((j) => (/^\p{L}+$/u.test(j) ? `\\s${escape(j)}\\s` : escape(j))).join('|'), 'u');
}
