import type { Evaluation } from './score.js';

const f2 = (x: number): string => x.toFixed(2);
const k2 = (x: number | null | undefined): string =>
  x === null || x === undefined ? '  —  ' : x.toFixed(2).padStart(5);

/** The human-readable evaluation: a row per theme (P, R, F1, counts, kappa), the misses, then one line of figures. */
export function formatEvaluation(e: Evaluation, goldDir: string): string {
  const lines = [`gold: ${goldDir} (${e.docs} texts)`, 'theme                 P     R     F1    tp fp fn  kappa'];
  for (const t of e.perTheme) {
    lines.push(
      `${t.id.padEnd(20)}  ${f2(t.p)}  ${f2(t.r)}  ${f2(t.f)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(2)} ${String(t.fn).padStart(2)}  ${k2(t.kappa)}`,
    );
  }
  for (const m of e.misses) lines.push(`  - ${m}`);
  const kappas = Object.values(e.kappa).flatMap((k) => (k.kappa === null ? [] : [k.kappa]));
  const meanKappa = kappas.length ? kappas.reduce((a, b) => a + b, 0) / kappas.length : null;
  lines.push(
    `themes micro-F1 ${f2(e.themes.f)} (P ${f2(e.themes.p)} R ${f2(e.themes.r)}) macro-F1 ${f2(e.themes.macroF1)} · ` +
      `metrics F1 ${f2(e.metrics.f)} · comparisons F1 ${f2(e.comparisons.f)} · subject ${f2(e.subject)} · ` +
      `kind ${f2(e.kind)} · rating ${f2(e.rating)} · award ${f2(e.award)} · evidence ${f2(e.evidence)} · ` +
      `mean kappa ${meanKappa === null ? '—' : f2(meanKappa)}`,
  );
  return `${lines.join('\n')}\n`;
}
