import { themes } from '../../taxonomy.js';
import { contentsSection, sectionLinks } from './contents.js';
import { heatmapSection } from './heatmap.js';
import { esc, themeHue } from './html.js';
import type { ReportTally } from './tally.js';

const THEME_CSS = themes
  .map(
    (_, i) =>
      `.t${i}{background:hsl(${themeHue(i)} 85% 78%)}.sw.t${i},.chip.t${i}{border-color:hsl(${themeHue(i)} 60% 45%)}`,
  )
  .join('');

// The page is streamed: the documents come first in the file and the summary parts last, so `order` puts
// the title, section links, heatmap, legend and contents on top.
const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1b1b1b;display:flex;flex-direction:column}
#top{order:-4}#heatmap{order:-3}#legend{order:-2}#contents{order:-1}
h1{margin:.5rem 0}h2{margin:.2rem 0;font-size:1.2rem;word-break:break-all}a{color:#0b4f9c}
#toc ol{display:flex;flex-wrap:wrap;gap:.2rem 1.5rem;padding-left:1.2rem;margin:.3rem 0}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}
.heat th.theme{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;white-space:nowrap}
.heat td.cell{text-align:center;min-width:1.6rem;font-variant-numeric:tabular-nums}.heat td.cell a{color:inherit;display:block}.heat .zero{color:#999}
.scale .key{display:inline-block;min-width:2.6rem;text-align:center;border:1px solid #ccc;margin-left:.2rem}
.docs td:first-child{text-align:right;color:#555}.docs .sw{margin-right:2px}.docs tr.failed td{color:#a00}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;list-style:none;padding:0}
.legend li{display:flex;align-items:center;gap:.3rem}.sw{display:inline-block;width:1rem;height:1rem;border:1px solid;vertical-align:middle}
.doc{border-top:2px solid #444;margin-top:1.5rem;padding-top:.5rem}.failed .error{color:#a00}.up{font-size:.85rem;margin:.3rem 0}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem}.facts dt{font-weight:600}.facts dd{margin:0}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0}.chip{border:1px solid;border-radius:.8rem;padding:0 .5rem}
details summary{cursor:pointer;font-weight:600;margin:.5rem 0}
.text{white-space:pre-wrap;max-height:30rem;overflow:auto;border:1px solid #ddd;padding:.5rem;background:#fcfcfc}
mark{border-radius:2px;padding:0 1px;color:inherit}mark.neg{text-decoration:line-through}
.tx{background:#ddd}${THEME_CSS}
`;

/** The start of the report page: styles and the theme legend (documents stream in after it). */
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

/** The end of the report page: title, section links, heatmap and contents (all shown first), then closing tags. */
export function pageTail(tally: ReportTally): string {
  const failed = tally.entries.filter((e) => e.failed).length;
  const docs = tally.entries.length - failed;
  const failedNote = failed ? `, ${failed} could not be read (listed with their errors)` : '';
  return [
    '</main>\n',
    `<header id="top"><h1>childfirst report</h1><p>${docs} documents${failedNote}. Made by childfirst; works offline. Open a document’s text to see its evidence highlighted.</p>${sectionLinks(tally.entries.length)}</header>\n`,
    heatmapSection(tally),
    contentsSection(tally),
    '</body></html>\n',
  ].join('');
}
