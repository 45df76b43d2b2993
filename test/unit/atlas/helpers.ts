// Shared set-up for the client tests: a real emulator on loopback and clients pointed at it.
import { AtlasClient, type AtlasClientOptions, type AtlasLogger, type RequestLogEntry } from '../../../src/atlas';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator';

/** Everything the client reported: request log entries and logger lines. Searched for secrets by the tests. */
export class Recorder {
  readonly entries: RequestLogEntry[] = [];
  readonly lines: string[] = [];
  readonly logger: AtlasLogger = {
    info: (line) => this.lines.push(line),
    warn: (line) => this.lines.push(line),
  };
  readonly onRequest = (entry: RequestLogEntry) => {
    this.entries.push(entry);
  };
}

export function digestClient(emulator: RunningEmulator, recorder?: Recorder, options: Partial<AtlasClientOptions> = {}): AtlasClient {
  return new AtlasClient({
    baseUrl: emulator.url,
    publicKey: emulator.publicKey,
    privateKey: emulator.privateKey,
    retryBaseDelayMs: 5,
    logger: recorder?.logger,
    onRequest: recorder?.onRequest,
    ...options,
  });
}

export function serviceAccountClient(emulator: RunningEmulator, recorder?: Recorder, options: Partial<AtlasClientOptions> = {}): AtlasClient {
  return new AtlasClient({
    baseUrl: emulator.url,
    serviceAccount: emulator.serviceAccount,
    retryBaseDelayMs: 5,
    logger: recorder?.logger,
    onRequest: recorder?.onRequest,
    ...options,
  });
}

/** Starts an emulator before the suite and closes it after; faults and counters are reset before each test. */
export function useEmulator(options: EmulatorOptions = {}): () => RunningEmulator {
  let emulator: RunningEmulator | undefined;
  before(async () => {
    emulator = await startEmulator(options);
  });
  beforeEach(() => {
    emulator?.clearFaults();
    emulator?.resetCounters();
  });
  after(async () => {
    await emulator?.close();
  });
  return () => {
    if (emulator === undefined) throw new Error('the emulator did not start');
    return emulator;
  };
}

/** Resolves to the rejection of `promise`; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/**
 * Counts the turns of the event loop (one tick per check phase) from now until `stop`: `now()` is the current turn.
 * Started before the work it watches, its tick runs first in every check phase, so two callbacks in different turns
 * always read different numbers.
 */
export function countTurns(): { now(): number; stop(): void } {
  let turn = 0;
  let timer = setImmediate(function tick() {
    turn += 1;
    timer = setImmediate(tick);
  });
  return {
    now: () => turn,
    stop: () => clearImmediate(timer),
  };
}
