import { BUNDLED_LEXICONS } from './themes/bundled.js';

export { STAGE_IDS, type StageId } from './stages.js';
import type { ThemeLexicon } from './themes/lexicon.js';
import type { Tenet } from './themes/schema.js';

/** A theme of the Child First taxonomy. */
export interface ThemeInfo {
  readonly id: string;
  readonly label: string;
  readonly tenet: Tenet;
  readonly description: string;
}

/** The built-in taxonomy: every theme's id, label, tenet and description, in taxonomy order. */
export const themes: readonly ThemeInfo[] = Object.freeze(
  BUNDLED_LEXICONS.map(({ data }) => {
    // bundled lexicons always name their tenet (validateLexicon checks it)
    const { id, label, tenet, description } = data as ThemeLexicon & { tenet: Tenet };
    return Object.freeze({ id, label, tenet, description });
  }),
);
