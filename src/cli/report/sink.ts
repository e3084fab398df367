import type { Sink } from '../output/sinks.js';
import type { ReportPart } from '../pool/protocol.js';
import { pageHead, pageTail } from './page.js';

/** Area label for documents about no single area. */
export const NO_AREA = '(no single area)';

/** Streams document articles into the report and tallies the heatmap, written at the end. */
export function reportSink(): Sink {
  const areas = new Map<string, { docs: number; themes: Map<string, number> }>();
  let docs = 0;
  let failed = 0;
  return {
    begin: pageHead,
    record(result) {
      const part = result.out as ReportPart | null;
      if (!part) return '';
      if (result.error) failed++;
      else {
        docs++;
        const key = part.area ?? NO_AREA;
        const row = areas.get(key) ?? { docs: 0, themes: new Map<string, number>() };
        row.docs++;
        for (const id of part.themes) row.themes.set(id, (row.themes.get(id) ?? 0) + 1);
        areas.set(key, row);
      }
      return part.html;
    },
    end: () => pageTail({ docs, failed, areas }),
  };
}
