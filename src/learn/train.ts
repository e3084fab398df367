import type { Corpus } from './corpus.js';

/** How cues are chosen; see `LearnOptions`. */
export interface TrainSettings {
  readonly minSupport: number;
  readonly minDocs: number;
  readonly priorStrength: number;
  readonly minPrecision: number;
  readonly minZ: number;
  readonly maxCandidates: number;
}

/** A chosen cue with its figures on the training examples. */
export interface CueStat {
  /** The n-gram's word keys, space-joined. */
  readonly key: string;
  /** Positive segments holding it. */
  readonly support: number;
  /** Negative segments holding it. */
  readonly negatives: number;
  /** support / (support + negatives). */
  readonly precision: number;
  /** The log-odds ratio's z-score (informative Dirichlet prior). */
  readonly z: number;
}

/** Segment ids of every n-gram, built once per corpus. */
export type Postings = ReadonlyMap<string, readonly number[]>;

export function postingsOf(corpus: Corpus): Postings {
  const postings = new Map<string, number[]>();
  corpus.segments.forEach((s, i) => {
    for (const g of s.grams) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  return postings;
}

/** The training part of a corpus: a mask over segments and the n-gram totals the prior is built from. */
export interface TrainingSet {
  readonly corpus: Corpus;
  readonly postings: Postings;
  readonly inTrain: (segment: number) => boolean;
  readonly totals: ReadonlyMap<string, number>;
  readonly totalCount: number;
}

export function trainingSet(corpus: Corpus, postings: Postings, inTrain: (segment: number) => boolean): TrainingSet {
  const totals = new Map<string, number>();
  let totalCount = 0;
  corpus.segments.forEach((s, i) => {
    if (!inTrain(i)) return;
    totalCount += s.grams.length;
    for (const g of s.grams) totals.set(g, (totals.get(g) ?? 0) + 1);
  });
  return { corpus, postings, inTrain, totals, totalCount };
}

/** Chooses the cues of `code`: candidates scored by log-odds, then added greedily while document-level F1 rises. */
export function trainCode(set: TrainingSet, code: string, settings: TrainSettings): CueStat[] {
  const candidates = scoreCandidates(set, code, settings);
  return selectGreedy(set, code, candidates);
}

/**
 * The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, eq. 22),
 * positives against negatives, over segment counts; the prior is the n-gram's share of all training segments.
 */
export function logOddsZ(
  pos: number,
  neg: number,
  nPos: number,
  nNeg: number,
  total: number,
  totalCount: number,
  strength: number,
): number {
  const a = (strength * total) / totalCount;
  const delta = Math.log((pos + a) / (nPos + strength - pos - a)) - Math.log((neg + a) / (nNeg + strength - neg - a));
  return delta / Math.sqrt(1 / (pos + a) + 1 / (neg + a));
}

function scoreCandidates(set: TrainingSet, code: string, settings: TrainSettings): CueStat[] {
  const { corpus, inTrain } = set;
  const pos = new Map<string, number>();
  const posDocs = new Map<string, Set<number>>();
  let nPos = 0;
  let nUnlabelled = 0;
  corpus.segments.forEach((s, i) => {
    if (!inTrain(i)) return;
    if (!s.codes.has(code)) {
      if (isUnlabelled(corpus, s.doc, code)) nUnlabelled += s.grams.length;
      return;
    }
    nPos += s.grams.length;
    for (const g of s.grams) {
      pos.set(g, (pos.get(g) ?? 0) + 1);
      let docs = posDocs.get(g);
      if (!docs) posDocs.set(g, (docs = new Set()));
      docs.add(s.doc);
    }
  });
  const nNeg = set.totalCount - nPos - nUnlabelled;
  const out: CueStat[] = [];
  for (const [key, support] of pos) {
    if (support < settings.minSupport || (posDocs.get(key)?.size ?? 0) < settings.minDocs) continue;
    const total = set.totals.get(key) ?? support;
    const { negatives, negativeDocs } = countNegatives(set, key, code);
    const precision = support / (support + negatives);
    const docs = posDocs.get(key)?.size ?? 0;
    if (docs / (docs + negativeDocs) < settings.minPrecision) continue;
    const z = logOddsZ(support, negatives, nPos, nNeg, total, set.totalCount, settings.priorStrength);
    if (z >= settings.minZ) out.push({ key, support, negatives, precision, z });
  }
  // equal figures: the longer n-gram first, as the more specific cue
  out.sort((a, b) => b.z - a.z || b.support - a.support || words(b.key) - words(a.key) || a.key.localeCompare(b.key));
  return out.slice(0, settings.maxCandidates);
}

/**
 * Segments holding `key` that are negatives for `code`. An uncoded sentence of a document coded with `code` is
 * not counted: gold codes a document once, with one quote, so its other sentences on the theme are unlabelled,
 * not counter-examples.
 */
function countNegatives(set: TrainingSet, key: string, code: string): { negatives: number; negativeDocs: number } {
  let negatives = 0;
  const docs = new Set<number>();
  for (const i of set.postings.get(key) ?? []) {
    const s = set.corpus.segments[i];
    if (!s || !set.inTrain(i) || s.codes.has(code) || isUnlabelled(set.corpus, s.doc, code)) continue;
    negatives++;
    docs.add(s.doc);
  }
  return { negatives, negativeDocs: docs.size };
}

/** True for the uncoded segments of a document coded (or borderline) with `code`. */
function isUnlabelled(corpus: Corpus, doc: number, code: string): boolean {
  const d = corpus.docs[doc];
  return d !== undefined && (d.codes.has(code) || d.optional.has(code));
}

/** Adds candidates one at a time, the one that raises training F1 (by document) most, until none raises it. */
function selectGreedy(set: TrainingSet, code: string, candidates: readonly CueStat[]): CueStat[] {
  const { corpus, postings, inTrain } = set;
  const docHits = candidates.map((c) => {
    const docs = new Set<number>();
    for (const i of postings.get(c.key) ?? []) if (inTrain(i)) docs.add(corpus.segments[i]?.doc ?? -1);
    return docs;
  });
  const label = docLabels(set, code);
  let positives = 0;
  for (const l of label.values()) if (l === 1) positives++;
  const covered = new Set<number>();
  let tp = 0;
  let fp = 0;
  let best = 0;
  const chosen: CueStat[] = [];
  const used = new Set<number>();
  for (;;) {
    let pick = -1;
    let pickF = best;
    docHits.forEach((docs, k) => {
      if (used.has(k)) return;
      let dtp = 0;
      let dfp = 0;
      for (const d of docs) {
        if (covered.has(d)) continue;
        const l = label.get(d);
        if (l === 1) dtp++;
        else if (l === 0) dfp++;
      }
      const f = f1(tp + dtp, fp + dfp, positives - tp - dtp);
      if (f > pickF) [pick, pickF] = [k, f];
    });
    if (pick < 0) return chosen;
    used.add(pick);
    for (const d of docHits[pick] ?? []) {
      if (covered.has(d)) continue;
      covered.add(d);
      const l = label.get(d);
      if (l === 1) tp++;
      else if (l === 0) fp++;
    }
    best = pickF;
    chosen.push(candidates[pick] as CueStat);
  }
}

/** Training documents' labels for `code`: 1 coded, 0 not coded, absent when borderline (optional) or not in training. */
function docLabels(set: TrainingSet, code: string): Map<number, 0 | 1> {
  const label = new Map<number, 0 | 1>();
  set.corpus.segments.forEach((s, i) => {
    if (!set.inTrain(i) || label.has(s.doc)) return;
    const doc = set.corpus.docs[s.doc];
    if (!doc) return;
    if (doc.codes.has(code)) label.set(s.doc, 1);
    else if (!doc.optional.has(code)) label.set(s.doc, 0);
  });
  return label;
}

function words(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

/** F1 from counts (0 when nothing is right). */
export function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
