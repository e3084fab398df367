import { z } from 'zod';
import { parseLexicon } from '../lexicons.js';
import { baselineSchema } from './schema.js';

/** One phrase: lower case, trimmed, words separated by single spaces. */
const phrase = z
  .string()
  .min(1, 'an entry must not be empty')
  .refine((s) => s === s.trim() && s === s.toLowerCase() && !s.includes('  '), {
    message: 'an entry must be lower case and trimmed, with single spaces between words',
  });

/** A list of distinct phrases. */
const phrases = z
  .array(phrase)
  .min(1, 'a list must hold at least one entry')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (seen.has(entry)) ctx.addIssue({ code: 'custom', message: 'duplicate entry', path: [i] });
      seen.add(entry);
    });
  });

const comment = { $comment: z.string().optional() };
const byLeaning = z.strictObject({ lower: phrases, higher: phrases, better: phrases, worse: phrases });
const byDirection = z.strictObject({ lower: phrases, higher: phrases });

/** `lexicons/metrics/comparisons.json`: words that compare a rate with a baseline. */
export const comparisonsFileSchema = z.strictObject({
  ...comment,
  /** Direction words followed by the baseline ("lower than national"). */
  triggers: byLeaning,
  /** Words that compare without a direction ("compared with"), or with a built-in leaning. */
  comparators: z.strictObject({ neutral: phrases, better: phrases, worse: phrases }),
  /** Words before a neutral comparison that give its leaning ("low in comparison with"). */
  leanings: byLeaning,
  /** Comparatives that may stand apart from their "than". */
  comparatives: byLeaning,
  /** Leanings that may follow a sentence-opening comparison. */
  stated: byLeaning,
  /** Superlatives compared with the place after them ("the lowest ... in the region"). */
  superlatives: byDirection,
  /** Words between a superlative and its place ("the lowest ... in the region", "among its neighbours"). */
  superlativePlaces: phrases,
  leadIns: phrases,
  /** Inflections of comparison words that wink may lemmatise away ("compared"). */
  inflections: phrases,
  /** Words that may stand between a direction and its baselines, or between two baselines. */
  connectors: phrases,
  /** Multi-word joiners between baselines ("as well as"). */
  joiners: phrases,
  baselineGroups: phrases,
  baselineNouns: phrases,
  /** Words before a group noun that make it statistical neighbours ("similar councils", "comparator YJSs"). */
  neighbourModifiers: phrases,
  /** Words between a named region and its baseline noun ("the Essex Police area average"). */
  regionHeads: phrases,
  degrees: phrases,
  clauseBreaks: phrases,
  denials: phrases,
  /** Words after a direction that name the local figure, so a baseline before it is what is compared ("ours"). */
  ownFigures: phrases,
  /** Words that may join two statements of one comparison ("lower than X and also lower than Y"). */
  restatements: phrases,
});

/** `lexicons/metrics/baselines.json`: phrases naming each baseline. */
export const baselinesFileSchema = z.strictObject({
  ...comment,
  ...Object.fromEntries(baselineSchema.options.map((b) => [b, phrases])),
} as Record<z.infer<typeof baselineSchema>, typeof phrases> & typeof comment);

/** `lexicons/metrics/measures.json`: phrases naming what a rate is about, plus stems ("reoffend..."). */
export const measuresFileSchema = z.strictObject({
  ...comment,
  'first-time-entrants': phrases,
  reoffending: phrases,
  custody: phrases,
  exclusion: phrases,
  education: phrases,
  stems: z.strictObject({ reoffending: phrases }),
});

/** `lexicons/metrics/trends.json`: trend phrases by direction, and words that make one an aim. */
export const trendsFileSchema = z.strictObject({
  ...comment,
  falling: phrases,
  rising: phrases,
  stable: phrases,
  aims: phrases,
});

/** `lexicons/metrics/numbers.json`: number words (units 0-19 and tens 20-90 in order), scales, decimals and fractions. */
export const numbersFileSchema = z.strictObject({
  ...comment,
  units: phrases.length(20, 'units must list the 20 words for 0 to 19 in order'),
  tens: phrases.length(8, 'tens must list the 8 words for 20 to 90 in order'),
  hundred: phrases,
  scales: z.record(z.string().min(1), z.number().int().min(1000)),
  point: phrases,
  fractions: z.record(z.string().min(1), z.number().int().min(2)),
});

/** `lexicons/metrics/never.json`: cues that make a number a date, label, clock time or sum of money. */
export const neverFileSchema = z.strictObject({
  ...comment,
  months: phrases,
  references: phrases,
  timeSuffixes: phrases,
  currency: phrases,
  moneyAfter: phrases,
});

/** `lexicons/metrics/quantities.json`: duration units, age-range context and words a count never counts. */
export const quantitiesFileSchema = z.strictObject({
  ...comment,
  durations: z.strictObject({
    minutes: phrases,
    hours: phrases,
    days: phrases,
    weeks: phrases,
    months: phrases,
    years: phrases,
  }),
  /** Words between a number and its unit ("ten working days"). */
  unitAdjectives: phrases,
  ageAfter: phrases,
  ageBefore: phrases,
  notCounted: phrases,
});

/** Every metric lexicon file, by name. */
export const metricFileSchemas = {
  comparisons: comparisonsFileSchema,
  baselines: baselinesFileSchema,
  measures: measuresFileSchema,
  trends: trendsFileSchema,
  numbers: numbersFileSchema,
  never: neverFileSchema,
  quantities: quantitiesFileSchema,
} as const;

export type MetricFileName = keyof typeof metricFileSchemas;
/** The validated contents of every metric lexicon file. */
export type MetricFiles = { [K in MetricFileName]: z.infer<(typeof metricFileSchemas)[K]> };

/**
 * Validates one metric lexicon file. A bad file throws a `ChildfirstError` (`invalid-lexicon`) naming the file,
 * the entry's path and what was got.
 */
export function validateMetricFile<K extends MetricFileName>(name: K, data: unknown): MetricFiles[K] {
  return parseLexicon(metricFileSchemas[name], data, `lexicons/metrics/${name}.json`) as MetricFiles[K];
}
