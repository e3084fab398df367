/** Kinds of token a finder starts from, as bits (see classify.ts). */
export const NUMBER = 1;
export const COMPARE = 2;
export const TREND = 4;
export const MEASURE = 8;
export const BASELINE = 16;
/** "in"/"within" before a bare unit: "in days rather than weeks". */
export const WITHIN = 32;
/** A duration unit ("days"), which makes "in"/"within" worth reading. */
export const UNIT = 64;
