import { z } from 'zod';
import { parseLexicon } from '../lexicons.js';
import { baselineSchema, measureSchema } from './schema.js';

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
  /** Words before a comparison that open its clause ("when compared with", "as compared to"). */
  clauseOpeners: phrases,
  /** Words between a direction and an own-figure word ("higher than that of ours", "lower than those here"). */
  ownFillers: phrases,
  /** Words after a place that make it a region of its own: "the Gwent police area". */
  placeHeads: phrases,
  /** Words between a neighbour modifier and its group: "most similar police forces", "similar local authorities". */
  groupFillers: phrases,
  /** Words inside a place name between capitalised words ("Avon and Somerset", "Stoke-on-Trent"). */
  nameInner: phrases,
  /** Words before a named region that make it the place an average is taken over ("the average for the ..."). */
  averageOver: phrases,
  /** Words that make a sentence worth reading for a baseline though no baseline phrase is in it ("than"). */
  baselineAnchors: phrases,
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
  /** Words that make a sentence worth reading for a measure without naming one ("the trend", "its trajectory"). */
  anchors: phrases,
  /** Measures for which a lower figure is better, so "better than" reads as lower. */
  lowerIsBetter: z.array(measureSchema),
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

/** `lexicons/metrics/never.json`: cues that make a number a label, clock time or sum of money (months: `lexicons/dates.json`). */
export const neverFileSchema = z.strictObject({
  ...comment,
  references: phrases,
  timeSuffixes: phrases,
  currency: phrases,
  moneyAfter: phrases,
  /** Clock suffixes, also glued to a digit ("3pm"), that make the number before them a time. */
  meridiems: phrases,
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
  /** Words before the lower age of a range ("between 10 and 17", "from 10 to 17"). */
  ageBetween: phrases,
  /** Words between the two ends of an age range ("10 to 17", "10-17"). */
  rangeWords: phrases,
  /** Words before a bare unit that make it a duration ("in days rather than weeks"). */
  within: phrases,
  /** Words glued by a hyphen to an open age range's lower age ("post-16", "over-18s"). */
  ageOpenPrefixes: phrases,
  /** Words glued by a hyphen before a number that make the token read as one ("post-16", "1-in-5"). */
  gluedNumberPrefixes: phrases,
});

/** `lexicons/metrics/figures.json`: words around a percentage, proportion or fraction and the phrase it is about. */
export const figuresFileSchema = z.strictObject({
  ...comment,
  /** Words after "half" that make it a share of something ("half of", "half the children"). */
  halfOf: phrases,
  /** Words before "half" or "quarter" that make it a part of a period ("the first half of the year"). */
  periodParts: phrases,
  /** Words before "N/M" or "N out of M" that make it a score ("scored 8/10"). */
  scoreWords: phrases,
  /** Units after a total that make "N of M" a time, not a share ("3 of 12 months"). */
  timeUnits: phrases,
  /** Words before a part that make it a position in time, not a share ("year 2 of 3"). */
  periods: phrases,
  /** Words that make a period a time ("last year 11 of the 14 ..."), not a label ("year 2 of 3"). */
  timeDeterminers: phrases,
  /** Words between "out of" (or "of") and the total ("out of every 10", "of the three"). */
  outOfFillers: phrases,
  /** Words that end the phrase before a bracketed figure ("... and aged 16 to 17 (64%)"). */
  subjectListEnds: phrases,
  /** Words that end the subject before "is 30%" (a subject may itself hold "and": "children and young people"). */
  subjectClauseEnds: phrases,
  /** Verbs and words between a subject and its figure ("the rate was 30%", "stood at 12%"). */
  copulas: phrases,
  /** Words that end the phrase after "of" ("88% of children, while ..."). */
  clauseJoiners: phrases,
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
  figures: figuresFileSchema,
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
