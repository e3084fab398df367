import { z } from 'zod';

const span = {
  text: z.string().describe('the figure as written; always equal to input.slice(start, end)'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  subject: z.string().nullable().describe('the noun phrase the figure is about, when one is found'),
};

/** What a rate, comparison or trend is about. */
export const measureSchema = z.enum(['first-time-entrants', 'reoffending', 'custody', 'exclusion', 'education', 'other']);
/** Baselines a rate can be compared with. */
export const baselineSchema = z.enum(['national', 'regional', 'statistical-neighbours', 'england-and-wales-average']);

export const percentageSchema = z.object({
  kind: z.literal('percentage'),
  value: z.number().describe('in percent: 97 for "97%"'),
  unit: z.literal('percent'),
  ...span,
});
export const proportionSchema = z.object({
  kind: z.literal('proportion'),
  value: z.number().describe('the part: 9 in "nine out of 12"'),
  total: z.number().describe('the whole: 12 in "nine out of 12"'),
  unit: z.null(),
  ...span,
});
export const fractionSchema = z.object({
  kind: z.literal('fraction'),
  value: z.number().min(0).max(1).describe('the share as a proportion: 0.6667 for "two-thirds", 0.5 for "half of"'),
  unit: z.null(),
  ...span,
});
export const comparisonSchema = z.object({
  kind: z.literal('comparison'),
  measure: measureSchema,
  direction: z.enum(['lower', 'higher']),
  baselines: z.array(baselineSchema),
  degree: z.string().nullable().describe('a stated degree such as "substantially"'),
  ...span,
});
export const trendSchema = z.object({
  kind: z.literal('trend'),
  measure: measureSchema,
  direction: z.enum(['falling', 'rising', 'stable']),
  ...span,
});
export const countSchema = z.object({
  kind: z.literal('count'),
  value: z.number(),
  unit: z.string().nullable().describe('what is counted, e.g. "children"'),
  ...span,
});
export const durationSchema = z.object({
  kind: z.literal('duration'),
  value: z.number().nullable(),
  unit: z.enum(['minutes', 'hours', 'days', 'weeks', 'months', 'years']),
  ...span,
});
export const ageRangeSchema = z.object({
  kind: z.literal('age-range'),
  value: z.number().describe('the lowest age'),
  total: z.number().nullable().describe('the highest age, or null when open-ended ("16+")'),
  unit: z.literal('years'),
  ...span,
});
export const yearSchema = z.object({
  kind: z.literal('year'),
  value: z.number().int(),
  unit: z.null(),
  ...span,
});

/** A figure the text reports. `kind` selects the shape. */
export const metricSchema = z.discriminatedUnion('kind', [
  percentageSchema,
  proportionSchema,
  fractionSchema,
  comparisonSchema,
  trendSchema,
  countSchema,
  durationSchema,
  ageRangeSchema,
  yearSchema,
]);

export type Measure = z.infer<typeof measureSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type Metric = z.infer<typeof metricSchema>;
