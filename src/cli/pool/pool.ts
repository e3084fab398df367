import { Worker } from 'node:worker_threads';
import { messageOf } from '../errors.js';
import { errorResult } from '../output/records.js';
import { pooledLimits } from './heap.js';
import { READY, type Task, type TaskResult, type WorkerConfig } from './protocol.js';

/** Settings of {@link runOrdered}. */
export interface PoolOptions {
  /** Number of worker threads. */
  readonly jobs: number;
  /** The worker script. */
  readonly workerUrl: URL;
  readonly config: WorkerConfig;
  /** Most inputs dispatched or waiting to be written at once (default: 4 per job, at least 8). */
  readonly window?: number;
  /** The batch's typical input size in bytes, which sizes the workers' heaps (see {@link pooledLimits}). */
  readonly typicalBytes?: number;
  /** Called when an input ran out of memory in a pooled worker and is retried in a worker of its own. */
  readonly onRetry?: (id: string) => void;
  /** Milliseconds one input may take before its worker is stopped and replaced (`--timeout`; default: none). */
  readonly timeoutMs?: number;
}

/** Consecutive crashes with no success in between after which the run is abandoned (a broken install). */
const MAX_CRASH_STREAK = 25;

interface Slot {
  readonly worker: Worker;
  /** A worker started for one input that ran out of memory in a pooled worker. */
  readonly large: boolean;
  task: Task | null;
  lastError: string;
  outOfMemory: boolean;
  /** Set once the worker has posted {@link READY}: an input's time limit runs only from then. */
  ready: boolean;
  /** Set when the task's time ran out and the worker was stopped for it. */
  timedOut: boolean;
  clock: NodeJS.Timeout | undefined;
}

/**
 * Analyses items in worker threads and hands each result to `emit` in input order. At most `window`
 * inputs are in flight or buffered, so memory stays flat whatever the corpus size. Items that are
 * already results (inputs that failed before reaching a worker) pass straight through. A worker that
 * runs out of memory has its input retried in an unlimited worker; one that dies otherwise yields an
 * error record for its input and is replaced, and so does one that takes longer than `timeoutMs` on an
 * input (a `timeout` record). The run always finishes.
 */
export function runOrdered(
  items: readonly (Task | TaskResult)[],
  options: PoolOptions,
  emit: (result: TaskResult) => Promise<void>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const window = options.window ?? Math.max(8, options.jobs * 4);
    const limits = pooledLimits(options.typicalBytes ?? 0);
    const slots = new Set<Slot>();
    const results = new Map<number, TaskResult>();
    let next = 0;
    let written = 0;
    let writing = false;
    let done = false;
    let crashStreak = 0;

    const finish = (error?: unknown): void => {
      if (done) return;
      done = true;
      const stopping = [...slots].map((s) => {
        clearTimeout(s.clock);
        return s.worker.terminate();
      });
      void Promise.allSettled(stopping).then(() => (error === undefined ? resolve() : reject(error)));
    };

    const spawn = (large?: Task): void => {
      const worker = new Worker(options.workerUrl, {
        workerData: options.config,
        // No Node flags: inherited ones such as `--input-type` (from `node --input-type=module -e …` calling
        // run()) stop the worker script from loading. Heap limits come from `resourceLimits`.
        execArgv: [],
        ...(large ? {} : { resourceLimits: limits }),
      });
      const slot: Slot = {
        worker,
        large: large !== undefined,
        task: null,
        lastError: '',
        outOfMemory: false,
        ready: false,
        timedOut: false,
        clock: undefined,
      };
      worker.on('message', (result: TaskResult | typeof READY) => {
        if (result === READY) {
          slot.ready = true;
          if (slot.task) startClock(slot);
          return;
        }
        clearTimeout(slot.clock);
        slot.task = null;
        crashStreak = 0;
        results.set(result.index, result);
        if (slot.large) void worker.terminate();
        tick();
      });
      worker.on('error', (error: Error & { code?: string }) => {
        slot.lastError = messageOf(error);
        slot.outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      });
      worker.on('exit', (code) => {
        clearTimeout(slot.clock);
        slots.delete(slot);
        if (done) return;
        const task = slot.task;
        if (!slot.large) spawn();
        if (task && slot.timedOut) {
          results.set(task.index, timedOut(task, options.config, options.timeoutMs ?? 0));
        } else if (task && slot.outOfMemory && !slot.large) {
          options.onRetry?.(task.id);
          spawn(task);
        } else if (task || !slot.large) {
          if (++crashStreak > MAX_CRASH_STREAK)
            return finish(new Error(`worker threads keep failing: ${slot.lastError || `exit code ${code}`}`));
          if (task) results.set(task.index, crashed(task, options.config, code, slot.lastError));
        }
        tick();
      });
      slots.add(slot);
      if (large) send(slot, large);
    };

    const send = (slot: Slot, task: Task): void => {
      slot.task = task;
      if (slot.ready) startClock(slot);
      slot.worker.postMessage(task);
    };

    const startClock = (slot: Slot): void => {
      if (options.timeoutMs === undefined) return;
      slot.clock = setTimeout(() => {
        slot.timedOut = true;
        void slot.worker.terminate();
      }, options.timeoutMs);
    };

    const dispatch = (): void => {
      for (const slot of slots) {
        while (!slot.large && !slot.task && next < items.length && next < written + window) {
          const item = items[next++] as Task | TaskResult;
          if ('input' in item) send(slot, item);
          else results.set(item.index, item);
        }
      }
      while (next < items.length && next < written + window && !('input' in (items[next] as Task | TaskResult))) {
        const item = items[next++] as TaskResult;
        results.set(item.index, item);
      }
    };

    const flush = async (): Promise<void> => {
      if (writing || done) return;
      writing = true;
      let wrote = 0;
      try {
        for (let r = results.get(written); r; r = results.get(written)) {
          results.delete(written);
          written++;
          wrote++;
          await emit(r);
        }
      } catch (error) {
        return finish(error);
      } finally {
        writing = false;
      }
      if (written >= items.length) return finish();
      if (wrote > 0) tick();
    };

    const tick = (): void => {
      if (done) return;
      dispatch();
      void flush();
    };

    if (items.length === 0) return resolve();
    const work = items.filter((item) => 'input' in item).length;
    for (let i = 0; i < Math.min(Math.max(1, options.jobs), work); i++) spawn();
    tick();
  });
}

function timedOut(task: Task, config: WorkerConfig, timeoutMs: number): TaskResult {
  const error = {
    code: 'timeout',
    message: `analysing this input took longer than --timeout ${timeoutMs / 1000} s; its worker was stopped`,
  };
  return errorResult(config.mode, task.index, task.id, 0, error);
}

function crashed(task: Task, config: WorkerConfig, code: number, detail: string): TaskResult {
  const error = {
    code: 'worker-crashed',
    message: `the worker analysing this input stopped (exit code ${code})${detail ? `: ${detail}` : ''}`,
  };
  return errorResult(config.mode, task.index, task.id, 0, error);
}
