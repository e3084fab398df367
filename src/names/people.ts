import type { ParsedDoc, Token } from '../nlp/parsed.js';
import { CAPITAL, isAcronymLike, isCapitalised, wordKey, type TokenSet } from './keys.js';
import type { Person } from './schema.js';

/** Word sets the people finder uses. */
export interface PeopleVocab {
  readonly roles: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  /** Organisation head nouns ("Programme", "Team"): never part of a personal name. */
  readonly heads: ReadonlyMap<string, unknown>;
  /** Verbs of speech after a name ("Jane Doe said"). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Lower-case words and signs inside a role ("Head of Communications"). */
  readonly roleLinks: ReadonlySet<string>;
  /** Titles that are roles in themselves ("Councillor"). */
  readonly titleRoles: ReadonlySet<string>;
  /** Articles skipped before a role ("the Youth Justice Service Manager"). */
  readonly articles: ReadonlySet<string>;
}

const MAX_ROLE = 12;

/**
 * People with roles: "Chief Inspector of Probation Justin Russell" (role first),
 * "Michael O'Connor, the Youth Justice Service Manager" or "Matthew Haynes (YOS Team Manager)"
 * (name first), and "Jane Doe said" (no role).
 */
export function findPeople(doc: ParsedDoc, blocked: TokenSet, vocab: PeopleVocab): Person[] {
  const tokens = doc.tokens;
  const byName = new Map<string, Person>();
  const marks = doc.marks;
  for (let t = 0; t < tokens.length; t++) {
    if (marks[t] !== CAPITAL) continue; // names start with a capital
    const end = nameEnd(tokens, t, blocked, vocab);
    if (end < 0) continue;
    if (end - t === 2 && vocab.roleLinks.has(wordKey(tokens[t - 1]))) t++; // Head of Communications Jane Doe
    const role = roleAfter(doc, end + 1, vocab) ?? roleBefore(doc, t, vocab);
    const speaks = vocab.speechVerbs.has(wordKey(tokens[end + 1]) ?? '');
    if (role !== null || speaks) add(byName, doc, t, end, role);
    t = end;
  }
  return [...byName.values()];
}

/** Last token of a two- or three-word personal name starting at `t`, or -1. */
function nameEnd(tokens: readonly Token[], t: number, blocked: TokenSet, vocab: PeopleVocab): number {
  let end = t - 1;
  while (end + 1 < tokens.length && end - t < 2 && isNameWord(tokens, end + 1, blocked, vocab)) {
    if (tokens[end + 1]?.sentence !== tokens[t]?.sentence) break;
    end++;
  }
  if (end - t < 1) return -1;
  if (isNameWord(tokens, end + 1, blocked, vocab)) return -1; // a longer capitalised run is a heading or a body
  return tokens[end]?.pos === 'PROPN' ? end : -1;
}

function isNameWord(tokens: readonly Token[], t: number, blocked: TokenSet, vocab: PeopleVocab): boolean {
  const token = tokens[t];
  if (!token || token.type !== 'word' || !isCapitalised(token) || blocked.has(t)) return false;
  if (token.value.length < 2 || isAcronymLike(token.value)) return false;
  const key = wordKey(token);
  return !vocab.notNames.has(key) && !vocab.roles.has(key) && !vocab.titles.has(key) && !vocab.heads.has(key);
}

/** ", the Youth Justice Service Manager," or " (YOS Team Manager)". */
function roleAfter(doc: ParsedDoc, t: number, vocab: PeopleVocab): string | null {
  const tokens = doc.tokens;
  const open = tokens[t]?.value;
  if (open !== ',' && open !== '(') return null;
  let from = t + 1;
  if (vocab.articles.has(wordKey(tokens[from]))) from++;
  let end = from - 1;
  let hasRole = false;
  while (end + 1 < tokens.length && end + 1 - from < MAX_ROLE) {
    const next = tokens[end + 1];
    if (!next || next.sentence !== tokens[t]?.sentence || !roleWord(next, vocab)) break;
    if (vocab.roles.has(wordKey(next))) hasRole = true;
    end++;
  }
  return hasRole ? spanText(doc, from, end) : null;
}

/** "Chief Inspector of Probation" or "Councillor" just before the name; honorifics ("Dame") skipped. */
function roleBefore(doc: ParsedDoc, t: number, vocab: PeopleVocab): string | null {
  const tokens = doc.tokens;
  let last = t - 1;
  while (last >= 0 && vocab.titles.has(wordKey(tokens[last])) && !vocab.titleRoles.has(wordKey(tokens[last]))) last--;
  const tail = tokens[last];
  if (!tail || tail.sentence !== tokens[t]?.sentence) return null;
  if (vocab.titleRoles.has(wordKey(tail))) return spanText(doc, capitalisedStart(tokens, last, vocab), last);
  if (!vocab.roles.has(wordKey(tail)) && !roleNounBefore(tokens, last, vocab)) return null;
  return spanText(doc, capitalisedStart(tokens, last, vocab), last);
}

/** "Chief Inspector of Probation": a role noun followed by "of"/"for" and capitalised words. */
function roleNounBefore(tokens: readonly Token[], last: number, vocab: PeopleVocab): boolean {
  for (let k = last; k > last - 6 && k >= 0; k--) {
    const token = tokens[k];
    if (!token || !(isCapitalised(token) || vocab.roleLinks.has(wordKey(token)))) return false;
    if (vocab.roles.has(wordKey(token)) && isCapitalised(token)) return true;
  }
  return false;
}

function capitalisedStart(tokens: readonly Token[], last: number, vocab: PeopleVocab): number {
  let first = last;
  while (first > 0 && last - first < MAX_ROLE) {
    const before = tokens[first - 1];
    if (!before || before.sentence !== tokens[last]?.sentence) break;
    if (!isCapitalised(before) && !(vocab.roleLinks.has(wordKey(before)) && isCapitalised(tokens[first - 2]))) break;
    first--;
  }
  while (first < last && vocab.roleLinks.has(wordKey(tokens[first]))) first++;
  return first;
}

function roleWord(token: Token, vocab: PeopleVocab): boolean {
  if (token.type === 'word') return !vocab.speechVerbs.has(wordKey(token)) && !((token.pos === 'VERB' || token.pos === 'AUX') && !isCapitalised(token));
  return token.value === '-' || token.value === '&' || token.value === '/';
}

function spanText(doc: ParsedDoc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first]?.start ?? 0, doc.tokens[last]?.end ?? 0);
}

function add(byName: Map<string, Person>, doc: ParsedDoc, first: number, last: number, role: string | null): void {
  const head = doc.tokens[first];
  const tail = doc.tokens[last];
  if (!head || !tail) return;
  const name = doc.text.slice(head.start, tail.end);
  const key = name.toLowerCase().replace(/[’']/g, "'");
  const known = byName.get(key);
  if (known) {
    if (known.role === null && role !== null) byName.set(key, { ...known, role });
    return;
  }
  byName.set(key, { name, role, text: name, start: head.start, end: tail.end, sentence: head.sentence });
}
