import { themes } from '../../taxonomy.js';
import { esc, themeHue } from './html.js';

const THEME_CSS = themes
  .map(
    (_, i) =>
      `.t${i}{background:hsl(${themeHue(i)} 85% 78%)}.sw.t${i},.chip.t${i}{border-color:hsl(${themeHue(i)} 60% 45%)}`,
  )
  .join('');

const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1b1b1b;display:flex;flex-direction:column}
#top{order:-3}#heatmap{order:-2}#legend{order:-1}
h1{margin:.5rem 0}h2{margin:.2rem 0;font-size:1.2rem;word-break:break-all}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}
.heat th.theme{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;white-space:nowrap}
.heat td.cell{text-align:center;min-width:1.6rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;list-style:none;padding:0}
.legend li{display:flex;align-items:center;gap:.3rem}.sw{display:inline-block;width:1rem;height:1rem;border:1px solid}
.doc{border-top:2px solid #444;margin-top:1.5rem;padding-top:.5rem}.failed .error{color:#a00}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem}.facts dt{font-weight:600}.facts dd{margin:0}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0}.chip{border:1px solid;border-radius:.8rem;padding:0 .5rem}
.text{white-space:pre-wrap;max-height:30rem;overflow:auto;border:1px solid #ddd;padding:.5rem;background:#fcfcfc}
mark{border-radius:2px;padding:0 1px;color:inherit}mark.neg{text-decoration:line-through}
.tx{background:#ddd}${THEME_CSS}
`;

/** The start of the report page: styles, title and the theme legend (documents stream in after it). */
export function pageHead(): string {
  const legend = themes
    .map((t, i) => `<li data-theme="${esc(t.id)}"><span class="sw t${i}"></span>${esc(t.label)}</li>`)
    .join('');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>childfirst report</title><style>${CSS}</style></head><body>\n`,
    `<section id="legend"><h2>Legend</h2><ul class="legend">${legend}</ul><p>Struck-through evidence is negated ("no resettlement plan").</p></section>\n`,
    '<main id="documents">\n',
  ].join('');
}

/** Documents per area and theme, gathered while the documents stream past. */
export interface Heat {
  readonly docs: number;
  readonly failed: number;
  readonly areas: ReadonlyMap<string, { docs: number; themes: ReadonlyMap<string, number> }>;
}

/** The end of the report page: the corpus heatmap (area × theme, shown first), then closing tags. */
export function pageTail(heat: Heat): string {
  const areas = [...heat.areas.entries()].sort(([a], [b]) => a.localeCompare(b));
  const head = themes
    .map(
      (t, i) => `<th class="theme" title="${esc(t.description)}"><span class="sw t${i}"></span> ${esc(t.label)}</th>`,
    )
    .join('');
  const rows = areas.map(([area, row]) => {
    const cells = themes.map((t, i) => {
      const n = row.themes.get(t.id) ?? 0;
      const share = row.docs ? n / row.docs : 0;
      const style = n ? ` style="background:hsl(${themeHue(i)} 75% ${Math.round(92 - share * 45)}%)"` : '';
      return `<td class="cell" data-theme="${esc(t.id)}" data-count="${n}"${style} title="${esc(`${area}: ${n} of ${row.docs} documents evidence ${t.label}`)}">${n || ''}</td>`;
    });
    return `<tr><th scope="row">${esc(area)}</th><td>${row.docs}</td>${cells.join('')}</tr>`;
  });
  const failed = heat.failed ? `, ${heat.failed} could not be read (listed with their errors below)` : '';
  return [
    '</main>\n',
    `<header id="top"><h1>childfirst report</h1><p>${heat.docs} documents${failed}. Made by childfirst; works offline.</p></header>\n`,
    '<section id="heatmap"><h2>Themes by area</h2><p>Each cell counts the documents about that area that evidence the theme; darker means a larger share of the area’s documents.</p>',
    `<table class="heat"><thead><tr><th>Area</th><th>Docs</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>\n`,
    '</body></html>\n',
  ].join('');
}
