import { z } from 'zod';
import cuesData from '../../lexicons/document/cues.json';
import { bundledMonths, type Months } from '../dates.js';
import { ChildfirstError } from '../errors.js';
import { parseLexicon } from '../lexicons.js';

const words = z.array(z.string().trim().min(1));

/** `lexicons/document/cues.json` as written: the words that tell awards, inspections, ratings and report kinds apart. */
const documentCuesFileSchema = z.object({
  levels: z.array(z.object({ phrase: z.string().min(1), level: z.enum(['quality-mark', 'quality-lead']) })),
  /** Stems: a word matches when it starts with one. */
  celebration: words,
  futureLevel: words,
  pastLevel: words,
  redesignation: words,
  /** Stems of words that renew an award when they stand beside "Quality Lead/Mark" ("retained", "renewed"). */
  renewal: words,
  /** Second halves after a separate "re" ("re-designation"). */
  redesignationSplit: words,
  /** Words just before "redesignation" that make it a prospect, not a fact ("can apply for redesignation"). */
  futureRedesignation: words,
  inspection: words,
  /** Phrases (lower case, space separated) that mark a thematic or annual report near the top. */
  thematic: words,
  /** Title words of plans, minutes and other non-inspection texts. */
  otherTitle: words,
  /** Words in the first two lines that mark minutes and agendas whatever their title. */
  otherHeader: words,
  pastRating: words,
  ratingContext: words,
  /** Verbs of change before "from X to Y": "improved", "moved up". */
  ratingChange: words,
  /** Words just before a rating that make it the current one: "now rated". */
  presentRating: words,
  /** Words just before the rating verb that make the rating an earlier one: "after rating it". */
  pastLead: words,
  /** Words that end the clause a rating belongs to ("Good, but now ..."). */
  ratingStops: words,
  /** Words that may stand between "rated" and the rating besides the service's name ("rated it as"). */
  ratingBridges: words,
  /** Words dropped from the end of a rated aspect ("Outstanding for partnerships and"). */
  aspectTrailing: words,
  /** Nouns that make the words after a rating a list of aspects ("Outstanding in four categories"). */
  aspectWords: words,
  /** Words dropped from the start of an award's name ("Congratulations ... SEND Quality Lead"). */
  awardLeadSkips: words,
  /** Words after "Quality Lead/Mark" kept in the award's name ("Quality Lead Status"). */
  awardTails: words,
  /** Stems of title words that make a title an inspection's ("Inspection of ...", "inspected"). */
  titleInspectionStems: words,
  /** Whole title words that make a title an inspection's ("... rated Good"). */
  titleInspectionWords: words,
});

/** The lists looked up word by word, held as sets once compiled. */
type SetField = 'ratingStops' | 'ratingBridges' | 'aspectTrailing' | 'aspectWords' | 'awardLeadSkips' | 'awardTails';
type DocumentCuesFile = z.infer<typeof documentCuesFileSchema>;

/** The document cues compiled: the file's lists, with the word-by-word ones as sets. */
export type DocumentCues = Omit<DocumentCuesFile, SetField> & { readonly [K in SetField]: ReadonlySet<string> };

/** Validates `lexicons/document/cues.json` and compiles its word-by-word lists into sets. */
export const documentCuesSchema = documentCuesFileSchema.transform((file): DocumentCues => ({
  ...file,
  ...setsOf(file),
}));

function setsOf(file: DocumentCuesFile): { readonly [K in SetField]: ReadonlySet<string> } {
  const set = (field: SetField): ReadonlySet<string> => new Set(file[field]);
  return {
    ratingStops: set('ratingStops'),
    ratingBridges: set('ratingBridges'),
    aspectTrailing: set('aspectTrailing'),
    aspectWords: set('aspectWords'),
    awardLeadSkips: set('awardLeadSkips'),
    awardTails: set('awardTails'),
  };
}

/**
 * The `documentCues` option: words to add to any of the document cue word lists, in the file's format. The award
 * levels are not among them: the award reader knows their "Quality Lead/Mark" shape.
 */
export const documentCuesInputSchema = documentCuesFileSchema.omit({ levels: true }).partial().strict();

/** The `documentCues` option as callers pass it. */
export type DocumentCuesInput = z.input<typeof documentCuesInputSchema>;

/** The document cues of one analyzer, compiled once. */
export interface CompiledDocument {
  readonly cues: DocumentCues;
  /** Month names, for dates (`lexicons/dates.json`). */
  readonly months: Months;
}

/** What extends the bundled document cues. */
export interface DocumentOptions {
  /** Entries to add to the document cue lists (unknown data, validated here). */
  readonly documentCues?: unknown;
}

let bundled: CompiledDocument | undefined;

/**
 * Compiles the document cues: the bundled ones, validated once and shared by every analyzer, or with the
 * `documentCues` option, the bundled lists plus the user's entries, compiled for that analyzer alone.
 */
export function compileDocument(options: DocumentOptions = {}): CompiledDocument {
  bundled ??= { cues: parseLexicon(documentCuesSchema, cuesData, SOURCE), months: bundledMonths() };
  if (options.documentCues === undefined) return bundled;
  const file = parseLexicon(documentCuesFileSchema, cuesData, SOURCE);
  const merged = withUserCues(
    file,
    parseLexicon(documentCuesInputSchema, options.documentCues, 'options.documentCues'),
  );
  return { cues: parseLexicon(documentCuesSchema, merged, 'options.documentCues'), months: bundled.months };
}

const SOURCE = 'lexicons/document/cues.json';

/** The bundled lists with the user's entries added; an entry a list already holds is an error. */
function withUserCues(file: DocumentCuesFile, extra: z.output<typeof documentCuesInputSchema>): DocumentCuesFile {
  const merged: Record<string, unknown[]> = { ...file };
  for (const [field, entries] of Object.entries(extra) as [
    Exclude<keyof DocumentCuesFile, 'levels'>,
    string[] | undefined,
  ][]) {
    const known = new Set(file[field].map(entryKey));
    (entries ?? []).forEach((entry, i) => {
      if (known.has(entryKey(entry))) {
        throw new ChildfirstError(
          'invalid-lexicon',
          `options.documentCues at ${field}.${i}: expected an entry ${field} does not hold yet, got ${JSON.stringify(entry)}, already bundled`,
        );
      }
      known.add(entryKey(entry));
    });
    merged[field] = [...file[field], ...(entries ?? [])];
  }
  return merged as DocumentCuesFile;
}

/** A list entry's identity: the word in lower case. */
function entryKey(entry: string): string {
  return entry.toLowerCase();
}

/** True when `word` starts with one of the stems. */
export function hasStem(word: string, stems: readonly string[]): boolean {
  for (const stem of stems) if (word.startsWith(stem)) return true;
  return false;
}

const initials = new WeakMap<readonly string[], ReadonlySet<number>>();

/** True when `word` could start with one of the stems (its first letter is some stem's): a cheap pre-check for long scans. */
export function mayHaveStem(word: string, stems: readonly string[]): boolean {
  let set = initials.get(stems);
  if (!set) {
    set = new Set(stems.map((stem) => stem.charCodeAt(0)));
    initials.set(stems, set);
  }
  return set.has(word.charCodeAt(0));
}
