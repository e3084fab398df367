import { z } from 'zod';
import { tenetSchema } from './schema.js';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// words, digits, spaces, hyphens, apostrophes, slashes, ampersands, dots and plus; an optional trailing * makes the last word a prefix
const patternShape = /^[\p{L}\p{N}][\p{L}\p{N}\s'’\-/&.+]*\*?$/u;

const patternSchema = z
  .string()
  .trim()
  .min(1, 'a pattern must not be empty')
  .max(120, 'a pattern must be at most 120 characters')
  .regex(patternShape, 'a pattern is words separated by spaces or hyphens, with an optional trailing *');

/** One cue: a set of patterns that evidence a theme, with optional context rules. */
export const cueSchema = z
  .object({
    id: z.string().regex(kebab, 'a cue id is kebab-case, e.g. "co-located"'),
    patterns: z.array(patternSchema).min(1, 'a cue needs at least one pattern').max(500),
    weight: z.number().gt(0).lte(1).default(1),
    caseSensitive: z.boolean().default(false),
    requires: z.array(patternSchema).max(200).optional(),
    excludes: z.array(patternSchema).max(200).optional(),
    window: z.number().int().min(1).max(40).default(8),
    /** Learned cues: positive examples holding the pattern (a record for reviewers; not used in matching). */
    support: z.number().int().nonnegative().optional(),
    /** Learned cues: share of the examples holding the pattern that were coded with the theme. */
    precision: z.number().min(0).max(1).optional(),
  })
  .strict();

/** A theme as a lexicon file describes it. */
export const themeLexiconSchema = z
  .object({
    id: z.string().regex(kebab, 'a theme id is kebab-case, e.g. "co-location"'),
    label: z.string().min(1),
    tenet: tenetSchema.optional(),
    description: z.string().min(1),
    minWeight: z.number().gt(0).max(10).default(1),
    cues: z.array(cueSchema).min(1, 'a theme needs at least one cue').max(10_000),
  })
  .strict();

/** Cues to add to an existing theme, as users pass them. */
export const cueListSchema = z.array(cueSchema).max(10_000);

export type CueInput = z.input<typeof cueSchema>;
export type Cue = z.output<typeof cueSchema>;
export type ThemeLexiconInput = z.input<typeof themeLexiconSchema>;
export type ThemeLexicon = z.output<typeof themeLexiconSchema>;
