// What the launcher hands to the integration suites inside the extension host (see scripts/vscode-host/run.ts).
import * as vscode from 'vscode';
import { RUNNER_ID, type RunnerApi } from '../../scripts/vscode-host/runner/api';
import type { EmulatorInfo } from '../emulator';

export const EXTENSION_ID = 'atlas-private-endpoints.atlas-private-endpoints';

export type { EmulatorInfo };

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: integration suites run inside a VS Code started by the launcher. ` +
        'Run them with `npm run test:integration` (or `npm run test:electron`).',
    );
  }
  return value;
}

/** The Atlas emulator the launcher started (its `info()`: url, keys, service account, projects). */
export function emulatorInfo(): EmulatorInfo {
  const info = JSON.parse(required('ATLAS_EMULATOR_INFO')) as EmulatorInfo;
  if (typeof info.url !== 'string' || !Array.isArray(info.projects)) {
    throw new Error('ATLAS_EMULATOR_INFO does not hold the emulator info the launcher writes ({ url, publicKey, privateKey, projects, ... }).');
  }
  return info;
}

/** The throwaway folder opened in the workbench. */
export function testWorkspace(): vscode.Uri {
  return vscode.Uri.file(required('ATLAS_TEST_WORKSPACE'));
}

/** Our extension, activated (waits for activation if it is already under way). */
export async function activatedExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  }
  await extension.activate();
  return extension;
}

/** An ExtensionContext of a real extension (the test runner's), for host features such as SecretStorage. */
export async function runnerContext(): Promise<vscode.ExtensionContext> {
  const runner = vscode.extensions.getExtension<RunnerApi>(RUNNER_ID);
  if (!runner) {
    throw new Error(`${RUNNER_ID} is not installed in this extension host; start the suites with the launcher`);
  }
  return (await runner.activate()).context;
}
