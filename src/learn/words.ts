/**
 * The learner's one door to the word layer: parsing, the theme matcher's token keys and pattern compilation.
 * Everything the learner knows about words comes through here, so a learned pattern compiles back to the
 * keys it was learned from.
 */
export { parse } from '../nlp/parse.js';
export type { ParsedDoc } from '../nlp/parsed.js';
export { foldedKeys, isJoiner, isWord, keyTokens, type TokenKeys } from '../themes/keys.js';
export { compilePatterns } from '../themes/forms.js';
