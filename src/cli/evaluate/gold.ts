import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { THEME_IDS } from '../../index.js';
import { messageOf, UsageError } from '../errors.js';

const KNOWN_THEMES: ReadonlySet<string> = new Set(THEME_IDS);

const themeId = z.string().refine((id) => KNOWN_THEMES.has(id), {
  error: (issue) => `expected a theme id (${THEME_IDS.join(', ')}), got ${JSON.stringify(issue.input)}`,
});

/** A percentage or proportion as gold lists it (other kinds are allowed and not scored). */
const goldFigureSchema = z.strictObject({
  kind: z.string(),
  value: z.number(),
  total: z.number().optional(),
});

/** One hand-coded document of a gold folder (format: README, `childfirst evaluate`). */
const goldDocSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .refine((id) => !/[/\\]/.test(id) && id !== '.' && id !== '..', {
      error: (issue) => `expected a file name without slashes, got ${JSON.stringify(issue.input)}`,
    }),
  kind: z.enum(['award', 'inspection', 'thematic', 'other']),
  area: z.string().nullable().optional(),
  rating: z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate']).nullable().optional(),
  award: z
    .strictObject({
      level: z.enum(['quality-mark', 'quality-lead']),
      redesignation: z.boolean(),
      childFirst: z.boolean(),
    })
    .nullable()
    .optional(),
  themes: z.record(themeId, z.string()).optional(),
  optional: z.array(themeId).optional(),
  metrics: z.array(goldFigureSchema).optional(),
  optionalMetrics: z.array(goldFigureSchema).optional(),
  comparisons: z
    .array(z.strictObject({ measure: z.string().optional(), direction: z.string(), baselines: z.array(z.string()) }))
    .optional(),
});

/** One hand-coded document of a gold folder, as validated. */
export type GoldDoc = z.infer<typeof goldDocSchema>;

/** A gold document with its text. */
export interface GoldCase {
  readonly gold: GoldDoc;
  readonly text: string;
}

/** What one zod issue says, with the path of the field it is about. */
function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const fields = Object.keys(goldDocSchema.shape).join(', ');
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    return {
      field: [...path, issue.keys[0] ?? ''].join('.'),
      message: `expected only known fields (${fields} in a doc), got ${keys}`,
    };
  }
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return { field: path.join('.'), message: message.replace(/^Invalid (input|option): /, '') };
}

/** Validates one entry of `docs`; a problem names the doc (by id when it has one) and the field. */
function readDoc(file: string, data: unknown, index: number): GoldDoc {
  const parsed = goldDocSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const id = (data as { id?: unknown } | null)?.id;
  const doc = typeof id === 'string' ? `doc "${id}" (docs[${index}])` : `docs[${index}]`;
  const { field, message } = describeIssue(parsed.error.issues[0] as z.core.$ZodIssue);
  throw new UsageError(`${file}: ${doc}${field ? ` at ${field}` : ''}: ${message}`);
}

/** Parses `gold.json`: at least one doc, every doc valid, every id once. */
export function parseGold(file: string, json: unknown): GoldDoc[] {
  const top = z.looseObject({ docs: z.array(z.unknown()) }).safeParse(json);
  if (!top.success) {
    const { field, message } = describeIssue(top.error.issues[0] as z.core.$ZodIssue);
    throw new UsageError(`${file}: expected {"docs": [...]}; at ${field || 'the top level'}: ${message}`);
  }
  if (top.data.docs.length === 0) throw new UsageError(`${file}: expected at least one doc in "docs", got none`);
  const docs = top.data.docs.map((doc, i) => readDoc(file, doc, i));
  const first = new Map<string, number>();
  docs.forEach((doc, i) => {
    const earlier = first.get(doc.id);
    if (earlier !== undefined) {
      throw new UsageError(
        `${file}: doc "${doc.id}" (docs[${i}]) at id: expected each id once, got it again (first at docs[${earlier}])`,
      );
    }
    first.set(doc.id, i);
  });
  return docs;
}

/** Reads `DIR/gold.json` and each document's text from `DIR/texts/ID.txt` or `DIR/ID.txt`. */
export function loadGold(dir: string): GoldCase[] {
  const file = join(dir, 'gold.json');
  if (!existsSync(file)) throw new UsageError(`no gold.json in ${dir}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${messageOf(error)}`);
  }
  return parseGold(file, json).map((gold) => {
    const path = [join(dir, 'texts', `${gold.id}.txt`), join(dir, `${gold.id}.txt`)].find((p) => existsSync(p));
    if (!path)
      throw new UsageError(`${file}: no text for "${gold.id}" (looked for texts/${gold.id}.txt and ${gold.id}.txt)`);
    return { gold, text: readFileSync(path, 'utf8') };
  });
}
