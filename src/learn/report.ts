import type { Corpus } from './corpus.js';
import { scores, tally, type FoldCounts, type LearnScores, type Tally } from './crossval.js';

/** Fewer positive examples than this and a code's figures carry a warning. */
export const FEW_POSITIVES = 10;

/** One code's cross-validated figures. */
export interface CodeReport {
  readonly code: string;
  /** Segments coded with it. */
  readonly positives: number;
  /** Documents coded with it. */
  readonly documents: number;
  /** Cues in the learned lexicon (trained on all examples). */
  readonly cues: number;
  readonly segment: LearnScores;
  readonly document: LearnScores;
  readonly warning?: string;
}

/** How well the learned lexicon codes, estimated by k-fold cross-validation by document. */
export interface LearnReport {
  readonly folds: number;
  readonly segments: number;
  readonly documents: number;
  /** Segments with no code. */
  readonly negatives: number;
  readonly codes: readonly CodeReport[];
  /** Micro-averaged over codes. */
  readonly overall: { readonly segment: LearnScores; readonly document: LearnScores };
  readonly warnings: readonly string[];
}

/** Assembles the report; `cueCounts` are the final lexicon's cues per code. */
export function buildReport(
  corpus: Corpus,
  folds: number,
  counts: FoldCounts,
  cueCounts: ReadonlyMap<string, number>,
): LearnReport {
  const segmentTotal = tally();
  const documentTotal = tally();
  const warnings: string[] = [];
  const codes = corpus.codes.map((code): CodeReport => {
    const c = counts.get(code) ?? { segment: tally(), document: tally() };
    sum(segmentTotal, c.segment);
    sum(documentTotal, c.document);
    const positives = corpus.segments.filter((s) => s.codes.has(code)).length;
    const documents = corpus.docs.filter((d) => d.codes.has(code)).length;
    const cues = cueCounts.get(code) ?? 0;
    const warning = warningOf(code, positives, cues);
    if (warning) warnings.push(warning);
    return {
      code,
      positives,
      documents,
      cues,
      segment: scores(c.segment),
      document: scores(c.document),
      ...(warning ? { warning } : {}),
    };
  });
  return {
    folds,
    segments: corpus.segments.length,
    documents: corpus.docs.length,
    negatives: corpus.segments.filter((s) => s.codes.size === 0).length,
    codes,
    overall: { segment: scores(segmentTotal), document: scores(documentTotal) },
    warnings,
  };
}

function warningOf(code: string, positives: number, cues: number): string | undefined {
  const few =
    positives < FEW_POSITIVES
      ? `${code}: ${positives} positive example${positives === 1 ? '' : 's'}, fewer than ${FEW_POSITIVES}; its figures are unreliable`
      : '';
  const none = cues === 0 ? 'no cue met the bar, so the lexicon has no theme for it' : '';
  if (few && none) return `${few}; ${none}`;
  return few || (none ? `${code}: ${none}` : undefined);
}

function sum(into: Tally, add: Tally): void {
  into.tp += add.tp;
  into.fp += add.fp;
  into.fn += add.fn;
}
