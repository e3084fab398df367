import type { ReportSummary } from '../../index.js';
import {
  addCounts,
  cohensKappa,
  matchMultiset,
  prf,
  withoutOptional,
  type Counts,
  type Kappa,
  type Prf,
} from './counts.js';
import type { GoldCase, GoldDoc } from './gold.js';

/** A gold case with the summary the analyzer produced for its text. */
export interface ScoredCase extends GoldCase {
  readonly summary: ReportSummary;
}

/** Everything `evaluate` reports; the field names follow the shared scorer's JSON. */
export interface Evaluation {
  readonly docs: number;
  readonly themes: Prf & { readonly microF1: number; readonly macroF1: number };
  readonly metrics: Prf;
  readonly comparisons: Prf;
  readonly subject: number;
  readonly kind: number;
  readonly rating: number;
  readonly award: number;
  readonly evidence: number;
  readonly perTheme: readonly (Prf & { readonly id: string; readonly kappa: number | null })[];
  readonly kappa: Readonly<Record<string, Kappa>>;
  readonly misses: readonly string[];
}

/** Normalises a name for comparison: case, "&", apostrophes, punctuation and a leading "the" are ignored. */
export function normName(value: unknown): string {
  return String(value ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/** A figure as gold lists it or a summary holds it; read as leniently as the shared scorer reads it. */
type FigureLike = { readonly kind?: unknown; readonly value?: unknown; readonly total?: unknown };

/** The key a percentage or proportion is matched on, or null for other figures. */
export function figureKey(m: FigureLike): string | null {
  const kind = String(m.kind ?? '').toLowerCase();
  const value = Number(m.value);
  if (!Number.isFinite(value)) return null;
  if (kind === 'percentage') return `percentage:${+value.toFixed(2)}`;
  if (kind === 'proportion') return `proportion:${+value.toFixed(2)}/${Number(m.total)}`;
  return null;
}

/** The key a comparison is matched on: direction and the sorted set of baselines. */
export function comparisonKey(m: { readonly direction?: unknown; readonly baselines?: readonly unknown[] }): string {
  const baselines = [...new Set((m.baselines ?? []).map((b) => normName(b).replace(/ /g, '-')))].sort();
  return `${String(m.direction ?? '').toLowerCase()}:${baselines.join('+')}`;
}

const keys = (figures: readonly FigureLike[] | undefined): string[] =>
  (figures ?? []).map(figureKey).filter((k): k is string => k !== null);

/** Scores summaries against gold exactly as the shared `score.mjs` counts, plus Cohen's kappa per theme. */
export function scoreCases(cases: readonly ScoredCase[], themeIds: readonly string[]): Evaluation {
  const perTheme = new Map<string, Counts>();
  const bump = (id: string, k: keyof Counts): void => {
    const c = perTheme.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    perTheme.set(id, c);
  };
  const totals = { tp: 0, fp: 0, fn: 0 };
  const figures = { tp: 0, fp: 0, fn: 0 };
  const comparisons = { tp: 0, fp: 0, fn: 0 };
  const tally = { subject: 0, kind: 0, ratingN: 0, rating: 0, awardN: 0, award: 0, spans: 0, spansOk: 0 };
  const misses: string[] = [];

  for (const { gold: g, text, summary: s } of cases) {
    const predicted = new Set(s.themes.map((t) => t.id));
    const expected = new Set(Object.keys(g.themes ?? {}));
    const optional = new Set(g.optional ?? []);
    const count = (id: string, k: keyof Counts, miss?: string): void => {
      bump(id, k);
      totals[k]++;
      if (miss) misses.push(`${g.id} ${miss} theme ${id}`);
    };
    for (const id of predicted) {
      if (expected.has(id)) count(id, 'tp');
      else if (!optional.has(id)) count(id, 'fp', 'extra');
    }
    for (const id of expected) if (!predicted.has(id)) count(id, 'fn', 'missed');

    const spans = [...s.themes.flatMap((t) => t.mentions), ...s.metrics];
    tally.spans += spans.length;
    tally.spansOk += spans.filter((m) => text.slice(m.start, m.end) === m.text).length;

    const predNum = withoutOptional(keys(s.metrics), keys(g.optionalMetrics));
    const goldNum = keys(g.metrics);
    const r1 = matchMultiset(predNum, goldNum);
    addCounts(figures, r1);
    if (r1.fp || r1.fn) misses.push(`${g.id} metrics: predicted [${predNum.join(',')}] gold [${goldNum.join(',')}]`);

    const predCmp = s.metrics.filter((m) => m.kind === 'comparison').map(comparisonKey);
    const goldCmp = (g.comparisons ?? []).map(comparisonKey);
    const r2 = matchMultiset(predCmp, goldCmp);
    addCounts(comparisons, r2);
    if (r2.fp || r2.fn)
      misses.push(`${g.id} comparisons: predicted [${predCmp.join(',')}] gold [${goldCmp.join(',')}]`);

    scoreFacts(g, s, tally, misses);
  }

  const n = cases.length;
  const rows = [...perTheme.entries()].map(([id, c]) => ({ id, ...prf(c) })).sort((a, b) => a.id.localeCompare(b.id));
  const kappa = kappas(cases, themeIds);
  const micro = prf(totals);
  return {
    docs: n,
    themes: { ...micro, microF1: micro.f, macroF1: rows.length ? rows.reduce((a, t) => a + t.f, 0) / rows.length : 0 },
    metrics: prf(figures),
    comparisons: prf(comparisons),
    subject: tally.subject / n,
    kind: tally.kind / n,
    rating: tally.ratingN ? tally.rating / tally.ratingN : 1,
    award: tally.awardN ? tally.award / tally.awardN : 1,
    evidence: tally.spans ? tally.spansOk / tally.spans : 0,
    perTheme: rows.map((row) => ({ ...row, kappa: kappa[row.id]?.kappa ?? null })),
    kappa,
    misses,
  };
}

type Tally = Record<'subject' | 'kind' | 'ratingN' | 'rating' | 'awardN' | 'award', number>;

function scoreFacts(g: GoldDoc, s: ReportSummary, tally: Tally, misses: string[]): void {
  if (normName(s.subject?.area) === normName(g.area)) tally.subject++;
  else misses.push(`${g.id} subject: predicted "${s.subject?.area ?? ''}" gold "${g.area ?? ''}"`);
  if (s.document.kind === g.kind) tally.kind++;
  else misses.push(`${g.id} kind: predicted ${s.document.kind} gold ${String(g.kind)}`);
  if (g.rating) {
    tally.ratingN++;
    if (s.document.rating === g.rating) tally.rating++;
    else misses.push(`${g.id} rating: predicted ${String(s.document.rating)} gold ${g.rating}`);
  }
  if (g.award) {
    tally.awardN++;
    const a = s.document.award;
    const ok =
      a?.level === g.award.level &&
      Boolean(a?.redesignation) === g.award.redesignation &&
      (a?.commendations ?? []).includes('child-first') === g.award.childFirst;
    if (ok) tally.award++;
    else misses.push(`${g.id} award: predicted ${JSON.stringify(a ?? {})} gold ${JSON.stringify(g.award)}`);
  }
}

/** Kappa per theme over documents (gold presence vs predicted presence); a document where the theme is optional is left out. */
function kappas(cases: readonly ScoredCase[], themeIds: readonly string[]): Record<string, Kappa> {
  const ids = new Set(themeIds);
  for (const { gold, summary } of cases) {
    for (const id of Object.keys(gold.themes ?? {})) ids.add(id);
    for (const t of summary.themes) ids.add(t.id);
  }
  const out: Record<string, Kappa> = Object.create(null) as Record<string, Kappa>;
  for (const id of [...ids].sort()) {
    const pairs = cases
      .filter(({ gold }) => !(gold.optional ?? []).includes(id))
      .map(
        ({ gold, summary }) => [Object.hasOwn(gold.themes ?? {}, id), summary.themes.some((t) => t.id === id)] as const,
      );
    out[id] = cohensKappa(pairs);
  }
  return out;
}
