import { z } from 'zod';
import cuesData from '../../lexicons/document/cues.json';
import { bundledMonths, type Months } from '../dates.js';
import { parseLexicon } from '../lexicons.js';

const words = z.array(z.string().trim().min(1));
/** A word list looked up word by word. */
const wordSet = words.transform((list): ReadonlySet<string> => new Set(list));

/** `lexicons/document/cues.json`: the words that tell awards, inspections, ratings and report kinds apart. */
export const documentCuesSchema = z.object({
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
  ratingStops: wordSet,
  /** Words that may stand between "rated" and the rating besides the service's name ("rated it as"). */
  ratingBridges: wordSet,
  /** Words dropped from the end of a rated aspect ("Outstanding for partnerships and"). */
  aspectTrailing: wordSet,
  /** Nouns that make the words after a rating a list of aspects ("Outstanding in four categories"). */
  aspectWords: wordSet,
  /** Words dropped from the start of an award's name ("Congratulations ... SEND Quality Lead"). */
  awardLeadSkips: wordSet,
  /** Words after "Quality Lead/Mark" kept in the award's name ("Quality Lead Status"). */
  awardTails: wordSet,
  /** Stems of title words that make a title an inspection's ("Inspection of ...", "inspected"). */
  titleInspectionStems: words,
  /** Whole title words that make a title an inspection's ("... rated Good"). */
  titleInspectionWords: words,
});

export type DocumentCues = z.infer<typeof documentCuesSchema>;

/** The document cues of one analyzer, compiled once. */
export interface CompiledDocument {
  readonly cues: DocumentCues;
  /** Month names, for dates (`lexicons/dates.json`). */
  readonly months: Months;
}

/** What extends the bundled document cues; none yet, kept so every stage compiles alike. */
export type DocumentOptions = Readonly<Record<never, never>>;

let bundled: CompiledDocument | undefined;

/** Compiles the document cues: the bundled ones, validated once and shared by every analyzer. */
export function compileDocument(_options: DocumentOptions = {}): CompiledDocument {
  bundled ??= {
    cues: parseLexicon(documentCuesSchema, cuesData, 'lexicons/document/cues.json'),
    months: bundledMonths(),
  };
  return bundled;
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
