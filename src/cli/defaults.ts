import { availableParallelism } from 'node:os';

/** Default `--jobs`: the number of cores. */
export const DEFAULT_JOBS = availableParallelism();
/** Default `--max-bytes`: 20 MB, the library's own input limit. */
export const DEFAULT_MAX_BYTES = 20_000_000;
