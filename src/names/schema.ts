import { z } from 'zod';

const span = {
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
};

/** The kind of partnership or service a text is about. */
export const subjectTypeSchema = z.enum([
  'area-partnership',
  'youth-justice-service',
  'youth-offending-service',
  'youth-offending-team',
  'other',
]);

/** ONS GSS code of a local authority, e.g. "E09000007". */
const gssCode = z.string().regex(/^[EW]\d{8}$/);

/** One local authority area of the subject: as written, and the gazetteer's name and code when it is known. */
export const subjectMemberSchema = z.object({
  area: z.string().describe('as written, e.g. "Hull"'),
  canonical: z.string().nullable().describe('the gazetteer name, e.g. "Kingston upon Hull"; null for an area it does not know'),
  code: gssCode.nullable().describe('ONS GSS local authority code, e.g. "E06000010"; null when not known'),
});

/** The partnership or service the text is about; null for texts about many areas. */
export const subjectSchema = z.object({
  name: z.string().describe('as written, e.g. "Blackburn with Darwen Area Partnership"'),
  area: z.string().describe('the area as the text writes it, e.g. "Blackburn with Darwen" or "Tower Hamlets/City of London"'),
  canonical: z
    .string()
    .nullable()
    .describe('the gazetteer name of a single known authority, e.g. "Kingston upon Hull"; null for joint or unknown areas'),
  code: gssCode.nullable().describe('ONS GSS code of a single known authority; null for joint or unknown areas'),
  members: z.array(subjectMemberSchema).min(1).describe('each local authority area the subject covers, one for a single area'),
  type: subjectTypeSchema,
});

export const organisationTypeSchema = z.enum([
  'partnership',
  'service',
  'team',
  'panel',
  'forum',
  'board',
  'inspectorate',
  'body',
  'other',
]);

/** A service, team, panel, forum, board or body named in the text. */
export const organisationSchema = z.object({
  name: z.string(),
  type: organisationTypeSchema,
  acronym: z.string().nullable(),
  ...span,
});

/** An acronym with its expansion, from the text itself or from the built-in glossary. */
export const acronymSchema = z.object({
  acronym: z.string(),
  expansion: z.string(),
  source: z.enum(['text', 'glossary']),
  ...span,
});

/** A named person with the role the text gives them. */
export const personSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  ...span,
});

export type Subject = z.infer<typeof subjectSchema>;
export type SubjectMember = z.infer<typeof subjectMemberSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Acronym = z.infer<typeof acronymSchema>;
export type Person = z.infer<typeof personSchema>;
