import { readFileSync } from 'node:fs';
import { ChildfirstError, createAnalyzer, type AnalyzerOptions } from '../index.js';
import { messageOf, UsageError } from './errors.js';

/** Analyzer options from `--lexicon FILE [--no-builtin-themes]`, plain JSON so worker threads can receive them. */
export type LexiconOptions = Pick<AnalyzerOptions, 'themes' | 'cues' | 'builtInThemes'>;

type Themes = NonNullable<AnalyzerOptions['themes']>;
type Cues = NonNullable<AnalyzerOptions['cues']>;

/**
 * Reads a lexicon file: one theme (as in `lexicons/themes/`), an array of themes (what `childfirst learn` writes)
 * or `{ "cues": { themeId: [...] } }` (what `learn --extend` writes). Validated here, once, with the library's
 * own checks, so a bad file stops the command before any input is read.
 */
export function readLexiconFile(file: string | undefined, builtInThemes: boolean): LexiconOptions | undefined {
  if (file === undefined) {
    if (!builtInThemes) throw new UsageError('--no-builtin-themes needs --lexicon FILE, the themes to use instead');
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the lexicon ${file}: ${messageOf(error)}`);
  }
  const options: LexiconOptions = { ...shapeOf(file, data), ...(builtInThemes ? {} : { builtInThemes: false }) };
  try {
    createAnalyzer(options);
  } catch (error) {
    if (error instanceof ChildfirstError)
      throw new UsageError(`${file}: ${error.message.replace(/^childfirst: /, '')}`);
    throw error;
  }
  return options;
}

function shapeOf(file: string, data: unknown): LexiconOptions {
  // the shapes are only told apart here; createAnalyzer validates every field
  if (Array.isArray(data)) return { themes: data as Themes };
  if (typeof data === 'object' && data !== null) {
    if ('id' in data) return { themes: [data] as unknown as Themes };
    if ('cues' in data) return { cues: (data as { cues: Cues }).cues };
  }
  throw new UsageError(
    `${file}: expected a theme {id, label, description, cues}, an array of themes or {"cues": {...}}, got ${Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data}`,
  );
}
