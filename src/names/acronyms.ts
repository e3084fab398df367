import type { ParsedDoc, Token } from '../nlp/parsed.js';
import { CAPITAL, isAcronymLike, OPEN } from './keys.js';
import type { AcronymsFile } from './lexicon.js';
import { longFormStart, plausibleLongForm } from './longform.js';
import type { Acronym } from './schema.js';

/** The glossary compiled once: written form → canonical acronym and expansion. */
export interface Glossary {
  readonly byForm: ReadonlyMap<string, { readonly acronym: string; readonly expansion: string }>;
  /** Normalised expansion → acronym, to give organisations their acronym. */
  readonly byExpansion: ReadonlyMap<string, string>;
}

/** Compiles a glossary of the field's acronyms. */
export function compileGlossary(file: AcronymsFile): Glossary {
  const byForm = new Map<string, { acronym: string; expansion: string }>();
  const byExpansion = new Map<string, string>();
  for (const entry of file.acronyms) {
    const record = { acronym: entry.acronym, expansion: entry.expansion };
    for (const form of [entry.acronym, ...(entry.variants ?? [])]) byForm.set(form, record);
    byExpansion.set(expansionKey(entry.expansion), entry.acronym);
  }
  return { byForm, byExpansion };
}

/** A comparison key for expansions: lower case, letters and digits only, "and" dropped. */
export function expansionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/\band\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '');
}

const MAX_INSIDE = 14;

/** Acronyms the text defines ("ETE (Education Training and Employment)", "Youth Justice Board (YJB)"), then glossary ones. */
export function findAcronyms(doc: ParsedDoc, glossary: Glossary): Acronym[] {
  const defined = definedAcronyms(doc);
  const seen = new Set(defined.map((a) => a.acronym));
  const out = [...defined];
  const marks = doc.marks;
  for (let index = 0; index < doc.tokens.length; index++) {
    const token = doc.tokens[index];
    if (marks[index] !== CAPITAL || !token) continue; // every glossary form starts with a capital ("SaLT", "AssetPlus")
    const entry = glossaryEntry(glossary, token.value);
    if (!entry || seen.has(entry.acronym)) continue;
    seen.add(entry.acronym);
    out.push({ acronym: entry.acronym, expansion: entry.expansion, source: 'glossary', ...spanOf(token) });
  }
  return out;
}

/** The glossary entry for a written form, also for plurals ("YOTs", "EHCPs"). */
export function glossaryEntry(
  glossary: Glossary,
  value: string,
): { readonly acronym: string; readonly expansion: string } | undefined {
  const direct = glossary.byForm.get(value);
  if (direct) return direct;
  return value.length > 2 && value.endsWith('s') ? glossary.byForm.get(value.slice(0, -1)) : undefined;
}

function definedAcronyms(doc: ParsedDoc): Acronym[] {
  const out: Acronym[] = [];
  const seen = new Set<string>();
  const tokens = doc.tokens;
  const marks = doc.marks;
  for (let i = 0; i < tokens.length; i++) {
    if (marks[i] !== OPEN) continue;
    const close = closingParen(tokens, i);
    if (close < 0) continue;
    const found = shortThenLong(doc, i, close) ?? longThenShort(doc, i, close);
    if (found && !seen.has(found.acronym)) {
      seen.add(found.acronym);
      out.push(found);
    }
  }
  return out;
}

function closingParen(tokens: readonly Token[], open: number): number {
  for (let j = open + 1; j < tokens.length && j <= open + MAX_INSIDE; j++) {
    const v = tokens[j]?.value;
    if (v === ')') return j;
    if (v === '(') return -1;
  }
  return -1;
}

/** "MARM (Multi-Agency Risk Management)". */
function shortThenLong(doc: ParsedDoc, open: number, close: number): Acronym | undefined {
  const short = doc.tokens[open - 1];
  const first = doc.tokens[open + 1];
  const last = doc.tokens[close - 1];
  if (!short || !first || !last || close - open < 3 || !isAcronymLike(short.value)) return undefined;
  const inside = doc.text.slice(first.start, last.end);
  const at = longFormStart(short.value, inside);
  if (at < 0 || at > inside.indexOf(' ') + 1) return undefined;
  const expansion = inside.slice(at);
  if (!plausibleLongForm(short.value, expansion)) return undefined;
  return { acronym: short.value, expansion, source: 'text', ...spanOf(short) };
}

/** "Education, Training and Employment (ETE)". */
function longThenShort(doc: ParsedDoc, open: number, close: number): Acronym | undefined {
  const short = doc.tokens[open + 1];
  const before = doc.tokens[open - 1];
  if (!short || !before || close !== open + 2 || !isAcronymLike(short.value)) return undefined;
  const letters = short.value.replace(/[^A-Z0-9]/gi, '').length;
  let from = open - 1;
  while (from > 0 && open - from < Math.min(letters + 5, letters * 2) && doc.tokens[from - 1]?.sentence === short.sentence) {
    from--;
  }
  const window = doc.text.slice(doc.tokens[from]?.start ?? before.start, before.end);
  const at = longFormStart(short.value, window);
  if (at < 0) return undefined;
  const expansion = window.slice(at);
  if (!plausibleLongForm(short.value, expansion)) return undefined;
  return { acronym: short.value, expansion, source: 'text', ...spanOf(short) };
}

function spanOf(token: Token): { text: string; start: number; end: number; sentence: number } {
  return { text: token.value, start: token.start, end: token.end, sentence: token.sentence };
}
