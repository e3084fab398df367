import type { ParsedDoc } from '../nlp/parsed.js';

const MAX_TITLE = 200;
const MAX_LINES = 6;
const MONTHS: Readonly<Record<string, string>> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};
/** "19 January 2026", "5th Sep, 2015", "29-Nov-22": bounded quantifiers only. */
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Z][a-z]{2})[a-z]{0,6}\.?,?[ -](\d{4}|\d{2})\b/;
const SCAN = 4000;

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

/** The first full date the text states, as ISO YYYY-MM-DD. */
export function readDate(doc: ParsedDoc): string | null {
  const match = DAY_MONTH_YEAR.exec(doc.text.slice(0, SCAN));
  if (!match) return null;
  const [, day = '', monthName = '', year = ''] = match;
  const month = MONTHS[monthName.toLowerCase()];
  const d = Number(day);
  if (!month || d < 1 || d > 31) return null;
  const fullYear = year.length === 2 ? `20${year}` : year;
  return `${fullYear}-${month}-${String(d).padStart(2, '0')}`;
}
