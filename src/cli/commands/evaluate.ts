import { resolve } from 'node:path';
import { createAnalyzer, themes } from '../../index.js';
import { EXIT } from '../errors.js';
import { formatEvaluation } from '../evaluate/format.js';
import { loadGold } from '../evaluate/gold.js';
import { readLexiconFile } from '../lexicon-file.js';
import { scoreCases } from '../evaluate/score.js';
import { printToStdout } from '../output/stdout.js';

/** Options of `childfirst evaluate`. */
export interface EvaluateOptions {
  readonly gold: string;
  readonly json: boolean;
  readonly lexicon?: string | undefined;
  readonly builtInThemes?: boolean;
}

/** Analyses every gold text and prints precision, recall, F1 and kappa against the hand coding. */
export async function evaluateCommand(options: EvaluateOptions): Promise<number> {
  const dir = resolve(options.gold);
  const analyzer = createAnalyzer(readLexiconFile(options.lexicon, options.builtInThemes !== false) ?? {});
  const cases = loadGold(dir).map((c) => ({ ...c, summary: analyzer.analyze(c.text) }));
  const result = scoreCases(
    cases,
    themes.map((t) => t.id),
  );
  await printToStdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatEvaluation(result, dir));
  return EXIT.ok;
}
