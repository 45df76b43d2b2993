// Scanning on every idle core: the main thread and worker threads (this same bundle, started again as a worker) take
// batches of files from one shared counter, so no thread waits for another to hand out work. Each thread sends its
// result once, at the end.
import { availableParallelism, loadavg } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { FileScanner, emptyResult, type ScanResult } from './scanFiles';
import { addTotals } from './totals';
import type { FileTask } from './walk';

const BATCH_FILES = 16;
/** Below this many files a worker costs more to start than it saves. */
const FILES_PER_WORKER = 256;
const WORKER_ROLE = 'atlas-scan-worker';

interface WorkerInput {
  role: typeof WORKER_ROLE;
  tasks: FileTask[];
  maxFileBytes: number;
  /** Int32Array over a SharedArrayBuffer: index 0 is the next task to take. */
  next: Int32Array;
}

/** Takes batches from the shared counter until none is left. */
function drain(scanner: FileScanner, tasks: readonly FileTask[], next: Int32Array): void {
  for (let start = Atomics.add(next, 0, BATCH_FILES); start < tasks.length; start = Atomics.add(next, 0, BATCH_FILES)) {
    const end = Math.min(start + BATCH_FILES, tasks.length);
    for (let index = start; index < end; index++) {
      scanner.scan(tasks[index]);
    }
  }
}

/** True, after doing the work, when this thread was started as a scan worker. */
export function runWorkerIfAsked(): boolean {
  const input = workerData as WorkerInput | undefined;
  if (!parentPort || input?.role !== WORKER_ROLE) {
    return false;
  }
  const scanner = new FileScanner(input.maxFileBytes);
  drain(scanner, input.tasks, input.next);
  parentPort.postMessage(scanner.result);
  return true;
}

function merge(into: ScanResult, from: ScanResult): void {
  for (const finding of from.findings) {
    into.findings.push(finding);
  }
  addTotals(into.totals, from.totals);
  into.notes.push(...from.notes);
}

function workerResult(worker: Worker): Promise<ScanResult> {
  return new Promise((resolve, reject) => {
    worker.once('message', (result: ScanResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a scan worker stopped (exit code ${code}) before it finished`)));
  });
}

/**
 * One thread per processor that is not busy already (by the one-minute load average), the main one included: where
 * no processor is idle, a worker only adds its own start-up to the work.
 */
export function defaultThreads(processors = availableParallelism(), load = loadavg()[0]): number {
  return Math.max(1, Math.min(processors, Math.round(processors - load) + 1));
}

/**
 * Scans `tasks` on up to `threads` threads (default: one per idle processor). `entry` is the script to start workers
 * from: the bundle itself.
 */
export async function scanInParallel(tasks: readonly FileTask[], maxFileBytes: number, entry: string, threads = defaultThreads()): Promise<ScanResult> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers = Math.max(0, Math.min(threads - 1, Math.floor(tasks.length / FILES_PER_WORKER)));
  const input: WorkerInput = { role: WORKER_ROLE, tasks: tasks as FileTask[], maxFileBytes, next };
  const started = Array.from({ length: workers }, () => new Worker(entry, { workerData: input }));
  const results = started.map(workerResult);
  const scanner = new FileScanner(maxFileBytes);
  drain(scanner, tasks, next);
  const result = emptyResult();
  merge(result, scanner.result);
  for (const other of await Promise.all(results)) {
    merge(result, other);
  }
  return result;
}
