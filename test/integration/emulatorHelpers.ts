// The launcher's Atlas emulator, as the suites drive it: faults, keys, nonces, reset and counters, through its control
// routes (test/emulator/control.ts). Polling goes through the one helper, scripts/vscode-host/waitFor.ts.
import { waitFor } from '../../scripts/vscode-host/waitFor';
import type { EmulatorCounters } from '../emulator';
import { countersOf, emulatorControl } from '../emulator/control';
import { emulatorInfo } from './env';

/** Any control route (`keys`, `expire-nonces`, …); resolves with its JSON answer. */
export function controlEmulator(method: string, route: string, body?: unknown): Promise<unknown> {
  return emulatorControl(emulatorInfo().url, method, route, body);
}

/** Installs a fault (see test/emulator/faults.ts). */
export async function injectFault(fault: Record<string, unknown>): Promise<void> {
  await controlEmulator('POST', 'faults', fault);
}

export async function clearFaults(): Promise<void> {
  await controlEmulator('DELETE', 'faults');
}

/** Faults, keys, nonces and counters back to how the emulator started. */
export async function resetEmulator(): Promise<void> {
  await controlEmulator('POST', 'reset');
}

export function emulatorCounters(): Promise<EmulatorCounters> {
  return countersOf(emulatorInfo().url);
}

/** Polls the counters until `accept` holds; fails with the last counters seen. */
export async function untilCounters(what: string, accept: (counters: EmulatorCounters) => boolean, timeoutMs = 5000): Promise<EmulatorCounters> {
  let last: EmulatorCounters | undefined;
  try {
    return await waitFor(
      what,
      async () => {
        last = await emulatorCounters();
        return accept(last) ? last : undefined;
      },
      timeoutMs,
      25,
    );
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; emulator counters: ${JSON.stringify(last)}`);
  }
}
