import { themes } from '../../taxonomy.js';
import { esc } from './html.js';
import { NO_AREA, type AreaRow, type ReportTally } from './tally.js';

/** Hue of the heatmap's one colour scale (blue), the same for every theme. */
const HEAT_HUE = 212;

/** The colours of a heatmap cell on the one scale: darker for a larger share of the area's documents. */
export function heatColour(share: number): { background: string; text: string } {
  const lightness = Math.round(97 - 57 * Math.min(1, Math.max(0, share)));
  return { background: `hsl(${HEAT_HUE} 70% ${lightness}%)`, text: lightness < 62 ? '#fff' : '#1b1b1b' };
}

const SCALE_STEPS = [0, 0.25, 0.5, 0.75, 1];

/** The corpus heatmap: areas × themes, each cell the count of the area's documents evidencing the theme. */
export function heatmapSection(tally: ReportTally): string {
  const head = themes
    .map(
      (t, i) => `<th class="theme" title="${esc(t.description)}"><span class="sw t${i}"></span> ${esc(t.label)}</th>`,
    )
    .join('');
  const areas = [...tally.areas.entries()].sort(([a], [b]) => byArea(a, b));
  const rows = areas.map(
    ([area, row]) => `<tr><th scope="row">${esc(area)}</th><td>${row.docs}</td>${cells(area, row)}</tr>`,
  );
  const key = SCALE_STEPS.map((share) => {
    const c = heatColour(share);
    return `<span class="key" style="background:${c.background};color:${c.text}">${share * 100}%</span>`;
  }).join('');
  return [
    '<section id="heatmap"><h2>Themes by area</h2>',
    '<p>Each cell counts the documents about that area that evidence the theme, and links to the first of them. ',
    'All cells share one colour scale: the darker the cell, the larger the share of the area’s documents.</p>',
    `<p class="scale">Share of the area’s documents: ${key}</p>`,
    `<table class="heat"><thead><tr><th>Area</th><th>Docs</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>\n`,
  ].join('');
}

function cells(area: string, row: AreaRow): string {
  return themes
    .map((t) => {
      const cell = row.themes.get(t.id);
      const count = cell?.count ?? 0;
      const share = row.docs ? count / row.docs : 0;
      const c = heatColour(share);
      const attrs = `class="cell" data-theme="${esc(t.id)}" data-count="${count}" data-share="${share.toFixed(3)}" style="background:${c.background};color:${c.text}"`;
      if (!cell) return `<td ${attrs}><span class="zero">0</span></td>`;
      const title = `${area}: ${count} of ${row.docs} documents evidence ${t.label}; opens the first`;
      return `<td ${attrs}><a href="#${esc(cell.first)}" title="${esc(title)}">${count}</a></td>`;
    })
    .join('');
}

/** Areas in alphabetical order, documents about no single area last. */
function byArea(a: string, b: string): number {
  if (a === NO_AREA || b === NO_AREA) return Number(a === NO_AREA) - Number(b === NO_AREA);
  return a.localeCompare(b);
}
