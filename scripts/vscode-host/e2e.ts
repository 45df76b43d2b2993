// Runs the e2e suites (test/e2e/**/*.e2e.ts) with mocha in this process, against the running code-server (and, for
// restricted.ts, the Restricted Mode suite the same way).
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { EmulatorInfo } from '../../test/emulator';
import { ROOT } from './bundle';
import { collectReport, type SuiteReport } from './report';

const E2E_DIR = path.join(ROOT, 'test', 'e2e');

/** What the e2e harness (test/e2e/harness.ts) reads from the ATLAS_E2E_HOST variable. */
export interface E2eHost {
  /** code-server's base URL, e.g. http://127.0.0.1:PORT */
  readonly url: string;
  readonly chromePath: string;
  /** Where README screenshots go (media/screenshots). */
  readonly screenshotsDir: string;
  /** Where failure screenshots, per-suite workspace folders and other run artifacts go (server and tests share a disk). */
  readonly artifactsDir: string;
  /** The emulator's info, as in ATLAS_EMULATOR_INFO. */
  readonly emulator: EmulatorInfo;
  /** code-server's HOME (XDG_CONFIG_HOME is its `.config`): where tools' own config files are looked for. */
  readonly home: string;
}

export const E2E_HOST_VARIABLE = 'ATLAS_E2E_HOST';

export function e2eSuites(): string[] {
  return readdirSync(E2E_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.e2e.ts'))
    .map((file) => path.join(E2E_DIR, file))
    .sort();
}

export async function runE2eSuites(host: E2eHost, suites = e2eSuites()): Promise<SuiteReport> {
  if (suites.length === 0) {
    throw new Error(`No e2e suites (*.e2e.ts) found under ${E2E_DIR}`);
  }
  process.env[E2E_HOST_VARIABLE] = JSON.stringify(host);
  return runMochaInProcess(suites);
}

/** Runs mocha BDD `files` in this process (spec reporter, ATLAS_TEST_GREP applied) and collects the report. */
export async function runMochaInProcess(files: readonly string[]): Promise<SuiteReport> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    forbidOnly: true,
    reporter: 'spec',
    grep: process.env.ATLAS_TEST_GREP || undefined,
  });
  files.forEach((file) => mocha.addFile(file));
  await mocha.loadFilesAsync();
  return collectReport(mocha.run());
}
