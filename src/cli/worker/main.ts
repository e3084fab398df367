import { parentPort, workerData } from 'node:worker_threads';
import type { Task, WorkerConfig } from '../pool/protocol.js';
import { runTask } from './task.js';

// Test-only hook: a worker given an input whose id contains this substring exits abruptly, as a crash would.
const crashOn = process.env['CHILDFIRST_TEST_CRASH_ON'];
const config = workerData as WorkerConfig;
const port = parentPort;

if (port) {
  port.on('message', (task: Task) => {
    if (crashOn && task.id.includes(crashOn)) process.exit(1);
    void runTask(task, config).then((result) => port.postMessage(result));
  });
}
