// Helpers of the fault matrix: watching the extension host for unhandled failures, a second emulator that can be taken
// down and brought back on the same port, a loopback server that records what reaches it, and the printed matrix.
// Everything here is real: processes, sockets and the host's own log files.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../../scripts/vscode-host/waitFor';
import { startEmulator, type RunningEmulator } from '../emulator';
import { runnerContext } from './env';

/**
 * Counts `unhandledRejection` and `uncaughtException` in this extension host (our extension runs in the same process),
 * and the lines the host itself logs about unhandled failures. VS Code's own handlers stay in place; these listen beside
 * them. `selfCheck()` provokes one unhandled rejection first, so a watcher that cannot see them fails loudly.
 */
export class HostWatch implements vscode.Disposable {
  readonly failures: string[] = [];
  private readonly onRejection = (reason: unknown) => this.failures.push(`unhandledRejection: ${describe(reason)}`);
  private readonly onException = (error: unknown) => this.failures.push(`uncaughtException: ${describe(error)}`);
  private hostLog: { file: string; offset: number } | undefined;

  start(): void {
    process.on('unhandledRejection', this.onRejection);
    process.on('uncaughtException', this.onException);
  }

  async selfCheck(): Promise<void> {
    const marker = `fault-matrix self-check ${Date.now()}`;
    void Promise.reject(new Error(marker));
    await waitFor(
      'an unhandled rejection provoked on purpose (if it is not seen, the host watch cannot count failures here)',
      () => this.failures.some((failure) => failure.includes(marker)) || undefined,
      5000,
      20,
    );
    this.failures.length = 0;
    const file = await extensionHostLogFile();
    // The self-check's rejection is logged by the host too: count only what comes after it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    this.hostLog = file ? { file, offset: statSync(file).size } : undefined;
  }

  /** Unhandled failures seen since the last call (listeners and the host's log). */
  take(): string[] {
    const found = [...this.failures];
    this.failures.length = 0;
    if (this.hostLog && existsSync(this.hostLog.file)) {
      const text = readFileSync(this.hostLog.file, 'utf8');
      const fresh = text.slice(this.hostLog.offset);
      this.hostLog.offset = text.length;
      found.push(...fresh.split('\n').filter(isHostFailureLine));
    }
    return found;
  }

  dispose(): void {
    process.off('unhandledRejection', this.onRejection);
    process.off('uncaughtException', this.onException);
  }
}

/** A host log line about an unhandled failure, or an error line naming our extension or view (not a superseded refresh). */
export function isHostFailureLine(line: string): boolean {
  if (/rejected promise not handled|uncaught/i.test(line)) return true;
  return /\[error\].*(atlas-private-endpoints|atlasPrivateEndpoints)/.test(line) && !/: Canceled\s*$/.test(line);
}

function describe(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

/** The extension host's own log (`remoteexthost.log` in code-server, `exthost.log` in desktop VS Code). */
async function extensionHostLogFile(): Promise<string | undefined> {
  const hostLogDir = path.dirname((await runnerContext()).logUri.fsPath);
  if (!existsSync(hostLogDir)) return undefined;
  const name = readdirSync(hostLogDir).find((file) => /^(remote)?exthost\.log$/.test(file));
  return name ? path.join(hostLogDir, name) : undefined;
}

/** Our extension's LogOutputChannel file (written by the host; what "Show Log" shows). */
export async function extensionLogText(): Promise<string> {
  const hostLogDir = path.dirname((await runnerContext()).logUri.fsPath);
  const ours = path.join(hostLogDir, 'atlas-private-endpoints.atlas-private-endpoints');
  if (!existsSync(ours)) return '';
  return readdirSync(ours)
    .filter((file) => file.endsWith('.log'))
    .map((file) => readFileSync(path.join(ours, file), 'utf8'))
    .join('\n');
}

// ---- servers ----------------------------------------------------------------------------------------------------

/** A second emulator in this process, with the same keys, that can go down and come back on the same port. */
export class SecondEmulator {
  private running: RunningEmulator | undefined;
  private port = 0;

  constructor(private readonly keys: { publicKey: string; privateKey: string }) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.running = await startEmulator({ ...this.keys, port: this.port });
    this.port = Number(new URL(this.running.url).port);
  }

  async stop(): Promise<void> {
    await this.running?.close();
    this.running = undefined;
  }
}

/** A loopback HTTP server that answers 200 `[]` and records the headers of every request that reached it. */
export class RecordingServer {
  readonly requests: IncomingHttpHeaders[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      this.requests.push(req.headers);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('[]');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    // "localhost", not 127.0.0.1: another host as well as another port.
    this.url = `http://localhost:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

// ---- the printed matrix -----------------------------------------------------------------------------------------

/** Collects `row -> result` lines and writes them where the launcher prints them (next to the integration report). */
export class MatrixReport {
  private readonly lines: Array<[string, string]> = [];

  add(row: string, result: string): void {
    this.lines.push([row, result]);
  }

  text(): string {
    const width = Math.max(...this.lines.map(([row]) => row.length), 5);
    return ['fault matrix (row -> result)', ...this.lines.map(([row, result]) => `  ${row.padEnd(width)}  ->  ${result}`)].join('\n');
  }

  write(): void {
    const report = process.env.ATLAS_TEST_REPORT;
    if (report) writeFileSync(path.join(path.dirname(report), 'fault-matrix.txt'), `${this.text()}\n`);
    console.log(this.text());
  }
}

