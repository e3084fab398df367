import type { Corpus } from './corpus.js';
import { trainCode, trainingSet, type Postings, type TrainSettings } from './train.js';

/** Precision, recall and F1 with their counts. With nothing predicted, precision is 1 only when nothing was expected. */
export interface LearnScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Counts of true positives, false positives and false negatives. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Cross-validated counts per code, by segment and by document. */
export type FoldCounts = Map<string, { segment: Tally; document: Tally }>;

/** The fold of each document: documents in input order, dealt round-robin into `folds`. */
export function foldOf(doc: number, folds: number): number {
  return doc % folds;
}

/** Learns on all folds but one, predicts the one left out, for every fold; returns the summed counts. */
export function crossValidate(corpus: Corpus, postings: Postings, folds: number, settings: TrainSettings): FoldCounts {
  const counts: FoldCounts = new Map(corpus.codes.map((c) => [c, { segment: tally(), document: tally() }]));
  for (let fold = 0; fold < folds; fold++) {
    const held = (i: number): boolean => foldOf(corpus.segments[i]?.doc ?? 0, folds) === fold;
    const set = trainingSet(corpus, postings, (i) => !held(i));
    for (const code of corpus.codes) {
      const cues = new Set(trainCode(set, code, settings).map((c) => c.key));
      countFold(corpus, held, code, cues, counts.get(code) as { segment: Tally; document: Tally });
    }
  }
  return counts;
}

function countFold(
  corpus: Corpus,
  held: (i: number) => boolean,
  code: string,
  cues: ReadonlySet<string>,
  out: { segment: Tally; document: Tally },
): void {
  const predicted = new Map<number, boolean>();
  corpus.segments.forEach((s, i) => {
    if (!held(i)) return;
    const fires = s.grams.some((g) => cues.has(g));
    add(out.segment, fires, s.codes.has(code));
    predicted.set(s.doc, (predicted.get(s.doc) ?? false) || fires);
  });
  for (const [d, fires] of predicted) {
    const doc = corpus.docs[d];
    if (!doc) continue;
    const coded = doc.codes.has(code);
    if (!coded && doc.optional.has(code)) continue; // borderline: neither rewarded nor penalised
    add(out.document, fires, coded);
  }
}

function add(t: Tally, predicted: boolean, expected: boolean): void {
  if (predicted && expected) t.tp++;
  else if (predicted) t.fp++;
  else if (expected) t.fn++;
}

export function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Scores from counts. */
export function scores({ tp, fp, fn }: Tally): LearnScores {
  const precision = tp + fp > 0 ? tp / (tp + fp) : tp + fn > 0 ? 0 : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}
