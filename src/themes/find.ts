import type { ParsedDoc, Token } from '../nlp/parsed.js';
import type { CompiledCue, CompiledThemes } from './compile.js';
import type { Match } from './matcher.js';
import type { Mention, ThemeResult } from './schema.js';
import { scoreOf } from './score.js';
import { isNegated } from './negation.js';

/** Finds every theme the parsed text evidences, with its mentions. */
export function findThemes(doc: ParsedDoc, compiled: CompiledThemes): ThemeResult[] {
  const { tokens } = doc;
  const byTheme = new Map<string, { mentions: Mention[]; weights: Map<number, number> }>();
  const coveredUntil = new Map<string, number>();
  const matches = compiled.matcher.findAll(tokens, 0, tokens.length);
  for (const m of longestFirst(matches)) {
    const { theme } = m.payload;
    if ((coveredUntil.get(theme.id) ?? -1) >= m.last) continue;
    if (!contextAllows(m, tokens)) continue;
    coveredUntil.set(theme.id, m.last);
    const entry = byTheme.get(theme.id) ?? { mentions: [], weights: new Map<number, number>() };
    byTheme.set(theme.id, entry);
    const mention = mentionOf(doc, m);
    entry.mentions.push(mention);
    const w = entry.weights.get(mention.sentence) ?? 0;
    entry.weights.set(mention.sentence, Math.max(w, m.payload.cue.weight));
  }
  const results: ThemeResult[] = [];
  for (const theme of compiled.themes) {
    const entry = byTheme.get(theme.id);
    if (!entry) continue;
    const weight = [...entry.weights.values()].reduce((a, b) => a + b, 0);
    if (weight < theme.minWeight) continue;
    results.push({ id: theme.id, label: theme.label, tenet: theme.tenet, score: scoreOf(weight), mentions: entry.mentions });
  }
  return results;
}

/** Orders matches by start, longest first, so a shorter match inside a longer one is dropped. */
function longestFirst(matches: Match<CompiledCue>[]): Match<CompiledCue>[] {
  return matches.sort((a, b) => a.first - b.first || b.last - a.last);
}

function contextAllows(m: Match<CompiledCue>, tokens: readonly Token[]): boolean {
  const { requires, excludes, cue } = m.payload;
  if (!requires && !excludes) return true;
  const [from, to] = windowOf(tokens, m.first, m.last, cue.window);
  if (excludes?.occursIn(tokens, from, to)) return false;
  return requires ? requires.occursIn(tokens, from, to) : true;
}

/** `window` tokens either side of the match, inside its sentence. */
function windowOf(tokens: readonly Token[], first: number, last: number, window: number): [number, number] {
  const sentence = tokens[first]?.sentence;
  let from = first;
  while (from > 0 && first - from < window && tokens[from - 1]?.sentence === sentence) from--;
  let to = last;
  while (to < tokens.length && to - last < window && tokens[to]?.sentence === sentence) to++;
  return [from, to];
}

function mentionOf(doc: ParsedDoc, m: Match<CompiledCue>): Mention {
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
    negated: isNegated(tokens, m.first, m.last),
  };
}
