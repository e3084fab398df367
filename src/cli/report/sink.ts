import type { Sink } from '../output/sinks.js';
import type { ReportPart } from '../pool/protocol.js';
import { esc } from './html.js';
import { pageHead, pageTail } from './page.js';
import { anchorOf, tallyDocument, type ReportTally } from './tally.js';

/** Streams document articles into the report and tallies the contents and heatmap, written at the end. */
export function reportSink(): Sink {
  const tally: ReportTally = { entries: [], areas: new Map() };
  return {
    begin: pageHead,
    record(result) {
      const part = result.out as ReportPart | null;
      if (!part) return '';
      tallyDocument(tally, result, part);
      const cls = result.error ? 'doc failed' : 'doc';
      return `<article id="${esc(anchorOf(result.index))}" class="${cls}">${part.html}<p class="up"><a href="#contents">↑ Contents</a></p></article>\n`;
    },
    end: () => pageTail(tally),
  };
}
