import { MEASURE } from './kinds.js';
import type { Measure } from './schema.js';
import { each, list, PhraseSet } from './phrases.js';
import { anchors, spanText, type Window } from './window.js';

const MEASURES = new PhraseSet<Measure>([
  ...each<Measure>(
    'first-time-entrants',
    list(
      'first time entrants|first time entrant|first time entry|first time offending|first time offenders|first time offender|first time offences|fte|ftes|entrants|entering the youth justice system|entering the criminal justice system|entering the justice system|entry into the youth justice system|entering the system',
    ),
  ),
  ...each<Measure>('reoffending', list('recidivism|reconviction|reconvictions|reconvicted|re offending|re offend')),
  ...each<Measure>('custody', list('custody|custodial|remand|remands|remanded|detention')),
  ...each<Measure>('exclusion', ['exclusion', 'exclusions', 'excluded']),
]);

/** First words of every measure cue, for a cheap look before reading a sentence. */
export const MEASURE_WORDS: readonly string[] = MEASURES.firstWords();

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
  const reoffending = word.startsWith('reoffend') || word.startsWith('re-offend');
  const m = reoffending ? { value: 'reoffending' as const, next: p + 1 } : MEASURES.matchAt(w, p);
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
