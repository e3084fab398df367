/**
 * A theme's score: 1 − e^(−w/2), where w sums, over the sentences that mention the theme, the
 * highest cue weight in each sentence. One strong sentence gives 0.39, three give 0.78, and more
 * evidence approaches 1. Rounded to three decimals.
 */
export function scoreOf(weight: number): number {
  return Math.round((1 - Math.exp(-weight / 2)) * 1000) / 1000;
}
