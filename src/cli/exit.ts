/** The part of `process` that {@link onExit} uses; tests pass a stand-in. */
export interface ExitEmitter {
  readonly pid: number;
  on(event: 'exit' | NodeJS.Signals, listener: () => void): unknown;
  off(event: 'exit' | NodeJS.Signals, listener: () => void): unknown;
  listenerCount(event: NodeJS.Signals): number;
  kill(pid: number, signal: NodeJS.Signals): unknown;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `cleanup` once if the process exits, or is interrupted (Ctrl-C, SIGTERM, SIGHUP) before the returned
 * function is called. After an interrupt, once every cleanup has run, the signal is raised again with no
 * handler left, so the process still ends as the signal ends it (exit status 130 for Ctrl-C).
 * `cleanup` must be synchronous: nothing asynchronous runs after `exit`.
 */
export function onExit(cleanup: () => void, proc: ExitEmitter = process): () => void {
  let active = true;
  const remove = (): void => {
    active = false;
    proc.off('exit', onProcessExit);
    for (const signal of SIGNALS) proc.off(signal, handlers[signal]);
  };
  const onProcessExit = (): void => {
    if (!active) return;
    remove();
    cleanup();
  };
  const handlers = Object.fromEntries(
    SIGNALS.map((signal) => [
      signal,
      (): void => {
        onProcessExit();
        if (proc.listenerCount(signal) === 0) proc.kill(proc.pid, signal);
      },
    ]),
  ) as Record<NodeJS.Signals, () => void>;
  proc.on('exit', onProcessExit);
  for (const signal of SIGNALS) proc.on(signal, handlers[signal]);
  return remove;
}
