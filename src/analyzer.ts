import { z } from 'zod';
import { ChildfirstError, describe, isChildfirstError, messageOf, type ChildfirstErrorCode } from './errors.js';
import { compileDocument, type DocumentCuesInput } from './document/index.js';
import { preview } from './lexicons.js';
import { compileMetrics, type BaselinesInput } from './metrics/index.js';
import { compileNames, type AcronymsInput, type AreasInput } from './names/index.js';
import { resolveStages, runPipeline, type Compiled } from './pipeline.js';
import { STAGE_IDS, type ReportSummary, type StageId } from './schema.js';
import { BUNDLED_LEXICONS } from './themes/bundled.js';
import { compileThemes, type CompiledThemes } from './themes/compile.js';
import type { CueInput, ThemeLexicon, ThemeLexiconInput } from './themes/lexicon.js';
import { validateCues, validateLexicon, assertUnique } from './themes/validate.js';

/** The default limit on input length: 20 million UTF-16 code units (about 20 MB of text). */
export const DEFAULT_MAX_LENGTH = 20_000_000;

/** Options for {@link createAnalyzer}. Lexicons are validated and compiled once, here. */
export interface AnalyzerOptions {
  /** New themes, in the lexicon file format. */
  themes?: readonly ThemeLexiconInput[];
  /** Extra cues for existing themes, keyed by theme id. */
  cues?: Readonly<Record<string, readonly CueInput[]>>;
  /** Theme ids to switch off. */
  disable?: readonly string[];
  /** Extra comparison baselines, as in `lexicons/metrics/baselines.json`: `{ national: ['across england'] }`. */
  baselines?: BaselinesInput;
  /** Extra areas (name, kind, country, ONS GSS code, aliases) and joint areas, as in `lexicons/areas.json`. */
  areas?: AreasInput;
  /** Extra acronyms with their expansions, as in `lexicons/acronyms.json`. */
  acronyms?: AcronymsInput;
  /** Extra entries for the document cue lists, as in `lexicons/document/cues.json`: `{ otherTitle: ['bulletin'] }`. */
  documentCues?: DocumentCuesInput;
  /** `false` analyses with `themes` only (a learned or hand-written lexicon), without the bundled themes. Default `true`. */
  builtInThemes?: boolean;
  /** Longest text accepted, in UTF-16 code units (default 20,000,000); longer input throws `input-too-large`. */
  maxLength?: number;
  /**
   * The stages to run (default: all). Stages another one needs run too; the fields of the others are left
   * empty and the summary's `computed` lists what ran. `['themes']` skips names, document facts and metrics.
   */
  stages?: readonly StageId[];
}

/** Per-call options for `analyze`. */
export interface AnalyzeOptions {
  /** An identifier copied into the summary, e.g. a file path. */
  id?: string;
  /** Where the text came from, copied into the summary, e.g. "pdf" or a URL. */
  source?: string;
}

/** An analyzer with its lexicons compiled once. */
export interface Analyzer {
  /** Analyses one text synchronously. */
  analyze(text: string, options?: AnalyzeOptions): ReportSummary;
}

const optionsSchema = z
  .object({
    themes: z.array(z.unknown()).optional(),
    cues: z.record(z.string(), z.unknown()).optional(),
    disable: z.array(z.string()).optional(),
    baselines: z.unknown().optional(),
    areas: z.unknown().optional(),
    acronyms: z.unknown().optional(),
    documentCues: z.unknown().optional(),
    builtInThemes: z.boolean().optional(),
    maxLength: z.number().int().positive().optional(),
    stages: z
      .array(z.enum(STAGE_IDS, { error: (issue) => `expected a stage (${STAGE_IDS.join(', ')}), got ${preview(issue.input)}` }))
      .min(1, 'expected at least one stage')
      .optional(),
  })
  .strict();

const callSchema = z.object({ id: z.string().optional(), source: z.string().optional() }).strict();

/** Creates an analyzer; custom lexicons are validated now and bad ones throw a `ChildfirstError`. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const { data, cues } = readOptions('createAnalyzer options', () => {
    const parsed = optionsSchema.safeParse(options);
    if (!parsed.success) throw optionsError('createAnalyzer options', parsed.error);
    // the user's own record, not zod's copy: zod drops a "__proto__" key that JSON.parse made an own key
    return { data: parsed.data, cues: Object.entries(options.cues ?? {}) };
  });
  const maxLength = data.maxLength ?? DEFAULT_MAX_LENGTH;
  const stages = resolveStages(data.stages ?? STAGE_IDS);
  const custom = Boolean(data.themes || data.cues || data.disable || data.builtInThemes === false);
  const extended = [data.baselines, data.areas, data.acronyms, data.documentCues].some((o) => o !== undefined);
  let compiled: Compiled | undefined;
  // without options every stage shares the bundled data, compiled on first use; options are compiled (and fail) now
  const compiledData = (): Compiled =>
    (compiled ??= readData(() => ({
      themes: custom ? compileThemes(buildLexicons(data, cues)) : defaultThemes(),
      metrics: compileMetrics({ baselines: data.baselines }),
      names: compileNames({ areas: data.areas, acronyms: data.acronyms }),
      document: compileDocument({ documentCues: data.documentCues }),
    })));
  if (custom || extended) compiledData();

  return {
    analyze(text: string, call: AnalyzeOptions = {}): ReportSummary {
      if (typeof text !== 'string') {
        throw new ChildfirstError('invalid-input', `expected text to be a string, got ${describe(text)}`);
      }
      if (text.length > maxLength) {
        throw new ChildfirstError(
          'input-too-large',
          `expected text of at most ${maxLength} characters, got ${text.length}; raise maxLength to allow it`,
        );
      }
      const fields = readOptions('analyze options', () => {
        const parsed = callSchema.safeParse(call ?? {});
        if (!parsed.success) throw optionsError('analyze options', parsed.error);
        return parsed.data;
      });
      return runPipeline(text, compiledData(), stages, {
        ...(fields.id !== undefined ? { id: fields.id } : {}),
        ...(fields.source !== undefined ? { source: fields.source } : {}),
      });
    },
  };
}

/**
 * Runs `read` over data the caller supplied. Getters, Proxies and revoked Proxies run user code while they are read:
 * whatever that throws (but a ChildfirstError) becomes a ChildfirstError of `code` saying what was expected and got.
 */
