import type { ParsedDoc } from '../nlp/parsed.js';
import type { CompiledCue, CompiledThemes } from './compile.js';
import { keyTokens, type TokenKeys } from './keys.js';
import type { Match } from './matcher.js';
import { isNegated, type NegationWords } from './negation.js';
import type { Mention, ThemeResult } from './schema.js';
import { scoreOf } from './score.js';

interface Evidence {
  readonly mentions: Mention[];
  /** Highest cue weight per sentence. */
  readonly weights: Map<number, number>;
}

/** Finds every theme the parsed text evidences, with its mentions. */
export function findThemes(doc: ParsedDoc, compiled: CompiledThemes): ThemeResult[] {
  const keys = keyTokens(doc);
  const byTheme = new Map<string, Evidence>();
  const coveredUntil = new Map<string, number>();
  const matches = compiled.matcher.findAll(keys, 0, keys.length);
  for (const m of longestFirst(matches)) {
    const { theme } = m.payload;
    if (m.first < (coveredUntil.get(theme.id) ?? 0)) continue; // overlaps a longer mention of this theme
    if (!contextAllows(m, keys)) continue;
    coveredUntil.set(theme.id, m.last);
    let entry = byTheme.get(theme.id);
    if (!entry) byTheme.set(theme.id, (entry = { mentions: [], weights: new Map() }));
    const mention = mentionOf(doc, m, compiled.negation);
    entry.mentions.push(mention);
    entry.weights.set(mention.sentence, Math.max(entry.weights.get(mention.sentence) ?? 0, m.payload.cue.weight));
  }
  const results: ThemeResult[] = [];
  for (const theme of compiled.themes) {
    const entry = byTheme.get(theme.id);
    if (!entry) continue;
    let weight = 0;
    for (const w of entry.weights.values()) weight += w;
    if (weight < theme.minWeight) continue;
    results.push({
      id: theme.id,
      label: theme.label,
      ...(theme.tenet !== undefined ? { tenet: theme.tenet } : {}),
      score: scoreOf(weight),
      mentions: entry.mentions,
    });
  }
  return results;
}

/** Orders matches by start, longest first, so a match overlapping an earlier, longer one is dropped. */
function longestFirst(matches: Match<CompiledCue>[]): Match<CompiledCue>[] {
  return matches.sort((a, b) => a.first - b.first || b.last - a.last);
}

function contextAllows(m: Match<CompiledCue>, keys: TokenKeys): boolean {
  const { requires, excludes, cue } = m.payload;
  if (!requires && !excludes) return true;
  const [from, to] = windowOf(keys, m.first, m.last, cue.window);
  if (excludes?.occursIn(keys, from, to)) return false;
  return requires ? requires.occursIn(keys, from, to) : true;
}

/** `window` tokens either side of the match, inside its sentence. */
function windowOf(keys: TokenKeys, first: number, last: number, window: number): [number, number] {
  const sentence = keys.sentence[first];
  let from = first;
  while (from > 0 && first - from < window && keys.sentence[from - 1] === sentence) from--;
  let to = last;
  while (to < keys.length && to - last < window && keys.sentence[to] === sentence) to++;
  return [from, to];
}

function mentionOf(doc: ParsedDoc, m: Match<CompiledCue>, negation: NegationWords): Mention {
  const { tokens, text } = doc;
  const head = tokens[m.first];
  const tail = tokens[m.last - 1];
  const start = head?.start ?? 0;
  const end = tail?.end ?? start;
  return {
    text: text.slice(start, end),
    start,
    end,
    sentence: head?.sentence ?? 0,
    cue: m.payload.ref,
    negated: isNegated(tokens, m.first, m.last, negation),
  };
}
