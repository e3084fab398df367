import type { WriteStream } from 'node:tty';
import { onExit, type ExitEmitter } from './exit.js';

/** Reports progress after each input is written. */
export interface Progress {
  tick(bytes: number): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar on `stream` (files done/total, MB/s, ETA) when it is a terminal and not quiet; else silent.
 * The bar hides the cursor and turns line wrap off; both are restored by `stop`, and also if the process
 * exits or is interrupted (Ctrl-C) first. `proc` stands in for `process` in tests.
 */
export async function createProgress(
  total: number,
  stream: NodeJS.WriteStream | WriteStream,
  quiet: boolean,
  proc?: ExitEmitter,
): Promise<Progress> {
  if (quiet || !stream.isTTY || total === 0) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {value}/{total} files | {mbps} MB/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 100,
      fps: 10,
      formatTime: (seconds: number, _options: unknown, roundTo: number) => formatDuration(seconds, roundTo),
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let done = 0;
  let bytes = 0;
  bar.start(total, 0, { mbps: '0.00' });
  const forget = onExit(() => bar.stop(), proc);
  return {
    tick(size) {
      done++;
      bytes += size;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { mbps: (seconds > 0 ? bytes / 1e6 / seconds : 0).toFixed(2) });
    },
    stop() {
      forget();
      bar.stop();
    },
  };
}

/**
 * Seconds as `42s`, `3m05s` or `1h07m`, rounded to a multiple of `roundTo` seconds (and to whole minutes
 * past an hour) before it is split, so no field ever reads 60. Anything but a finite number (cli-progress
 * passes `'NULL'` or `'INF'` before it can estimate) gives `--`.
 */
export function formatDuration(seconds: unknown, roundTo = 1): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return '--';
  const step = roundTo > 0 ? roundTo : 1;
  const total = step * Math.round(seconds / step);
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (total >= 3600) {
    const minutes = Math.round(total / 60);
    return `${Math.floor(minutes / 60)}h${pad(minutes % 60)}m`;
  }
  if (total >= 60) return `${Math.floor(total / 60)}m${pad(total % 60)}s`;
  return `${total}s`;
}
