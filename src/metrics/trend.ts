import { TREND } from './kinds.js';
import { measureNear, type MeasureCue } from './measure.js';
import { each, list, PhraseSet } from './phrases.js';
import type { Measure, Metric } from './schema.js';
import { anchors, spanText, wordAt, type Window } from './window.js';

type Direction = 'falling' | 'rising' | 'stable';

const TRENDS = new PhraseSet<Direction>([
  ...each<Direction>(
    'falling',
    list(
      'falling trend|downward trend|decreasing trend|declining trend|downward trajectory|driving down|driven down|drive down|drove down|brought down|bringing down|gone down|went down|fallen|fell|falling|decreased|decreasing|declined|declining|dropped|reduced|reduction|reductions|decrease|decline|fall|drop',
    ),
  ),
  ...each<Direction>(
    'rising',
    list(
      'rising trend|upward trend|increasing trend|upward trajectory|rising|rose|risen|increased|increasing|increase|grew|grown|growing|went up|gone up|rise',
    ),
  ),
  ...each<Direction>(
    'stable',
    list('remained stable|stable|static|remained steady|remains steady|held steady|plateaued|unchanged'),
  ),
]);
/** First words of every trend phrase. */
export const TREND_WORDS: readonly string[] = TRENDS.firstWords();

/** Words before a trend word that make it an aim, not a finding ("to reduce", "will increase"). */
const AIMS = new Set(list('to|will|would|should|could|can|may|might|must|aim|aims|seek|seeks'));
const NEAR = 8;

/** Trends: "a continual falling trend", "driving down reoffending rates", "custody numbers are rising". */
export function findTrends(w: Window, cues: readonly MeasureCue[], previous: MeasureCue | null, out: Metric[]): void {
  const seen = new Set<string>();
  let until = 0;
  for (const p of anchors(w, TREND)) {
    if (p < until) continue;
    const m = TRENDS.matchAt(w, p);
    if (!m || AIMS.has(wordAt(w, p - 1))) continue;
    const isTrend = m.next - m.start > 1 && /trend|trajectory/.test(wordAt(w, m.next - 1));
    const near = measureNear(cues, p, isTrend ? previous : null);
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
