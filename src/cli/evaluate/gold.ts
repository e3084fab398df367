import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageOf, UsageError } from '../errors.js';

/** One hand-coded document of a gold folder (format: README, "Evaluate against your own coding"). */
export interface GoldDoc {
  readonly id: string;
  readonly kind?: string;
  readonly area?: string | null;
  readonly rating?: string | null;
  readonly award?: { readonly level?: string; readonly redesignation?: boolean; readonly childFirst?: boolean } | null;
  readonly themes?: Readonly<Record<string, string>>;
  readonly optional?: readonly string[];
  readonly metrics?: readonly GoldFigure[];
  readonly optionalMetrics?: readonly GoldFigure[];
  readonly comparisons?: readonly { readonly direction?: string; readonly baselines?: readonly string[] }[];
}

/** A percentage or proportion as gold lists it. */
export interface GoldFigure {
  readonly kind?: string;
  readonly value?: number | string;
  readonly total?: number | string;
}

/** A gold document with its text. */
export interface GoldCase {
  readonly gold: GoldDoc;
  readonly text: string;
}

/** Reads `DIR/gold.json` and each document's text from `DIR/texts/ID.txt` or `DIR/ID.txt`. */
export function loadGold(dir: string): GoldCase[] {
  const file = join(dir, 'gold.json');
  if (!existsSync(file)) throw new UsageError(`no gold.json in ${dir}`);
  let docs: unknown;
  try {
    docs = (JSON.parse(readFileSync(file, 'utf8')) as { docs?: unknown }).docs;
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${messageOf(error)}`);
  }
  if (!Array.isArray(docs)) throw new UsageError(`${file}: expected {"docs": [...]}`);
  return docs.map((doc: unknown, i) => {
    if (typeof doc !== 'object' || doc === null || typeof (doc as GoldDoc).id !== 'string') {
      throw new UsageError(`${file}: docs[${i}] needs a string "id"`);
    }
    const gold = doc as GoldDoc;
    const path = [join(dir, 'texts', `${gold.id}.txt`), join(dir, `${gold.id}.txt`)].find((p) => existsSync(p));
    if (!path)
      throw new UsageError(`${file}: no text for "${gold.id}" (looked for texts/${gold.id}.txt and ${gold.id}.txt)`);
    return { gold, text: readFileSync(path, 'utf8') };
  });
}
