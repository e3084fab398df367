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
