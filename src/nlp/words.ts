/**
 * The word layer under every capability: what each distinct written word normalises to, computed once per
 * distinct word (not per token) when a text is parsed, and shared by every stage. The table lives as long
 * as the wink instance that read the words, so a word is normalised once across documents too.
 *
 * - `lower`: lower case, as written otherwise (the metric finders' words);
 * - `fold`: lower case with diacritics and curly apostrophes folded, "&" read as "and" and a final full
 *   stop dropped ("St." → "st"): the key of names and of vocabulary look-ups, British spelling kept;
 * - `parts`: `fold` split at hyphens ("Stockton-on-Tees" → stockton, on, tees), bare hyphens none;
 * - `exact`: letters and digits only, case kept ("Co-Located" → "CoLocated"): the theme matcher's key for
 *   case-sensitive patterns. Case-folded, American-spelled keys come from wink's normal form of each token
 *   ({@link keyOf} of `token.normal`), since one written word may normalise differently in context.
 */
export interface Word {
  readonly value: string;
  /** The word in each part of speech it has been tagged with. */
  readonly forms: readonly Form[];
  readonly lower: string;
  readonly fold: string;
  readonly parts: readonly string[];
  readonly exact: string;
  /** wink's token type (word, number, punctuation, ...), which depends on the written form only. */
  readonly type: string;
  /** Starts with an upper-case letter. */
  readonly capital: boolean;
  /** Only white space: a line break wink kept as a token. */
  readonly blank: boolean;
  /** Punctuation that joins words rather than parting them: hyphens, dashes, slashes and list commas. */
  readonly joiner: boolean;
}

/**
 * A word in one part of speech, as wink reads it: its normal form (lower case, American spelling:
 * "organisation" → "organization") and lemma ("children" → "child"), which depend on the written form and
 * the tag only, and the theme matcher's case-folded keys of both.
 */
export interface Form {
  readonly pos: string;
  readonly normal: string;
  readonly lemma: string;
  /** {@link keyOf} the normal form ("&" → "and"). */
  readonly key: string;
  /** {@link keyOf} the lemma, or '' when it is the same as `key`. */
  readonly lemmaKey: string;
}

const JOINERS = new Set(['-', '‐', '‑', '–', '—', ',', '/']);

const NON_WORD = /[^\p{L}\p{N}]/gu;
const HAS_NON_WORD = /[^\p{L}\p{N}]/u;
const HYPHENS = /[-\u2010-\u2014]/;
const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019`]/g;
/** Longest word split at hyphens; longer runs are not prose. */
const MAX_SPLIT = 64;

/** A matching key: letters and digits only ("co-located" → "colocated"); "&" alone reads "and". */
export function keyOf(form: string): string {
  if (form === '&') return 'and';
  return isPlainWord(form) || !HAS_NON_WORD.test(form) ? form : form.replace(NON_WORD, '');
}

/** ASCII letters and digits only. */
function isPlainWord(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Lower case, diacritics and apostrophes folded, "&" → "and", a final "." dropped ("St." → "st"). */
export function foldWord(word: string): string {
  if (alreadyFolded(word)) return word;
  const folded = (isAscii(word) ? word : word.normalize('NFD').replace(MARKS, ''))
    .replace(APOSTROPHES, "'")
    .toLowerCase();
  if (folded === '&') return 'and';
  return folded.endsWith('.') && folded.length > 1 ? folded.slice(0, -1) : folded;
}

/** Plain ASCII with nothing to fold: no capitals, no "&", "`" or final ".". */
function alreadyFolded(word: string): boolean {
  const n = word.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90) || c === 38 || c === 96) return false;
  }
  return word.charCodeAt(n - 1) !== 46 || n === 1;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** The folded keys of a word: split at hyphens into its parts, a bare hyphen none. */
export function partsOf(value: string): string[] {
  if (value.length > MAX_SPLIT || !HYPHENS.test(value)) return [foldWord(value)];
  return value
    .split(HYPHENS)
    .filter((part) => part !== '')
    .map(foldWord);
}

/** True when the text starts with an upper-case letter (ASCII checked without allocating). */
export function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = value.charAt(0);
  return first !== first.toLowerCase();
}

/** The word record of one written form, of wink token type `type`. */
export function wordOf(value: string, type = 'word'): Word {
  const fold = foldWord(value);
  return {
    value,
    forms: [],
    type,
    lower: value.toLowerCase(),
    fold,
    parts: value.length > MAX_SPLIT || !HYPHENS.test(value) ? [fold] : partsOf(value),
    exact: keyOf(value),
    capital: startsUpper(value),
    blank: value.trim() === '',
    joiner: JOINERS.has(value),
  };
}

/** The form of `word` tagged `pos`, with its keys. */
export function formOf(word: Word, pos: string, normal: string, lemma: string): Form {
  const key = normal === word.value ? word.exact : keyOf(word.value === '&' ? '&' : normal);
  const lemmaKey = lemma === normal ? '' : keyOf(lemma);
  return { pos, normal, lemma, key, lemmaKey: lemmaKey === key ? '' : lemmaKey };
}

/** Distinct words the table keeps before it starts again (a few hundred bytes each). */
export const MAX_WORDS = 20_000;

/** The words read so far, each normalised once on first sight (bounded: see {@link MAX_WORDS}). */
export class WordTable {
  private readonly byValue = new Map<string, Word>();

  /** The word record of `value`, if it has been read. */
  find(value: string): Word | undefined {
    return this.byValue.get(value);
  }

  /** Makes and keeps the record of a written form seen for the first time, of wink token type `type`. */
  add(value: string, type: string): Word {
    if (this.byValue.size >= MAX_WORDS) this.byValue.clear();
    const word = wordOf(value, type);
    this.byValue.set(value, word);
    return word;
  }

  /** The form of `word` tagged `pos`, if it has been read. */
  findForm(word: Word, pos: string): Form | undefined {
    const forms = word.forms;
    for (let i = 0; i < forms.length; i++) if ((forms[i] as Form).pos === pos) return forms[i];
    return undefined;
  }

  /** Makes and keeps the form of `word` tagged `pos`, seen for the first time. */
  addForm(word: Word, pos: string, normal: string, lemma: string): Form {
    const form = formOf(word, pos, normal, lemma);
    (word.forms as Form[]).push(form);
    return form;
  }

  /** How many distinct written forms it holds. */
  get size(): number {
    return this.byValue.size;
  }
}
