import { z } from 'zod';

/** The Child First tenets, plus `enabler` for system-level practice. */
export const tenetSchema = z.enum([
  'as-children',
  'pro-social-identity',
  'collaborating-with-children',
  'diverting-from-stigma',
  'enabler',
]);

/** One piece of evidence: an exact span of the input that matched a cue. */
export const mentionSchema = z.object({
  text: z.string().describe('the matched text; always equal to input.slice(start, end)'),
  start: z.number().int().nonnegative().describe('UTF-16 offset of the first character'),
  end: z.number().int().nonnegative().describe('UTF-16 offset after the last character'),
  sentence: z.number().int().nonnegative().describe('index of the sentence holding the mention'),
  cue: z.string().describe('id of the lexicon cue that matched, "<theme>/<cue>"'),
  negated: z.boolean().describe('true when the sentence denies the practice ("no resettlement plan")'),
});

/** A theme the text evidences, with its evidence. */
export const themeResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  tenet: tenetSchema.optional().describe('the Child First tenet; absent for custom themes that name none'),
  score: z.number().min(0).max(1).describe('strength of evidence in [0, 1]; see README'),
  mentions: z.array(mentionSchema),
});

export type Tenet = z.infer<typeof tenetSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type ThemeResult = z.infer<typeof themeResultSchema>;
