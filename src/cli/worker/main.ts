import { parentPort, workerData } from 'node:worker_threads';
import { READY, type Task, type WorkerConfig } from '../pool/protocol.js';
import { prepare, runTask } from './task.js';

// Test-only hook: a worker given an input whose id contains this substring exits abruptly, as a crash would.
const crashOn = process.env['CHILDFIRST_TEST_CRASH_ON'];
// Test-only hook: a worker given an input whose id contains this substring blocks forever, as a hang would.
const hangOn = process.env['CHILDFIRST_TEST_HANG_ON'];
const config = workerData as WorkerConfig;
const port = parentPort;

if (port) {
  prepare(config);
  port.postMessage(READY);
  port.on('message', (task: Task) => {
    if (crashOn && task.id.includes(crashOn)) process.exit(1);
    if (hangOn && task.id.includes(hangOn)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    void runTask(task, config).then((result) => port.postMessage(result));
  });
}
