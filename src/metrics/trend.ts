import { TREND } from './kinds.js';
import { measureNear, type MeasureCue } from './measure.js';

import type { Measure, Metric } from './schema.js';
import { anchors, spanText, wordAt, type Window } from './window.js';

const NEAR = 8;

/** Trends: "a continual falling trend", "driving down reoffending rates", "custody numbers are rising". */
export function findTrends(w: Window, named: readonly MeasureCue[], previous: MeasureCue | null, out: Metric[]): void {
  const seen = new Set<string>();
  let until = 0;
  for (const p of anchors(w, TREND)) {
    if (p < until) continue;
    const m = w.cues.trends.matchAt(w, p);
    if (!m || w.cues.aims.has(wordAt(w, p - 1))) continue;
    const isTrend = m.next - m.start > 1 && /trend|trajectory/.test(wordAt(w, m.next - 1));
    const near = measureNear(named, p, isTrend ? previous : null);
    const close = near !== null && near.start >= p - NEAR && near.start <= m.next + NEAR;
    if (!close && !isTrend) continue;
    const measure: Measure = near?.measure ?? 'other';
    const key = `${measure}:${m.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "driving down reoffending rates": the span runs on to the measure right after the verb
    const last = near && close && near.start >= m.next && near.start <= m.next + 1 ? near.next - 1 : m.next - 1;
    const span = spanText(w, m.start, last);
    if (span)
      out.push({
        kind: 'trend',
        measure,
        direction: m.value,
        ...span,
        sentence: w.sentence,
        subject: near?.text ?? null,
      });
    until = m.next;
  }
}
