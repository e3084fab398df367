/** True/false positive and false negative counts. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 with their counts. */
export interface Prf extends Counts {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

/** P/R/F1 from counts; with nothing predicted precision is 1 only when nothing was expected either. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp > 0 ? tp / (tp + fp) : tp + fn > 0 ? 0 : 1;
  const r = tp + fn > 0 ? tp / (tp + fn) : 1;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

/** Matches predicted keys against gold keys as multisets: each gold key pairs with at most one prediction. */
export function matchMultiset(predicted: readonly string[], gold: readonly string[]): Counts {
  const left = new Map<string, number>();
  for (const key of gold) left.set(key, (left.get(key) ?? 0) + 1);
  let tp = 0;
  for (const key of predicted) {
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      tp++;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

/** Removes from `keys` one occurrence of each key in `drop` (borderline gold figures). */
export function withoutOptional(keys: readonly string[], drop: readonly string[]): string[] {
  const budget = new Map<string, number>();
  for (const key of drop) budget.set(key, (budget.get(key) ?? 0) + 1);
  return keys.filter((key) => {
    const n = budget.get(key) ?? 0;
    if (n === 0) return true;
    budget.set(key, n - 1);
    return false;
  });
}

/** Agreement of two codings of presence over the same documents. */
export interface Kappa {
  /** Cohen's kappa, or null when chance agreement is total (both codings constant and equal). */
  readonly kappa: number | null;
  /** Observed agreement: the share of documents where both agree. */
  readonly agreement: number;
  /** Documents compared. */
  readonly n: number;
}

/** Cohen's kappa for two binary codings (gold, predicted) given as pairs. */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): Kappa {
  const n = pairs.length;
  if (n === 0) return { kappa: null, agreement: 1, n };
  let both = 0;
  let neither = 0;
  let gold = 0;
  let predicted = 0;
  for (const [g, p] of pairs) {
    if (g) gold++;
    if (p) predicted++;
    if (g && p) both++;
    if (!g && !p) neither++;
  }
  const observed = (both + neither) / n;
  const chance = (gold * predicted + (n - gold) * (n - predicted)) / (n * n);
  return { kappa: chance >= 1 ? null : (observed - chance) / (1 - chance), agreement: observed, n };
}
