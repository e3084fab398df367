/** The analysis stages, in the order they run; a caller may ask for some of them only. Plain data, no imports. */
export const STAGE_IDS = ['names', 'document', 'themes', 'metrics'] as const;

/** One analysis stage: `names` (subject, organisations, acronyms, people), `document`, `themes` or `metrics`. */
export type StageId = (typeof STAGE_IDS)[number];
