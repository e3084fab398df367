import { z } from 'zod';

/** HMIP's four-point rating scale. */
export const ratingSchema = z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate']);

/** A Youth Justice SEND award. */
export const awardSchema = z.object({
  name: z.string().nullable().describe('the award as named, e.g. "Youth Justice SEND Quality Lead"'),
  level: z.enum(['quality-mark', 'quality-lead']),
  redesignation: z.boolean().describe('redesignated, reaccredited or revalidated'),
  commendations: z.array(z.enum(['child-first'])),
});

/** A rating given to one standard or aspect of the inspected service. */
export const aspectSchema = z.object({
  aspect: z.string(),
  rating: ratingSchema,
});

/** What the text is: its kind, title, date, and award or rating. */
export const documentSchema = z.object({
  kind: z.enum(['award', 'inspection', 'thematic', 'other']),
  title: z.string().nullable().optional(),
  date: z.string().nullable().optional().describe('ISO 8601 date (YYYY-MM-DD, or YYYY-MM) when stated'),
  rating: ratingSchema.nullable(),
  aspects: z.array(aspectSchema).optional(),
  award: awardSchema.nullable(),
});

export type Rating = z.infer<typeof ratingSchema>;
export type Award = z.infer<typeof awardSchema>;
export type DocumentFacts = z.infer<typeof documentSchema>;
