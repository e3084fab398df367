import { expect } from 'vitest';
import { z } from 'zod';
import { parse } from '../src/nlp/parse.js';
import { BUNDLED_LEXICONS } from '../src/themes/bundled.js';
import { compileThemes } from '../src/themes/compile.js';
import { findThemes } from '../src/themes/find.js';
import { themeResultSchema, type ThemeResult } from '../src/themes/schema.js';
import { validateLexicon } from '../src/themes/validate.js';

const compiled = compileThemes(BUNDLED_LEXICONS.map(({ source, data }) => validateLexicon(data, source)));
const resultsSchema = z.array(themeResultSchema);

/**
 * Runs only the theme stage with the bundled lexicons (so theme tests do not depend on the other
 * stages), validates the results against the summary's theme schema and checks every span.
 */
export function themesOf(text: string): ThemeResult[] {
  const results = findThemes(parse(text), compiled);
  const parsed = resultsSchema.safeParse(results);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  for (const theme of results) for (const m of theme.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return results;
}
