import { stringify } from 'csv-stringify/sync';
import type { ReportSummary } from '../../index.js';
import { themes } from '../../taxonomy.js';
import type { Outcome } from './outcome.js';

const METRIC_KINDS = [
  'percentage',
  'proportion',
  'fraction',
  'comparison',
  'trend',
  'count',
  'duration',
  'age-range',
  'year',
] as const;
const TAXONOMY_IDS: readonly string[] = themes.map((t) => t.id);
let themeColumns: readonly string[] = TAXONOMY_IDS;

/**
 * Sets the theme columns of CSV and matrix output for this thread: the taxonomy's ids by default, or those of the
 * lexicon in use (`--lexicon`). The main thread and every worker set the same list before formatting anything.
 */
export function useThemeColumns(ids: readonly string[] | undefined): void {
  themeColumns = ids ?? TAXONOMY_IDS;
}

/** The theme columns for analyzer options: the built-in themes unless switched off, then the lexicon's new themes. */
export function themeColumnsOf(options: {
  readonly themes?: readonly { readonly id: string }[] | undefined;
  readonly builtInThemes?: boolean | undefined;
}): string[] {
  const ids = options.builtInThemes === false ? [] : [...TAXONOMY_IDS];
  for (const t of options.themes ?? []) if (!ids.includes(t.id)) ids.push(t.id);
  return ids;
}

type Cell = string | number;

/**
 * One CSV line (with its line break) from cells. A text cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return (or a full-width `=`, `+`, `-`, `@`) gets a leading `'`, as OWASP
 * advises against formula injection (csv-stringify's `escape_formulas`); numbers keep their sign.
 * A cell holding a carriage return is quoted, as RFC 4180 asks, though lines end in `\n`.
 */
export function csvLine(cells: readonly Cell[]): string {
  return stringify([cells], { eof: true, record_delimiter: '\n', escape_formulas: true, quoted_match: '\r' });
}

/** Header of `analyze --format csv`: document facts, one score column per theme, metric counts, error. */
export function summaryHeader(): string[] {
  return [
    'id',
    'source',
    'kind',
    'title',
    'date',
    'area',
    'area_canonical',
    'ons_code',
    'subject',
    'rating',
    'award_level',
    'redesignation',
    'commendations',
    ...themeColumns,
    'metrics',
    ...METRIC_KINDS.map((k) => `metrics_${k.replace('-', '_')}`),
    'error_code',
    'error_message',
  ];
}

/** The ONS GSS codes of the subject's known member areas, `;`-separated ("E09000030;E09000001"). */
function onsCodes(subject: ReportSummary['subject']): string {
  return (subject?.members ?? []).flatMap((m) => (m.code === null ? [] : [m.code])).join(';');
}

/**
 * One row of `analyze --format csv`; themes not found score 0, failed inputs have only id and error. The
 * columns of a stage that did not run (`--stages`) are empty, never 0 or "other".
 */
export function summaryRow(outcome: Outcome): Cell[] {
  const width = summaryHeader().length;
  if ('error' in outcome) {
    const row: Cell[] = new Array<Cell>(width).fill('');
    row[0] = outcome.id;
    row[width - 2] = outcome.error.code;
    row[width - 1] = outcome.error.message;
    return row;
  }
  const s = outcome.summary;
  return [
    outcome.id,
    s.source ?? '',
    ...documentCells(s),
    ...(s.computed.includes('themes') ? themeCells(s) : themeColumns.map(() => '')),
    ...(s.computed.includes('metrics') ? metricCells(s) : ['', ...METRIC_KINDS.map(() => '')]),
    '',
    '',
  ];
}

/** kind, title, date, the subject's four columns, rating and the award's four. */
function documentCells(s: ReportSummary): Cell[] {
  const subject = s.subject;
  const cells: Cell[] = [s.document.title ?? '', s.document.date ?? ''];
  cells.push(subject?.area ?? '', subject?.canonical ?? '', onsCodes(subject), subject?.name ?? '');
  if (!s.computed.includes('document')) return ['', ...cells, '', '', '', ''];
  const award = s.document.award;
  const awardCells = [award?.level ?? '', award ? String(award.redesignation) : '', award?.commendations.join(';') ?? ''];
  return [s.document.kind, ...cells, s.document.rating ?? '', ...awardCells];
}

function themeCells(s: ReportSummary): Cell[] {
  const scores = new Map(s.themes.map((t) => [t.id, t.score]));
  return themeColumns.map((id) => scores.get(id) ?? 0);
}

function metricCells(s: ReportSummary): Cell[] {
  return [s.metrics.length, ...METRIC_KINDS.map((k) => s.metrics.filter((m) => m.kind === k).length)];
}

/** Header of `matrix`: the document id, then one column per theme. */
export function matrixHeader(): string[] {
  return ['id', ...themeColumns];
}

/** One row of the documents × themes matrix (mention counts or scores); null for a failed input. */
export function matrixRow(outcome: Outcome, value: 'count' | 'score'): Cell[] | null {
  if ('error' in outcome) return null;
  const found = new Map(outcome.summary.themes.map((t) => [t.id, value === 'score' ? t.score : t.mentions.length]));
  return [outcome.id, ...themeColumns.map((id) => found.get(id) ?? 0)];
}
