// Running the command-line scanner as a real process (its TypeScript source through tsx) on temporary folders.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '..', '..', '..', 'src', 'cli', 'scan.ts');
// tsx's require hook (not its --import loader): worker threads inherit it, and the scanner starts itself as workers.
const TSX_CJS = require.resolve('tsx/cjs');

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function scan(cwd: string, ...args: string[]): Run {
  return scanWithPreload(cwd, undefined, ...args);
}

/** Runs the scanner with `preload` (a CommonJS file) loaded first, to act on the file system at a chosen moment. */
export function scanWithPreload(cwd: string, preload: string | undefined, ...args: string[]): Run {
  const preloads = preload ? ['--require', preload] : [];
  const result = spawnSync(process.execPath, ['--require', TSX_CJS, ...preloads, CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

export function write(root: string, file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

/** The files named in text output, in order, once each. */
export function reportedFiles(run: Run): string[] {
  return [...new Set(run.stdout.trimEnd().split('\n').filter(Boolean).map((line) => line.split(':')[0]))];
}

/** A fresh temporary folder for each test of the suite that calls this; returns a getter. */
export function temporaryFolderPerTest(prefix: string): () => string {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  return () => folder;
}
