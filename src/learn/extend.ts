import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { THEME_IDS } from '../themes/bundled.js';
import type { CueInput, ThemeLexiconInput } from '../themes/lexicon.js';

const BUNDLED: ReadonlySet<string> = new Set(THEME_IDS);
let bundled: Analyzer | undefined;

/**
 * Cues to propose for the bundled themes: for each learned theme whose id is a bundled theme, the cues whose
 * pattern the bundled theme does not already find, ranked by support. Codes that are not bundled theme ids are
 * left out (the caller reports them).
 */
export function proposeCues(lexicon: readonly ThemeLexiconInput[]): Record<string, CueInput[]> {
  const analyzer = (bundled ??= createAnalyzer());
  const out: Record<string, CueInput[]> = {};
  for (const theme of lexicon) {
    if (!BUNDLED.has(theme.id)) continue;
    const lacking = theme.cues.filter((cue) =>
      cue.patterns.every((p) => !analyzer.analyze(p).themes.some((t) => t.id === theme.id)),
    );
    if (lacking.length > 0) out[theme.id] = lacking.sort((a, b) => (b.support ?? 0) - (a.support ?? 0));
  }
  return out;
}
