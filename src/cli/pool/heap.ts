import { stat } from 'node:fs/promises';
import type { Task, TaskResult } from './protocol.js';

/** V8 heap limits of a pooled worker. */
export interface HeapLimits {
  readonly maxOldGenerationSizeMb: number;
  readonly maxYoungGenerationSizeMb: number;
}

/** Inputs at least this large (the median of a sample) get the larger young generation. */
const LARGE_INPUT_BYTES = 16_000;
/** Inputs sampled to judge a batch's typical size. */
const SAMPLE = 32;

/**
 * Heap limits of pooled workers. V8 sizes its heap and paces its collections from them.
 * - The old generation's limit sets how far the heap may grow between full collections: V8 lets a 256 MB
 *   heap grow only about 1.3× before marking it again, a 1 GB heap about 1.6×. At 256 MB a worker
 *   collected every few documents; 1 GB collects several times less often.
 * - The young generation should hold most of one document's working set, or that set is copied at every
 *   scavenge: 32 MB for batches of reports of 16 KB and more (half as many scavenges as 16 MB on 50 KB
 *   reports), 16 MB for small files, which keeps 10,000 of them under 300 MB of RSS with two workers
 *   (`npm run bench`).
 *
 * An input that needs more is retried once in a worker of its own with no limit.
 * CHILDFIRST_TEST_HEAP_MB lowers the old-generation limit, for tests of that retry.
 */
export function pooledLimits(typicalBytes: number): HeapLimits {
  const test = Number(process.env['CHILDFIRST_TEST_HEAP_MB']);
  return {
    maxOldGenerationSizeMb: test > 0 ? test : 1024,
    maxYoungGenerationSizeMb: typicalBytes >= LARGE_INPUT_BYTES ? 32 : 16,
  };
}

/** The median size in bytes of up to 32 file inputs spread evenly through the batch (0 when none is readable). */
export async function typicalInputBytes(items: readonly (Task | TaskResult)[]): Promise<number> {
  const files = items.flatMap((item) => ('input' in item && item.input.kind === 'file' ? [item.input.path] : []));
  const step = Math.max(1, Math.floor(files.length / SAMPLE));
  const picked = files.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const sizes = await Promise.all(
    picked.map((path) =>
      stat(typeof path === 'string' ? path : Buffer.from(path)).then(
        (s) => s.size,
        () => -1,
      ),
    ),
  );
  const known = sizes.filter((size) => size >= 0).sort((a, b) => a - b);
  return known[Math.floor(known.length / 2)] ?? 0;
}
