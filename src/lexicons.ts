import type { z } from 'zod';
import { ChildfirstError, type ChildfirstErrorCode } from './errors.js';

/**
 * Validates lexicon data (a bundled file or a user's option) against its zod schema. A bad entry throws a
 * `ChildfirstError` naming the source, the entry's path and what was got:
 * `lexicons/metrics/baselines.json at national.9: duplicate entry (got "national")`.
 */
export function parseLexicon<S extends z.ZodType>(schema: S, data: unknown, source: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw lexiconError(source, parsed.error, data);
}

/** The `ChildfirstError` for the first issue of a failed lexicon validation. */
export function lexiconError(
  source: string,
  error: z.ZodError,
  data: unknown,
  code: ChildfirstErrorCode = 'invalid-lexicon',
): ChildfirstError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const where = path.length > 0 ? ` at ${path.map(String).join('.')}` : '';
  const got = ` (got ${preview(valueAt(data, path))})`;
  return new ChildfirstError(code, `${source}${where}: ${issue?.message ?? 'invalid lexicon'}${got}`);
}

/** A short, never-throwing description of a value (BigInt, cycles, symbols, throwing getters included). */
export function preview(value: unknown): string {
  const text = describeValue(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  try {
    const seen = new WeakSet<object>();
    const json = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return `${v}n`;
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[Circular]';
        seen.add(v);
      }
      return v;
    });
    return json ?? typeof value;
  } catch {
    return `an unreadable ${typeof value}`;
  }
}

/** The value at `path` inside `data`, or undefined; never throws (getters and proxies included). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  try {
    for (const key of path) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<PropertyKey, unknown>)[key];
    }
    return value;
  } catch {
    return undefined;
  }
}
