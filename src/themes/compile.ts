import type { Cue, ThemeLexicon } from './lexicon.js';
import { Matcher } from './matcher.js';
import { bundledNegation, type NegationWords } from './negation.js';

/** A cue ready to match: its theme, id, weight and compiled context rules. */
export interface CompiledCue {
  readonly theme: ThemeLexicon;
  readonly cue: Cue;
  /** "<theme>/<cue>", as mentions report it. */
  readonly ref: string;
  readonly requires: Matcher<true> | undefined;
  readonly excludes: Matcher<true> | undefined;
}

/** Lexicons compiled once: one matcher for every cue of every theme. */
export interface CompiledThemes {
  readonly themes: readonly ThemeLexicon[];
  readonly matcher: Matcher<CompiledCue>;
  /** The words that deny a mention (`lexicons/negation.json`). */
  readonly negation: NegationWords;
}

/** Compiles validated lexicons into a single matcher. */
export function compileThemes(themes: readonly ThemeLexicon[]): CompiledThemes {
  const entries = themes.flatMap((theme) =>
    theme.cues.flatMap((cue) => {
      const compiled: CompiledCue = {
        theme,
        cue,
        ref: `${theme.id}/${cue.id}`,
        requires: contextMatcher(cue.requires),
        excludes: contextMatcher(cue.excludes),
      };
      return cue.patterns.map((pattern) => ({ pattern, payload: compiled, caseSensitive: cue.caseSensitive }));
    }),
  );
  return { themes, matcher: new Matcher(entries), negation: bundledNegation() };
}

function contextMatcher(patterns: readonly string[] | undefined): Matcher<true> | undefined {
  if (!patterns || patterns.length === 0) return undefined;
  return new Matcher(patterns.map((pattern) => ({ pattern, payload: true as const, caseSensitive: false })));
}
