// The runner extension's id and the API it exports to the suites (see runner/extension.ts).
import type * as vscode from 'vscode';
import type { SuiteReport } from '../report';

export const RUNNER_PUBLISHER = 'atlas-test';
export const RUNNER_NAME = 'host-runner';
export const RUNNER_VERSION = '0.0.1';
export const RUNNER_ID = `${RUNNER_PUBLISHER}.${RUNNER_NAME}`;

export interface RunnerApi {
  /** The runner's own ExtensionContext: SecretStorage, globalState and storage folders of a real extension. */
  readonly context: vscode.ExtensionContext;
}

/** What the runner writes to ATLAS_TEST_REPORT when it ran the suites. */
export type RunnerResult = { report: SuiteReport } | { error: string };
