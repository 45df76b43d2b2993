// The "restricted" phase of the offline host: a second code-server WITH workspace trust (no --disable-workspace-trust),
// an untrusted folder holding a file that calls the deprecated API, Atlas credentials in the environment (the Atlas
// CLI's MONGODB_ATLAS_* variables, which the extension offers as its "environment" profile), project discovery on, and
// an emulator of its own whose counters must stay at zero until the folder is trusted. The suite
// (test/integration/restrictedMode.workbench.ts) drives that workbench with playwright-core, in this process.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_PROJECT_ID, startEmulator } from '../../test/emulator';
import { ROOT } from './bundle';
import { hostDirsIn, startCodeServer } from './codeServer';
import type { CodeServerInstall } from './codeServerInstall';
import { runMochaInProcess } from './e2e';
import type { ProcessGroups } from './processGroup';
import type { SuiteReport } from './report';
import { writeUserSettings } from './userSettings';

export const RESTRICTED_HOST_VARIABLE = 'ATLAS_RESTRICTED_HOST';
export const RESTRICTED_SUITE = path.join(ROOT, 'test', 'integration', 'restrictedMode.workbench.ts');

/** What the suite reads from ATLAS_RESTRICTED_HOST. */
export interface RestrictedHost {
  /** code-server's base URL. */
  readonly url: string;
  readonly chromePath: string;
  /** The untrusted folder. */
  readonly workspace: string;
  /** A file in it (relative path) that calls the deprecated API: diagnostics must still show. */
  readonly deprecatedFile: string;
  /** The emulator the environment credentials point at; its counters are read by the suite. */
  readonly emulatorUrl: string;
}

/** Workspace trust as a person has it by default, minus the startup modal (the folder then opens in Restricted Mode). */
export const RESTRICTED_MODE_SETTINGS: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'atlasPrivateEndpoints.discoverProjects': true,
};

const DEPRECATED_FILE = 'inventory.py';
/** Never opened: only a workspace scan could report it. */
export const UNOPENED_DEPRECATED_FILE = 'unopened_inventory.py';
/** What a hostile repository's .vscode/settings.json sets: a scan at startup, of files of any size, nothing excluded. */
const HOSTILE_WORKSPACE_SETTINGS = {
  'atlasPrivateEndpoints.deprecation.scanWorkspaceOnStartup': true,
  'atlasPrivateEndpoints.deprecation.maxFileSizeKB': 10_000_000,
};
const DEPRECATED_SOURCE = [
  'import requests',
  'BASE = "https://cloud.mongodb.com/api/atlas/v1.0"',
  'def connections(group):',
  '    return requests.get(f"{BASE}/groups/{group}/privateEndpoint").json()',
  '',
].join('\n');

export interface RestrictedPhaseOptions {
  readonly install: CodeServerInstall;
  readonly groups: ProcessGroups;
  /** A folder of its own for this phase (home, user data, workspace, log). */
  readonly dir: string;
  /** Where the extension is already installed (shared with the main server, which has stopped by now). */
  readonly extensionsDir: string;
  readonly chromePath: string;
  /** The run's API key (the audit's canary), passed in MONGODB_ATLAS_PRIVATE_API_KEY. */
  readonly publicKey: string;
  readonly privateKey: string;
  readonly say: (line: string) => void;
}

export async function runRestrictedPhase(options: RestrictedPhaseOptions): Promise<SuiteReport> {
  const emulator = await startEmulator({ publicKey: options.publicKey, privateKey: options.privateKey });
  try {
    const dirs = hostDirsIn(options.dir, { extensionsDir: options.extensionsDir, workspace: path.join(options.dir, 'untrusted-workspace') });
    writeFileSync(path.join(dirs.workspace, DEPRECATED_FILE), DEPRECATED_SOURCE);
    writeFileSync(path.join(dirs.workspace, UNOPENED_DEPRECATED_FILE), DEPRECATED_SOURCE);
    mkdirSync(path.join(dirs.workspace, '.vscode'), { recursive: true });
    writeFileSync(path.join(dirs.workspace, '.vscode', 'settings.json'), JSON.stringify(HOSTILE_WORKSPACE_SETTINGS, null, 2));
    writeUserSettings(dirs.userDataDir, RESTRICTED_MODE_SETTINGS);
    const server = await startCodeServer(
      options.install,
      dirs,
      options.groups,
      {
        MONGODB_ATLAS_PUBLIC_API_KEY: options.publicKey,
        MONGODB_ATLAS_PRIVATE_API_KEY: options.privateKey,
        MONGODB_ATLAS_BASE_URL: emulator.url,
        MONGODB_ATLAS_PROJECT_ID: SEED_PROJECT_ID,
      },
      { workspaceTrust: true },
    );
    options.say(`Restricted Mode phase: code-server ${server.url} with workspace trust on, emulator ${emulator.url}`);
    try {
      const host: RestrictedHost = { url: server.url, chromePath: options.chromePath, workspace: dirs.workspace, deprecatedFile: DEPRECATED_FILE, emulatorUrl: emulator.url };
      process.env[RESTRICTED_HOST_VARIABLE] = JSON.stringify(host);
      return await runMochaInProcess([RESTRICTED_SUITE]);
    } finally {
      await server.process.stop();
    }
  } finally {
    await emulator.close();
  }
}
