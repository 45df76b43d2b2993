// How V8 compiles the scanner in this short-lived process. A typical run scans a few MB of candidate text once:
// TurboFan's optimized code arrives only after the first MBs and costs a compiler thread meanwhile, so the run starts
// on the baseline compiler alone (Sparkplug: compiled at once, no tier-up), which measured twice as fast for the first
// 5 MB. Past OPTIMIZE_AFTER_BYTES of scanned text the optimizing compiler is turned back on, where it pays for itself.
// V8's flags are process-wide: the main thread decides for the worker threads too.
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const OPTIMIZE_AFTER_BYTES = 16 << 20;

let scannedBytes = 0;
let optimizing = true;

/** Call before the scanner's first use. */
export function startOnBaselineCompiler(): void {
  setFlagsFromString('--no-opt');
  setFlagsFromString('--always-sparkplug');
  optimizing = false;
}

/** Counts text about to be scanned by this thread; turns the optimizing compiler back on when it is worth it. */
export function noteScanned(bytes: number): void {
  if (optimizing || !isMainThread) {
    return;
  }
  scannedBytes += bytes;
  if (scannedBytes > OPTIMIZE_AFTER_BYTES) {
    setFlagsFromString('--opt');
    optimizing = true;
  }
}
