import type { Months } from '../dates.js';
import type { ParsedDoc } from '../nlp/parsed.js';

const MAX_TITLE = 200;
const MAX_LINES = 6;
/** "19 January 2026", "5th Sep, 2015", "29-Nov-22": bounded quantifiers only. */
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Z][a-z]{2})[a-z]{0,6}\.?,?[ -](\d{4}|\d{2})\b/;
/** "March 2025", "Sept. 2024": a month and a year, read when no full date is stated. */
const MONTH_YEAR = /\b([A-Z][a-z]{2,8})\.?,? (\d{4})\b/g;
const SCAN = 4000;
/** A month and year alone is read only near the top, where a publication date stands. */
const MONTH_YEAR_SCAN = 800;

/** The first line that reads as a heading: skips date stamps, "Published:" and bare numbers. */
export function readTitle(doc: ParsedDoc): string | null {
  const lines = doc.text.slice(0, 4 * MAX_TITLE * MAX_LINES).split(/\r\n|[\n\r]/, MAX_LINES * 4);
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (++seen > MAX_LINES) break;
    const words = line.split(/\s+/).filter((w) => /[A-Z]{2}/i.test(w));
    if (words.length < 3 || DAY_MONTH_YEAR.test(line) && words.length < 6) continue;
    return line.length > MAX_TITLE ? `${line.slice(0, MAX_TITLE - 1)}…` : line;
  }
  return null;
}

/** The first full date the text states, as ISO YYYY-MM-DD, else its first month and year as YYYY-MM. */
export function readDate(doc: ParsedDoc, months: Months): string | null {
  const head = doc.text.slice(0, SCAN);
  const match = DAY_MONTH_YEAR.exec(head);
  if (!match) return readMonthYear(head.slice(0, MONTH_YEAR_SCAN), months);
  const [, day = '', monthName = '', year = ''] = match;
  const month = months.numbers.get(monthName.toLowerCase());
  const d = Number(day);
  if (!month || d < 1 || d > 31) return null;
  const fullYear = year.length === 2 ? `20${year}` : year;
  return `${fullYear}-${month}-${String(d).padStart(2, '0')}`;
}

function readMonthYear(text: string, months: Months): string | null {
  for (const match of text.matchAll(MONTH_YEAR)) {
    const [, name = '', year = ''] = match;
    const key = name.toLowerCase();
    const month = months.numbers.get(key.slice(0, 3));
    if (month && months.names.has(key) && year >= '1990' && year <= '2099') return `${year}-${month}`;
  }
  return null;
}
