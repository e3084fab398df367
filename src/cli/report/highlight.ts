import type { ReportSummary } from '../../index.js';
import { esc, themeClass } from './html.js';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly theme: string;
  readonly label: string;
  readonly negated: boolean;
}

/**
 * The text as HTML with every theme mention wrapped in a `<mark>` coloured by its theme. Overlapping
 * mentions are cut at every boundary; each piece takes the colour of the first theme covering it and
 * names all of them in its title.
 */
export function highlightText(text: string, summary: ReportSummary): string {
  const spans: Span[] = summary.themes.flatMap((t) =>
    t.mentions
      .filter((m) => m.start < m.end && m.end <= text.length)
      .map((m) => ({ start: m.start, end: m.end, theme: t.id, label: t.label, negated: m.negated })),
  );
  if (spans.length === 0) return esc(text);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let from = 0;
  const open: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    while (from < spans.length && (spans[from] as Span).start <= a) open.push(spans[from++] as Span);
    const covering = open.filter((s) => s.start <= a && s.end >= b);
    for (let j = open.length - 1; j >= 0; j--) if ((open[j] as Span).end <= a) open.splice(j, 1);
    parts.push(covering.length ? mark(text.slice(a, b), covering) : esc(text.slice(a, b)));
  }
  return parts.join('');
}

function mark(piece: string, covering: readonly Span[]): string {
  const first = covering[0] as Span;
  const ids = [...new Set(covering.map((s) => s.theme))];
  const title = [...new Set(covering.map((s) => s.label + (s.negated ? ' (negated)' : '')))].join('; ');
  const negated = covering.every((s) => s.negated) ? ' neg' : '';
  return `<mark class="${themeClass(first.theme)}${negated}" data-themes="${esc(ids.join(' '))}" title="${esc(title)}">${esc(piece)}</mark>`;
}
