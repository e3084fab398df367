import type { z } from 'zod';
import { ChildfirstError, type ChildfirstErrorCode } from '../errors.js';
import { cueListSchema, themeLexiconSchema, type Cue, type ThemeLexicon } from './lexicon.js';

/** Validates one theme lexicon; `source` names the file or option it came from. */
export function validateLexicon(data: unknown, source: string): ThemeLexicon {
  const parsed = themeLexiconSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw lexiconError('invalid-lexicon', source, parsed.error);
  assertUnique(parsed.data.id, parsed.data.cues, source);
  return parsed.data;
}

/** Validates cues a user adds to theme `themeId`. */
export function validateCues(data: unknown, themeId: string, source: string): Cue[] {
  const parsed = cueListSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw lexiconError('invalid-lexicon', source, parsed.error);
  assertUnique(themeId, parsed.data, source);
  return parsed.data;
}

/** Throws `duplicate-cue` when two cues share an id or a pattern within one theme. */
export function assertUnique(themeId: string, cues: readonly Cue[], source: string): void {
  const ids = new Set<string>();
  const patterns = new Map<string, string>();
  for (const cue of cues) {
    if (ids.has(cue.id)) {
      throw new ChildfirstError('duplicate-cue', `${source}: theme "${themeId}" has two cues with id "${cue.id}"; expected unique cue ids`);
    }
    ids.add(cue.id);
    for (const p of cue.patterns) {
      const key = `${cue.caseSensitive ? 'case:' : ''}${cue.caseSensitive ? p.trim() : p.trim().toLowerCase()}`;
      const other = patterns.get(key);
      if (other !== undefined) {
        throw new ChildfirstError(
          'duplicate-cue',
          `${source}: theme "${themeId}" lists pattern "${p}" in cue "${other}" and again in cue "${cue.id}"; expected each pattern once`,
        );
      }
      patterns.set(key, cue.id);
    }
  }
}

function lexiconError(code: ChildfirstErrorCode, source: string, error: z.ZodError): ChildfirstError {
  const issue = error.issues[0];
  const where = issue ? issue.path.map(String).join('.') : '';
  const got = issue && 'input' in issue ? ` (got ${JSON.stringify(issue.input)?.slice(0, 80)})` : '';
  return new ChildfirstError(code, `${source}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid lexicon'}${got}`);
}
