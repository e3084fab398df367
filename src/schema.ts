import { z } from 'zod';
import { documentSchema } from './document/schema.js';
import { metricSchema } from './metrics/schema.js';
import { acronymSchema, organisationSchema, personSchema, subjectSchema } from './names/schema.js';
import { STAGE_IDS } from './stages.js';
import { themeResultSchema } from './themes/schema.js';

export { STAGE_IDS, type StageId } from './stages.js';

/** Version of the summary's JSON shape; bumped on any breaking change. */
export const SCHEMA_VERSION = '1.2.0';

/** The structured summary `analyze()` returns. */
export const reportSummarySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().optional().describe('caller-supplied identifier, e.g. the file path in the CLI'),
  source: z.string().optional().describe('caller-supplied source, e.g. "pdf" or a URL'),
  length: z.number().int().nonnegative().describe('length of the input in UTF-16 code units'),
  computed: z
    .array(z.enum(STAGE_IDS))
    .describe(
      'the stages that ran, in order; the fields of a stage not listed are empty and were not computed (names: subject, organisations, acronyms, people; document: document; themes; metrics)',
    ),
  themes: z.array(themeResultSchema),
  metrics: z.array(metricSchema),
  subject: subjectSchema.nullable(),
  organisations: z.array(organisationSchema),
  acronyms: z.array(acronymSchema),
  people: z.array(personSchema),
  document: documentSchema,
});

/** A structured summary of one report. */
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** JSON Schema (draft 2020-12) of {@link ReportSummary}, for other languages and stores. */
export const reportSummaryJsonSchema = z.toJSONSchema(reportSummarySchema);
