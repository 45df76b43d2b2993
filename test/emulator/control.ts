// A client for the emulator's control routes (see server.ts), for tests and benchmarks in another process or module.
import type { EmulatorCounters } from './server';

export const CONTROL_PREFIX = '/__emulator/';

/** Calls `{url}/__emulator/{route}`; resolves with the parsed JSON answer, rejects with the emulator's message. */
export async function emulatorControl(url: string, method: string, route: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${CONTROL_PREFIX}${route}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Emulator control ${method} ${route} answered ${response.status}: ${text}`);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

export async function countersOf(url: string): Promise<EmulatorCounters> {
  return (await emulatorControl(url, 'GET', 'counters')) as EmulatorCounters;
}
