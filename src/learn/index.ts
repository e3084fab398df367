import { z } from 'zod';
import { ChildfirstError } from '../errors.js';
import type { CueInput, ThemeLexiconInput } from '../themes/lexicon.js';
import { buildCorpus, type Corpus } from './corpus.js';
import { crossValidate } from './crossval.js';
import { proposeCues } from './extend.js';
import { invalid, readExamples, type LearnExamples } from './examples.js';
import { cueId, writePatterns, type LearnedCue } from './patterns.js';
import { buildReport, type LearnReport } from './report.js';
import { postingsOf, trainCode, trainingSet, type TrainSettings } from './train.js';

export type { CodedDocument, CodedSegment, LearnExamples } from './examples.js';
export type { CodeReport, LearnReport } from './report.js';
export type { LearnScores } from './crossval.js';

/** Options of {@link learnLexicon}; the defaults were tuned on coded reports, never on particular texts. */
export interface LearnOptions {
  /** Cross-validation folds, by document (default 5). */
  folds?: number;
  /** Longest n-gram, in words, 1 to 4 (default 3). */
  maxWords?: number;
  /** Fewest positive segments a cue must hold (default 2). */
  minSupport?: number;
  /** Fewest distinct positive documents a cue must hold (default 2; coded segments without `doc` are each a document). */
  minDocs?: number;
  /** Strength of the Dirichlet prior, in pseudo-counts (default 50). */
  priorStrength?: number;
  /**
   * Lowest precision a cue must have on the training examples, by document: the share of the documents holding it
   * (leaving out borderline ones) that are coded with its code (default 0.7).
   */
  minPrecision?: number;
  /** Lowest log-odds z-score for a candidate (default 0: any n-gram more frequent in positives than the prior expects). */
  minZ?: number;
  /** Only these codes (default: every code in the examples); each must have positive examples. */
  codes?: readonly string[];
  /** Also propose, for codes that are built-in theme ids, the cues the bundled lexicon lacks (see `proposals`). */
  extend?: boolean;
}

/** A learned lexicon and its cross-validated report. */
export interface LearnResult {
  /** One theme per code that has cues, in the lexicon file format; pass it to `createAnalyzer({ themes })`. */
  readonly lexicon: ThemeLexiconInput[];
  readonly report: LearnReport;
  /**
   * With `extend: true`: for each code that is a built-in theme id, the learned cues the bundled theme does not
   * already find, ranked by support, for a person to review; pass them as `createAnalyzer({ cues })`.
   */
  readonly proposals?: Record<string, CueInput[]>;
}

const optionsSchema = z.strictObject({
  folds: z.number().int().min(2).max(50).default(5),
  maxWords: z.number().int().min(1).max(4).default(3),
  minSupport: z.number().int().min(1).default(2),
  minDocs: z.number().int().min(1).default(2),
  priorStrength: z.number().positive().default(50),
  minPrecision: z.number().min(0).max(1).default(0.7),
  minZ: z.number().default(0),
  codes: z.array(z.string()).optional(),
  extend: z.boolean().default(false),
});

const MAX_CANDIDATES = 300;

/**
 * Learns a lexicon from coded examples: one theme per code, each cue an n-gram of words that a person can read,
 * edit and cite, with its support and precision. Synchronous; keeps no text beyond the cue patterns.
 */
export function learnLexicon(examples: LearnExamples, options: LearnOptions = {}): LearnResult {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ChildfirstError(
      'invalid-options',
      `learnLexicon options${issue?.path.length ? `.${issue.path.map(String).join('.')}` : ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const o = parsed.data;
  const corpus = restrict(buildCorpus(readExamples(examples), o.maxWords), o.codes);
  const folds = Math.min(o.folds, corpus.docs.length);
  if (folds < 2) throw invalid(`examples: expected at least 2 documents to cross-validate, got ${corpus.docs.length}`);
  const settings: TrainSettings = { ...o, maxCandidates: MAX_CANDIDATES };
  // the model keeps n-gram keys and surface counts from here on, never the examples' text
  const postings = postingsOf(corpus);
  const all = trainingSet(corpus, postings, () => true);
  const learned = new Map(
    corpus.codes.map((code) => [code, writePatterns(trainCode(all, code, settings), corpus.surfaces)]),
  );
  const counts = crossValidate(corpus, postings, folds, settings);
  const report = buildReport(corpus, folds, counts, new Map([...learned].map(([c, cues]) => [c, cues.length])));
  const lexicon = [...learned].filter(([, cues]) => cues.length > 0).map(([code, cues]) => themeOf(code, cues, corpus));
  return o.extend ? { lexicon, report, proposals: proposeCues(lexicon) } : { lexicon, report };
}

/** Keeps only the requested codes; every code must have positive examples. */
function restrict(corpus: Corpus, codes: readonly string[] | undefined): Corpus {
  if (corpus.codes.length === 0)
    throw invalid('examples: expected at least one example with a code, got only negatives (codes: [])');
  if (!codes) return corpus;
  const known = new Set(corpus.codes);
  for (const code of codes) {
    if (!known.has(code)) {
      throw invalid(
        `options.codes: expected codes with positive examples (${corpus.codes.join(', ')}), got "${code}", which has none`,
      );
    }
  }
  return { ...corpus, codes: [...new Set(codes)].sort() };
}

function themeOf(code: string, cues: readonly LearnedCue[], corpus: Corpus): ThemeLexiconInput {
  const positives = corpus.segments.filter((s) => s.codes.has(code)).length;
  const taken = new Set<string>();
  return {
    id: code,
    label: code.charAt(0).toUpperCase() + code.slice(1).replace(/-/g, ' '),
    description: `Learned by childfirst from ${positives} coded example${positives === 1 ? '' : 's'} of "${code}" in ${corpus.segments.length} segments.`,
    minWeight: 1,
    cues: cues.map(({ stat, pattern }): CueInput => ({
      id: cueId(pattern, taken),
      patterns: [pattern],
      support: stat.support,
      precision: Math.round(stat.precision * 1000) / 1000,
    })),
  };
}
