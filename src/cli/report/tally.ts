import type { ReportPart, TaskResult } from '../pool/protocol.js';

/** Area label for documents about no single area. */
export const NO_AREA = '(no single area)';

/** One document's line in the contents list. */
export interface ContentsEntry {
  /** The id of the document's article in the page (`doc-1`, `doc-2`, … in input order). */
  readonly anchor: string;
  readonly id: string;
  readonly area: string | null;
  readonly note: string;
  readonly themes: readonly string[];
  readonly failed: boolean;
}

/** One area's row of the heatmap: its documents and, per theme, how many evidence it and the first that does. */
export interface AreaRow {
  docs: number;
  readonly themes: Map<string, { count: number; readonly first: string }>;
}

/** What the end of the report needs, gathered while the documents stream past. */
export interface ReportTally {
  readonly entries: ContentsEntry[];
  readonly areas: Map<string, AreaRow>;
}

/** The article anchor of the input at `index` (0-based input order). */
export const anchorOf = (index: number): string => `doc-${index + 1}`;

/** Adds one document (or failed input) to the tally. */
export function tallyDocument(tally: ReportTally, result: TaskResult, part: ReportPart): void {
  const anchor = anchorOf(result.index);
  const failed = result.error !== null;
  tally.entries.push({ anchor, id: result.id, area: part.area, note: part.note, themes: part.themes, failed });
  if (failed) return;
  const key = part.area ?? NO_AREA;
  const row = tally.areas.get(key) ?? { docs: 0, themes: new Map() };
  row.docs++;
  for (const theme of part.themes) {
    const cell = row.themes.get(theme);
    if (cell) cell.count++;
    else row.themes.set(theme, { count: 1, first: anchor });
  }
  tally.areas.set(key, row);
}
