// The test-runner extension installed beside ours in the offline host (and loaded as a second development
// extension by test-electron). It gives suites an ExtensionContext of their own (for SecretStorage and the like)
// and, when the launcher asked for a run, runs the integration index once and writes the result to a file.
import { closeSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as vscode from 'vscode';
import { describeError, type SuiteReport } from '../report';
import type { RunnerApi, RunnerResult } from './api';

export function activate(context: vscode.ExtensionContext): RunnerApi {
  const index = process.env.ATLAS_TEST_INDEX;
  const reportFile = process.env.ATLAS_TEST_REPORT;
  // Every workbench page starts its own extension host; only the first one claims the run.
  if (index && reportFile && claim(`${reportFile}.claimed`)) {
    void runSuites(index).then((result) => writeAtomically(reportFile, JSON.stringify(result)));
  }
  return { context };
}

async function runSuites(index: string): Promise<RunnerResult> {
  try {
    const suites = createRequire(__filename)(index) as { runSuites(): Promise<SuiteReport> };
    return { report: await suites.runSuites() };
  } catch (error) {
    return { error: describeError(error) };
  }
}

function claim(file: string): boolean {
  try {
    closeSync(openSync(file, 'wx'));
    return true;
  } catch {
    return false;
  }
}

function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.partial`, text);
  renameSync(`${file}.partial`, file);
}

export function deactivate(): void {}
