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
const THEME_IDS = themes.map((t) => t.id);

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
    ...THEME_IDS,
    'metrics',
    ...METRIC_KINDS.map((k) => `metrics_${k.replace('-', '_')}`),
    'error_code',
    'error_message',
  ];
}

const SUMMARY_WIDTH = summaryHeader().length;

/** The ONS GSS codes of the subject's known member areas, `;`-separated ("E09000030;E09000001"). */
function onsCodes(subject: ReportSummary['subject']): string {
  return (subject?.members ?? []).flatMap((m) => (m.code === null ? [] : [m.code])).join(';');
}

/** One row of `analyze --format csv`; themes not found score 0, failed inputs have only id and error. */
export function summaryRow(outcome: Outcome): Cell[] {
  const width = SUMMARY_WIDTH;
  if ('error' in outcome) {
    const row: Cell[] = new Array<Cell>(width).fill('');
    row[0] = outcome.id;
    row[width - 2] = outcome.error.code;
    row[width - 1] = outcome.error.message;
    return row;
  }
  const s = outcome.summary;
  const scores = new Map(s.themes.map((t) => [t.id, t.score]));
  const award = s.document.award;
  return [
    outcome.id,
    s.source ?? '',
    s.document.kind,
    s.document.title ?? '',
    s.document.date ?? '',
    s.subject?.area ?? '',
    s.subject?.canonical ?? '',
    onsCodes(s.subject),
    s.subject?.name ?? '',
    s.document.rating ?? '',
    award?.level ?? '',
    award ? String(award.redesignation) : '',
    award?.commendations.join(';') ?? '',
    ...THEME_IDS.map((id) => scores.get(id) ?? 0),
    s.metrics.length,
    ...METRIC_KINDS.map((k) => s.metrics.filter((m) => m.kind === k).length),
    '',
    '',
  ];
}

/** Header of `matrix`: the document id, then one column per theme. */
export function matrixHeader(): string[] {
  return ['id', ...THEME_IDS];
}

/** One row of the documents × themes matrix (mention counts or scores); null for a failed input. */
export function matrixRow(outcome: Outcome, value: 'count' | 'score'): Cell[] | null {
  if ('error' in outcome) return null;
  const found = new Map(outcome.summary.themes.map((t) => [t.id, value === 'score' ? t.score : t.mentions.length]));
  return [outcome.id, ...THEME_IDS.map((id) => found.get(id) ?? 0)];
}
