// How V8 compiles the scanner in this short-lived process. A typical run reads a hundred MB and decodes and scans a
// few MB of it, once. TurboFan would optimize the scanner's many functions only after the first MBs, at the cost of a
// compiler thread meanwhile; so the run starts with TurboFan kept to the one loop that sees every byte (the candidate
// word search, ../deprecation/candidates), and the rest runs on the interpreter and the baseline compiler. Past
// OPTIMIZE_ALL_AFTER_BYTES of scanned text (a big or dense tree), TurboFan may optimize everything: there it pays.
// V8's flags are process-wide: the main thread sets them for the worker threads too, which run the same bundle, so
// that the function has the same (minified) name in every thread.
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { hasCandidateWord } from '../deprecation/candidates';

const OPTIMIZE_ALL_AFTER_BYTES = 16 << 20;

let scannedBytes = 0;
let optimizingAll = true;

/** Call before the first file is read. */
export function optimizeOnlyTheByteSearch(): void {
  // The function's own name, minified or not, is the name TurboFan's filter compares.
  setFlagsFromString(`--turbo-filter=${hasCandidateWord.name}`);
  optimizingAll = false;
}

/** Counts text about to be scanned on the main thread; past the threshold, TurboFan may optimize everything. */
export function noteScanned(bytes: number): void {
  if (optimizingAll || !isMainThread) {
    return;
  }
  scannedBytes += bytes;
  if (scannedBytes > OPTIMIZE_ALL_AFTER_BYTES) {
    setFlagsFromString('--turbo-filter=*');
    optimizingAll = true;
  }
}
