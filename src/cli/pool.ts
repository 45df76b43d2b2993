// Scanning on every idle core: the main thread and worker threads take batches of files from one shared counter, so
// no thread waits for another to hand out work. Workers (./scanWorker) are started before the walk (a worker takes
// tens of ms to boot, about what the walk takes) and are handed the files once the walk is done. Each thread sends
// its result once, at the end.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FileScanner, emptyResult, type ScanResult } from './scanFiles';
import { addTotals } from './totals';
import type { FileTask } from './walk';

const BATCH_FILES = 16;
/** Below this many files per worker, a worker costs more (its start-up, a share of the work to hand over) than it saves. */
const FILES_PER_WORKER = 256;

export const WORKER_ROLE = 'atlas-scan-worker';

/** What a worker is started with. */
export interface WorkerSetup {
  role: typeof WORKER_ROLE;
  maxFileBytes: number;
  /**
   * Int32Array over a SharedArrayBuffer: index 0 is the next task to take; index 1 + n is set by worker n before it
   * takes its first batch.
   */
  shared: Int32Array;
  index: number;
}

/** Takes batches from the shared counter until none is left. */
export function drain(scanner: FileScanner, tasks: readonly FileTask[], shared: Int32Array): void {
  for (let start = Atomics.add(shared, 0, BATCH_FILES); start < tasks.length; start = Atomics.add(shared, 0, BATCH_FILES)) {
    const end = Math.min(start + BATCH_FILES, tasks.length);
    for (let index = start; index < end; index++) {
      scanner.scan(tasks[index]);
    }
  }
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

export class ScanPool {
  private readonly shared: Int32Array;
  private readonly workers: Worker[];

  /**
   * Starts `threads - 1` workers from `workerEntry` (the CLI's bundle). They wait, without keeping the process
   * alive, until `scan` hands them files.
   */
  constructor(
    threads: number,
    private readonly maxFileBytes: number,
    workerEntry: string,
  ) {
    const count = Math.max(0, threads - 1);
    this.shared = new Int32Array(new SharedArrayBuffer(4 * (1 + count)));
    this.workers = Array.from({ length: count }, (_, index) => {
      const setup: WorkerSetup = { role: WORKER_ROLE, maxFileBytes, shared: this.shared, index };
      const worker = new Worker(workerEntry, { workerData: setup });
      worker.unref();
      // A worker that fails before it is handed work is not needed: the main thread scans what it would have.
      worker.on('error', () => undefined);
      return worker;
    });
  }

  /** Stops the workers (when the run ends before any scanning: a usage error). */
  close(): void {
    for (const worker of this.workers) {
      void worker.terminate();
    }
  }

  /** Scans `tasks` on the main thread and on as many workers as there are files for. */
  async scan(tasks: readonly FileTask[]): Promise<ScanResult> {
    const used = this.workers.slice(0, Math.floor(tasks.length / FILES_PER_WORKER));
    for (const worker of this.workers.slice(used.length)) {
      void worker.terminate();
    }
    for (const worker of used) {
      worker.ref();
      worker.postMessage(tasks);
    }
    const scanner = new FileScanner(this.maxFileBytes);
    drain(scanner, tasks, this.shared);
    const result = emptyResult();
    merge(result, scanner.result);
    // Every batch is taken now: a worker that had not started taking (still booting, or failed to boot) never will.
    // Its events wait for this thread, so listening only now loses none.
    const results = used.flatMap((worker, index) => {
      if (Atomics.load(this.shared, 1 + index) === 0) {
        void worker.terminate();
        return [];
      }
      return [workerResult(worker)];
    });
    for (const other of await Promise.all(results)) {
      merge(result, other);
    }
    return result;
  }
}
