// Talking to the emulator without our client: curl (an independent digest implementation) and plain fetch with a Bearer token.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RunningEmulator } from '../../emulator';

const run = promisify(execFile);

export interface CurlResult {
  status: number;
  body: string;
}

/** Runs the real curl; fails with a message saying what to install when it is missing. Errors never echo the arguments (they hold keys). */
export async function curl(args: string[]): Promise<CurlResult> {
  let stdout: string;
  try {
    ({ stdout } = await run('curl', ['--silent', '--show-error', '--write-out', '\n%{http_code}', ...args], { maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new Error('curl is not installed: these tests need the real curl (apt-get install curl).');
    throw new Error(`curl failed (exit code ${String(failure.code)}): ${String(failure.stderr ?? '').trim()}`);
  }
  const split = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(split + 1)), body: stdout.slice(0, split) };
}

/** curl --digest with the seed's request headers. */
export function curlDigest(emulator: RunningEmulator, path: string, extra: string[] = [], keys = { publicKey: emulator.publicKey, privateKey: emulator.privateKey }): Promise<CurlResult> {
  return curl(['--user', `${keys.publicKey}:${keys.privateKey}`, '--digest', '--header', 'Accept: application/json', '--request', 'GET', ...extra, `${emulator.url}${path}`]);
}

/** A Bearer token from the emulator's OAuth endpoint, for plain-fetch route tests. */
export async function bearerToken(emulator: RunningEmulator): Promise<string> {
  const { clientId, clientSecret } = emulator.serviceAccount;
  const response = await fetch(`${emulator.url}/api/oauth/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

export async function getJson(emulator: RunningEmulator, token: string, path: string): Promise<{ status: number; body: unknown; text: string; headers: Headers }> {
  const response = await fetch(`${emulator.url}${path}`, { headers: { Authorization: `Bearer ${token}` }, redirect: 'manual' });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, headers: response.headers };
}