function readUserData<T>(code: ChildfirstErrorCode, expected: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isChildfirstError(error)) throw error;
    throw new ChildfirstError(code, `${expected}: ${messageOf(error)}`, { cause: error });
  }
}

/** Reads option values; see {@link readUserData}. */
function readOptions<T>(where: string, read: () => T): T {
  const expected = `${where}: expected a plain object of option values, got one that threw while being read`;
  return readUserData('invalid-options', expected, read);
}

/** Compiles the lexicons; anything but a ChildfirstError while reading user data is bad data too. */
function readData<T>(read: () => T): T {
  const expected =
    'options: expected lexicon data as JSON would give it (strings, numbers, booleans, arrays, plain objects), got a value that could not be read';
  return readUserData('invalid-lexicon', expected, read);
}

let bundled: readonly ThemeLexicon[] | undefined;
let bundledThemes: CompiledThemes | undefined;

/** The bundled theme lexicons, validated once. */
function bundledLexicons(): readonly ThemeLexicon[] {
  return (bundled ??= BUNDLED_LEXICONS.map(({ source, data }) => validateLexicon(data, source)));
}

/** The bundled themes compiled once, shared by every analyzer without theme options (matching is synchronous). */
function defaultThemes(): CompiledThemes {
  return (bundledThemes ??= compileThemes(bundledLexicons()));
}

function buildLexicons(options: z.infer<typeof optionsSchema>, cues: [string, unknown][]): ThemeLexicon[] {
  if (options.builtInThemes === false && (options.themes ?? []).length === 0) {
    throw new ChildfirstError(
      'invalid-options',
      'options.themes: expected at least one theme when builtInThemes is false, got none',
    );
  }
  const lexicons = new Map<string, ThemeLexicon>();
  if (options.builtInThemes !== false) for (const lexicon of bundledLexicons()) lexicons.set(lexicon.id, lexicon);
  (options.themes ?? []).forEach((data, i) => {
    const lexicon = validateLexicon(data, `options.themes[${i}]`);
    if (lexicons.has(lexicon.id)) {
      throw new ChildfirstError(
        'invalid-lexicon',
        `options.themes[${i}]: expected a new theme id, got "${lexicon.id}", which already exists; use options.cues to extend it`,
      );
    }
    lexicons.set(lexicon.id, lexicon);
  });
  for (const [id, data] of cues) {
    const theme = knownTheme(lexicons, id, 'options.cues');
    const cues = [...theme.cues, ...validateCues(data, id, `options.cues.${id}`)];
    assertUnique(id, cues, `options.cues.${id}`);
    lexicons.set(id, { ...theme, cues });
  }
  assertListedOnce(options.disable ?? [], 'options.disable');
  for (const id of options.disable ?? []) {
    knownTheme(lexicons, id, 'options.disable');
    lexicons.delete(id);
  }
  return [...lexicons.values()];
}

function assertListedOnce(ids: readonly string[], where: string): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier !== undefined) {
      throw new ChildfirstError(
        'invalid-options',
        `${where}[${i}]: expected each theme id once, got "${id}" again (first at ${where}[${earlier}])`,
      );
    }
    first.set(id, i);
  });
}

function knownTheme(lexicons: Map<string, ThemeLexicon>, id: string, where: string): ThemeLexicon {
  const theme = lexicons.get(id);
  if (!theme) {
    const known = [...lexicons.keys()].join(', ');
    throw new ChildfirstError('unknown-theme', `${where}: expected a theme id (${known}), got "${id}"`);
  }
  return theme;
}

function optionsError(where: string, error: z.ZodError): ChildfirstError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return new ChildfirstError('invalid-options', `${where}${path ? `.${path}` : ''}: ${issue?.message ?? 'invalid'}`);
}

let shared: Analyzer | undefined;

/** Analyses one text with the built-in lexicons, using a shared analyzer created on first use. */
export function analyze(text: string, options?: AnalyzeOptions): ReportSummary {
  shared ??= createAnalyzer();
  return shared.analyze(text, options);
}
