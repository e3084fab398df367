import { availableParallelism } from 'node:os';

/** Default `--jobs`: the number of cores. */
export const DEFAULT_JOBS = availableParallelism();
/** Default `--max-bytes`: 20 MB, the library's own input limit. */
export const DEFAULT_MAX_BYTES = 20_000_000;
/**
 * Default `--timeout`: seconds one input may take. The largest text `--max-bytes` allows (20 MB) takes about
 * 15 s on one core; a PDF whose streams inflate to hundreds of megabytes can take minutes.
 */
export const DEFAULT_TIMEOUT_S = 60;
