import { z } from 'zod';
import datesData from '../lexicons/dates.json';
import { parseLexicon } from './lexicons.js';

const name = z.string().regex(/^[a-z]+$/, 'a month name in lower-case letters');

/** `lexicons/dates.json`: month names, shared by the metrics (dates are not figures) and the document facts. */
export const datesFileSchema = z
  .strictObject({
    $comment: z.string().optional(),
    /** The twelve month names in calendar order. */
    months: z.array(name).length(12, 'months must list the twelve names in calendar order'),
    /** Shorter written forms ("sept"), each the start of a month name. */
    abbreviations: z.array(name),
  })
  .superRefine((file, ctx) => {
    file.abbreviations.forEach((short, i) => {
      if (!file.months.some((m) => m.startsWith(short) && m !== short)) {
        ctx.addIssue({ code: 'custom', message: 'an abbreviation must start a month name', path: ['abbreviations', i] });
      }
    });
  });

/** The month names read from `lexicons/dates.json`. */
export interface Months {
  /** Every written form, full and abbreviated, lower case. */
  readonly names: ReadonlySet<string>;
  /** Month number ("01" to "12") by the first three letters of its name. */
  readonly numbers: ReadonlyMap<string, string>;
}

let bundled: Months | undefined;

/** The bundled month names, validated once per process on first use. */
export function bundledMonths(): Months {
  if (bundled) return bundled;
  const file = parseLexicon(datesFileSchema, datesData, 'lexicons/dates.json');
  bundled = {
    names: new Set([...file.months, ...file.abbreviations]),
    numbers: new Map(file.months.map((m, i) => [m.slice(0, 3), String(i + 1).padStart(2, '0')])),
  };
  return bundled;
}
