// The command-line scanner's worker threads (./pool): the CLI's bundle started again, which only reads and scans.
// The same bundle, not a smaller one: V8 names the bundle's functions alike in every thread, which the compiler
// settings of ./jit rely on.
import { parentPort, workerData } from 'node:worker_threads';
import { WORKER_ROLE, drain, type WorkerSetup } from './pool';
import { FileScanner } from './scanFiles';
import type { FileTask } from './walk';

/** True, after doing the work, when this thread was started as a scan worker. */
export function runWorkerIfAsked(): boolean {
  const setup = workerData as WorkerSetup | undefined;
  if (!parentPort || setup?.role !== WORKER_ROLE) {
    return false;
  }
  const port = parentPort;
  port.once('message', (tasks: FileTask[]) => {
    Atomics.store(setup.shared, 1 + setup.index, 1);
    const scanner = new FileScanner(setup.maxFileBytes);
    drain(scanner, tasks, setup.shared);
    port.postMessage(scanner.result);
  });
  return true;
}
