// Entry of the command-line scanner's worker threads (./pool): only the reading and scanning, not the walk, the
// ignore files, the fixes or the output, so that a worker boots quickly.
import { parentPort, workerData } from 'node:worker_threads';
import { drain, type WorkerSetup } from './pool';
import { FileScanner } from './scanFiles';
import type { FileTask } from './walk';

const setup = workerData as WorkerSetup;
parentPort?.once('message', (tasks: FileTask[]) => {
  Atomics.store(setup.shared, 1 + setup.index, 1);
  const scanner = new FileScanner(setup.maxFileBytes);
  drain(scanner, tasks, setup.shared);
  parentPort?.postMessage(scanner.result);
});
