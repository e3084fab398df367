import type { ParsedDoc, Sentence } from '../nlp/parsed.js';
import { kindOf } from './classify.js';
import type { MetricCues } from './cues.js';
import { findComparisons } from './statements.js';
import { findPercentages, findProportions } from './figures.js';
import { findFractions } from './fractions.js';
import { BASELINE, COMPARE, MEASURE, NUMBER, TREND, UNIT, WITHIN } from './kinds.js';
import { measureCues, type MeasureCue } from './measure.js';
import { findQuantities } from './quantities.js';
import type { Metric } from './schema.js';
import { findTrends } from './trend.js';
import { windowOf } from './window.js';

/** The kind bits a sentence holds, kept per token in `docKinds`; read once so plain sentences are never windowed. */
function kindsIn(doc: ParsedDoc, sentence: Sentence, docKinds: Uint8Array, c: MetricCues): number {
  let kinds = 0;
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = doc.tokens[i];
    if (!t || t.type === 'punctuation') continue;
    const kind = kindOf(t, c);
    docKinds[i] = kind;
    kinds |= kind;
  }
  return kinds;
}

/** Finds every figure, sentence by sentence, in text order, with the analyzer's compiled cues. */
export function find(doc: ParsedDoc, c: MetricCues): Metric[] {
  const out: Metric[] = [];
  let previous: MeasureCue | null = null;
  const docKinds = new Uint8Array(doc.tokens.length);
  for (const sentence of doc.sentences) {
    const kinds = kindsIn(doc, sentence, docKinds, c);
    const comparing = (kinds & BASELINE) !== 0 && (kinds & (COMPARE | NUMBER)) !== 0;
    const topical = (kinds & MEASURE) !== 0;
    // "in" alone is everywhere: it matters only with a unit ("in days rather than weeks")
    const numeric = (kinds & NUMBER) !== 0 || (kinds & (WITHIN | UNIT)) === (WITHIN | UNIT);
    if (!numeric && !comparing && !topical) {
      previous = null;
      continue;
    }
    const w = windowOf(doc, sentence, docKinds, c);
    const found: Metric[] = [];
    if (numeric) {
      findPercentages(w, found);
      findProportions(w, found);
      findFractions(w, found);
      findQuantities(w, found);
    }
    const cues = topical ? measureCues(w) : [];
    if (comparing) findComparisons(w, cues, previous, found);
    if (topical && (kinds & TREND) !== 0) findTrends(w, cues, previous, found);
    previous = cues[cues.length - 1] ?? null;
    found.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const m of found) out.push(m);
  }
  return out;
}
