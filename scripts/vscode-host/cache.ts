// Entries of the .vscode-test/ cache (code-server, the browser): installed once, atomically, then reused.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const COMPLETE_MARKER = '.complete';

export function isCached(dir: string): boolean {
  return existsSync(path.join(dir, COMPLETE_MARKER));
}

/**
 * Returns `dir`, filling it first with `populate` when it is not complete. `populate` works in a private staging
 * folder that is renamed into place complete, so concurrent runs and interrupted installs never leave a
 * half-installed entry behind.
 */
export async function ensureCached(dir: string, populate: (staging: string) => Promise<void>): Promise<string> {
  if (isCached(dir)) {
    return dir;
  }
  const root = path.dirname(dir);
  mkdirSync(root, { recursive: true });
  const staging = path.join(root, `.installing-${path.basename(dir)}-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  try {
    await populate(staging);
    writeFileSync(path.join(staging, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
    if (existsSync(dir) && !isCached(dir)) {
      rmSync(dir, { recursive: true, force: true }); // not one of ours: entries are renamed into place complete
    }
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run finished first: use its copy.
      if (!isCached(dir)) {
        throw error;
      }
    }
    return dir;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** An install step failed: its error with the last lines of its log, which say why. */
export function failWithLog(error: unknown, logFile: string): never {
  const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
  throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail}`);
}
