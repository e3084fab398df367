import { esc, themeClass } from './html.js';
import { themes } from '../../taxonomy.js';
import type { ContentsEntry, ReportTally } from './tally.js';

const LABELS = new Map(themes.map((t) => [t.id, t.label]));

/** The links to the page's sections, shown under the title. */
export function sectionLinks(documents: number): string {
  const links = [
    ['#heatmap', 'Themes by area'],
    ['#legend', 'Legend'],
    ['#contents', `Contents (${documents})`],
  ];
  return `<nav id="toc"><ol>${links.map(([href, text]) => `<li><a href="${href}">${esc(text)}</a></li>`).join('')}</ol></nav>`;
}

/** The contents list: one row per input in input order, each linked to its document. */
export function contentsSection(tally: ReportTally): string {
  const rows = tally.entries.map(row).join('');
  return [
    `<section id="contents"><h2>Contents</h2>`,
    '<table class="docs"><thead><tr><th>#</th><th>Document</th><th>Area</th><th>What</th><th>Themes</th></tr></thead>',
    `<tbody>${rows}</tbody></table></section>\n`,
  ].join('');
}

function row(entry: ContentsEntry): string {
  const n = entry.anchor.slice('doc-'.length);
  const swatches = entry.themes
    .map((id) => `<span class="sw ${themeClass(id)}" title="${esc(LABELS.get(id) ?? id)}"></span>`)
    .join('');
  const what = entry.failed ? `<code class="error">${esc(entry.note)}</code>` : esc(entry.note);
  const cls = entry.failed ? ' class="failed"' : '';
  return `<tr${cls}><td>${n}</td><td><a href="#${esc(entry.anchor)}">${esc(entry.id)}</a></td><td>${esc(entry.area ?? '')}</td><td>${what}</td><td>${swatches}</td></tr>`;
}
