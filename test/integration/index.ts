// The mocha index of the integration suites; both launchers load its bundle inside a real extension host.
// - test-electron calls `run()` (its `extensionTestsPath` contract): rejects when a test fails.
// - the code-server launcher's runner extension calls `runSuites()` and reports the result back to the launcher.
// Suites are the bundled `*.test.js` files next to this bundle (one per test/integration/**/*.test.ts).
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { collectReport, type SuiteReport } from '../../scripts/vscode-host/report';
import { answerConfirmations } from './credentialsHelpers';

export async function runSuites(): Promise<SuiteReport> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 30_000,
    forbidOnly: true,
    reporter: 'spec',
    color: false,
    grep: process.env.ATLAS_TEST_GREP || undefined,
    // Commands started with arguments ask for confirmation in a modal dialog, which cannot be clicked from the extension
    // host: the suites accept them (the extension's test hook records each one); tests about the rule answer otherwise,
    // and the e2e suite clicks the real dialog.
    rootHooks: { beforeAll: () => answerConfirmations('accept').then(() => undefined), afterEach: () => answerConfirmations('accept').then(() => undefined) },
  });
  const suites = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  if (suites.length === 0) {
    throw new Error(`No bundled integration suites (*.test.js) next to ${__filename}`);
  }
  suites.forEach((file) => mocha.addFile(path.join(__dirname, file)));
  // run() loads the suites with a plain require(), which is what the extension host intercepts for 'vscode'.
  const runner = mocha.run();
  // Frames inside this bundle are mocha's own; the suites' frames point into their bundles (kept on failure).
  return collectReport(runner, { vscodeVersion: vscode.version, hideStackFramesOf: __filename });
}

export async function run(): Promise<void> {
  const report = await runSuites();
  if (report.failures > 0) {
    throw new Error(`${report.failures} integration test(s) failed`);
  }
}
