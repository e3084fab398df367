import { MEASURE } from './kinds.js';
import type { Measure } from './schema.js';
import { stemMeasure } from './cues.js';
import { anchors, spanText, type Window } from './window.js';

/** A measure cue found in a sentence. */
export interface MeasureCue {
  readonly measure: Measure;
  readonly start: number;
  readonly next: number;
  /** The cue as written. */
  readonly text: string;
}

/** The measure a cue at `p` names, if any ("reoffending", "first time entrants", "custody", ...). */
export function measureAt(w: Window, p: number): MeasureCue | null {
  const word = w.words[p] ?? '';
  const stem = stemMeasure(word, w.cues);
  const m = stem ? { value: stem, next: p + 1 } : w.cues.measures.matchAt(w, p);
  const span = m ? spanText(w, p, m.next - 1) : null;
  return m && span ? { measure: m.value, start: p, next: m.next, text: span.text } : null;
}

/** Every measure cue in the window, in order. */
export function measureCues(w: Window): MeasureCue[] {
  const out: MeasureCue[] = [];
  let until = 0;
  for (const p of anchors(w, MEASURE)) {
    if (p < until) continue;
    const cue = measureAt(w, p);
    if (cue) {
      out.push(cue);
      until = cue.next;
    }
  }
  return out;
}

/** The cue nearest before `p`, else the first after it, else `fallback`. */
export function measureNear(cues: readonly MeasureCue[], p: number, fallback: MeasureCue | null): MeasureCue | null {
  let before: MeasureCue | null = null;
  for (const c of cues) {
    if (c.start < p) before = c;
    else return before ?? c;
  }
  return before ?? fallback;
}
