import { z } from 'zod';
import areasData from '../../lexicons/areas.json';
import acronymsData from '../../lexicons/acronyms.json';
import vocabData from '../../lexicons/names/vocab.json';
import { parseLexicon } from '../lexicons.js';

const nonEmpty = z.string().trim().min(1);

/** One local authority area (strict: a misspelt field is an error, not ignored). */
export const areaSchema = z.strictObject({
  name: nonEmpty,
  kind: z.enum(['county', 'unitary', 'former', 'metropolitan-borough', 'london-borough', 'principal-area']),
  country: z.enum(['england', 'wales']),
  /** ONS GSS code of the local authority (E06, E08, E09, E10, W06; a former authority keeps its last code). */
  code: z.string().regex(/^[EW]\d{8}$/, 'a GSS code such as "E09000007"'),
  /** Other names the text may use ("Southend" for "Southend-on-Sea"). */
  aliases: z.array(nonEmpty).optional(),
  /** Names (the name or an alias) that are also ordinary words or surnames: found only in context. */
  ambiguous: z.array(nonEmpty).optional(),
});

/** A joint service named for two or more areas ("Western Bay"); members are canonical area names. */
export const jointAreaSchema = z.strictObject({ name: nonEmpty, members: z.array(nonEmpty).min(2) });

/** `lexicons/areas.json`: local authority areas of England and Wales, joint services and blocking phrases. */
export const areasFileSchema = z.object({
  areas: z.array(areaSchema),
  joint: z.array(jointAreaSchema),
  /** Capitalised phrases that contain an area name but never name the area ("Essex Police"). */
  blockers: z.array(nonEmpty),
});

/** One written form of an acronym: a single word starting with a capital ("YJS", "SaLT"). */
const acronymForm = z
  .string()
  .regex(/^\p{Lu}[\p{L}\p{N}]*$/u, 'one word of letters and digits starting with a capital');

/** One acronym with its expansion and other written forms. */
export const acronymSchema = z.strictObject({
  acronym: acronymForm,
  expansion: nonEmpty,
  variants: z.array(acronymForm).optional(),
});

/** `lexicons/acronyms.json`: the field's acronyms and their expansions. */
export const acronymsFileSchema = z.object({ acronyms: z.array(acronymSchema) });

const serviceTypeSchema = z.enum([
  'area-partnership',
  'youth-justice-service',
  'youth-offending-service',
  'youth-offending-team',
  'council',
]);

/** `lexicons/names/vocab.json`: head nouns, titles and role words the name finders use. */
export const vocabFileSchema = z.object({
  serviceHeads: z.array(z.object({ phrase: nonEmpty, type: serviceTypeSchema })),
  headFillers: z.array(nonEmpty),
  nonAreaHeads: z.array(nonEmpty),
  titles: z.array(nonEmpty),
  areaContext: z.array(nonEmpty),
  orgHeads: z.record(
    z.string(),
    z.enum(['partnership', 'service', 'team', 'panel', 'forum', 'board', 'inspectorate', 'body', 'other']),
  ),
  complementHeads: z.array(nonEmpty),
  orgTails: z.array(nonEmpty),
  bodies: z.array(nonEmpty),
  roleNouns: z.array(nonEmpty),
  notNames: z.array(nonEmpty),
  /** Sentence-initial time words that never start a name ("Yesterday Harwick Youth Justice Service ..."). */
  leadingTimeWords: z.array(nonEmpty),
  /** Words after a place that make it a comparison baseline, not the subject ("the Avon and Somerset average"). */
  baselineNouns: z.array(nonEmpty),
  /** Words between such a place and its baseline noun ("the Kent Police area average"). */
  baselineHeads: z.array(nonEmpty),
  /** Verbs of speech after a name that make it a person ("Jane Doe said"). */
  speechVerbs: z.array(nonEmpty),
  /** Lower-case words and signs inside a role ("Head of Communications"). */
  roleLinks: z.array(nonEmpty),
  /** Titles that are roles in themselves ("Councillor Lily Sutton"). */
  titleRoles: z.array(nonEmpty),
  /** Articles skipped before a role after a name ("Jane Doe, the Service Manager"). */
  articles: z.array(nonEmpty),
  /** Words and signs inside a capitalised organisation name ("Youth Justice Board for England and Wales"). */
  orgInner: z.array(nonEmpty),
  /** Lower-case heads after a capitalised name ("the New Directions team"). */
  lowerHeads: z.array(nonEmpty),
  /** Plural heads shared by two names ("the Early Help and YOS teams"). */
  sharedHeads: z.array(nonEmpty),
  /** Words before a name that make a lower-case head after it generic ("a Youth Justice team"). */
  indefinites: z.array(nonEmpty),
  /** Counts of three or more that announce several partnerships; vague words ("several") are left out. */
  severalCounts: z.array(nonEmpty),
  /** Plural nouns for partnerships and services after such a count; "councils" is left out (one joint service spans several). */
  severalPlurals: z.array(nonEmpty),
  /** Words between the count and the noun ("four Area Partnerships", "three more youth justice services"). */
  severalBetween: z.array(nonEmpty),
  /** Words before the count that make the text about one of them ("one of four areas", "across three areas"). */
  severalNotBefore: z.array(nonEmpty),
  /** Verbs after "areas" that make them parts of one service's work ("four areas were judged good"). */
  aspectVerbs: z.array(nonEmpty),
  /** Words between a service head and the place it serves ("the team in X", "the service covering X", "services: X"). */
  placePrepositions: z.array(nonEmpty),
  /** Words and signs that join two places into one joint area ("Tower Hamlets/City of London", "Bedwick & South Fenland"). */
  areaJoiners: z.array(nonEmpty),
  /** Lower-case words and signs inside area names ("Blackburn with Darwen", "Rhondda Cynon Taf", "Pen-y-bont ar Ogwr"). */
  areaConnectors: z.array(nonEmpty),
  /** Words after an ambiguous area name, besides service heads, that show it names the area ("Reading's children"). */
  serviceContext: z.array(nonEmpty),
});

export type AreasFile = z.infer<typeof areasFileSchema>;
export type AcronymsFile = z.infer<typeof acronymsFileSchema>;
export type VocabFile = z.infer<typeof vocabFileSchema>;
export type ServiceType = z.infer<typeof serviceTypeSchema>;

let cache: NameFiles | undefined;

/** The bundled name lexicon files. */
export interface NameFiles {
  readonly areas: AreasFile;
  readonly acronyms: AcronymsFile;
  readonly vocab: VocabFile;
}

/** The bundled name lexicons, validated once per process on first use. */
export function bundledNameLexicons(): NameFiles {
  cache ??= {
    areas: parseLexicon(areasFileSchema, areasData, 'lexicons/areas.json'),
    acronyms: parseLexicon(acronymsFileSchema, acronymsData, 'lexicons/acronyms.json'),
    vocab: parseLexicon(vocabFileSchema, vocabData, 'lexicons/names/vocab.json'),
  };
  return cache;
}
