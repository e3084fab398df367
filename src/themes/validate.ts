import type { z } from 'zod';
import { ChildfirstError, type ChildfirstErrorCode } from '../errors.js';
import { lexiconError as sharedLexiconError } from '../lexicons.js';
import { THEME_IDS } from './bundled.js';
import { cueListSchema, cueSchema, themeLexiconSchema, type Cue, type ThemeLexicon } from './lexicon.js';

const BUNDLED_FILE = /^lexicons\/themes\/([a-z0-9-]{1,80})\.json$/;
const KNOWN: ReadonlySet<string> = new Set(THEME_IDS);

/**
 * Validates one theme lexicon; `source` names the file or option it came from. A bundled file
 * (`lexicons/themes/<id>.json`) must also carry its file name as `id`, and that id must be a
 * theme of the taxonomy.
 */
export function validateLexicon(data: unknown, source: string): ThemeLexicon {
  const parsed = themeLexiconSchema.safeParse(data);
  if (!parsed.success) throw lexiconError('invalid-lexicon', source, parsed.error, data);
  const file = BUNDLED_FILE.exec(source)?.[1];
  if (file !== undefined) assertFileId(parsed.data, file, source);
  assertUnique(parsed.data.id, parsed.data.cues, source);
  return parsed.data;
}

/** Validates cues a user adds to theme `themeId`. */
export function validateCues(data: unknown, themeId: string, source: string): Cue[] {
  const parsed = cueListSchema.safeParse(data);
  if (!parsed.success) throw lexiconError('invalid-lexicon', source, parsed.error, data);
  assertUnique(themeId, parsed.data, source);
  return parsed.data;
}

/** Throws `duplicate-cue` when two cues of one theme share an id, or a pattern (ignoring case unless case-sensitive). */
export function assertUnique(themeId: string, cues: readonly Cue[], source: string): void {
  const ids = new Map<string, number>();
  const patterns = new Map<string, string>();
  cues.forEach((cue, i) => {
    const earlier = ids.get(cue.id);
    if (earlier !== undefined) {
      throw new ChildfirstError(
        'duplicate-cue',
        `${source} at cues.${i}.id: expected unique cue ids in theme "${themeId}", got "${cue.id}" again (first at cues.${earlier})`,
      );
    }
    ids.set(cue.id, i);
    cue.patterns.forEach((p, j) => {
      const key = cue.caseSensitive ? `case:${p.trim()}` : p.trim().toLowerCase();
      const other = patterns.get(key);
      if (other !== undefined) {
        throw new ChildfirstError(
          'duplicate-cue',
          `${source} at cues.${i}.patterns.${j}: expected each pattern once in theme "${themeId}", got "${p}" again (already in cue "${other}")`,
        );
      }
      patterns.set(key, cue.id);
    });
  });
}

function assertFileId({ id, tenet }: ThemeLexicon, file: string, source: string): void {
  if (tenet === undefined) {
    throw new ChildfirstError('invalid-lexicon', `${source} at tenet: expected a bundled theme to name its tenet, got none`);
  }
  if (id !== file) {
    throw new ChildfirstError('invalid-lexicon', `${source} at id: expected the file name "${file}", got "${id}"`);
  }
  if (!KNOWN.has(id)) {
    throw new ChildfirstError(
      'unknown-theme',
      `${source} at id: expected a theme id of the taxonomy (${THEME_IDS.join(', ')}), got "${id}"`,
    );
  }
}

function lexiconError(code: ChildfirstErrorCode, source: string, error: z.ZodError, data: unknown): ChildfirstError {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  if (issue?.code === 'unrecognized_keys') {
    const fields = Object.keys(typeof issue.path.at(-1) === 'number' ? cueSchema.shape : themeLexiconSchema.shape);
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    return new ChildfirstError(
      code,
      `${source}${where}: expected only the fields ${fields.join(', ')}, got unknown ${keys}`,
    );
  }
  return sharedLexiconError(source, error, data, code);
}
