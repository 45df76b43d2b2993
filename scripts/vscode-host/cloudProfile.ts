// The "cloud" phase of the offline host: two more code-servers whose extension hosts have Atlas API keys in the
// environment (the Atlas CLI's MONGODB_ATLAS_* variables), one without a base URL (commercial Atlas, cloud.mongodb.com)
// and one with Atlas for Government's (cloud.mongodbgov.com). The extension's "environment" profile is then on a cloud
// with an Atlas UI without a sign-in, which would first check the keys with Atlas, out of reach of this machine. The
// suite (test/integration/openInAtlas.workbench.ts) drives both workbenches with playwright-core, in this process, and
// checks the address Open in Atlas hands to the browser.
import path from 'node:path';
import { SEED_PROJECT_ID } from '../../test/emulator';
import { ROOT } from './bundle';
import { hostDirsIn, startCodeServer } from './codeServer';
import { runMochaInProcess } from './e2e';
import type { SuiteReport } from './report';
import type { RestrictedPhaseOptions } from './restricted';
import { writeUserSettings } from './userSettings';

export const CLOUD_HOST_VARIABLE = 'ATLAS_CLOUD_HOST';
export const CLOUD_SUITE = path.join(ROOT, 'test', 'integration', 'openInAtlas.workbench.ts');

/** What the suite reads from ATLAS_CLOUD_HOST: one host per cloud. */
export interface CloudHost {
  readonly cloud: string;
  /** Where that cloud's Atlas UI is. */
  readonly uiBaseUrl: string;
  /** code-server's base URL. */
  readonly url: string;
  readonly chromePath: string;
  readonly workspace: string;
  /** The project the environment names (MONGODB_ATLAS_PROJECT_ID). */
  readonly projectId: string;
}

/** The same as the Restricted Mode phase's: a folder of its own, the shared extensions dir, the run's keys. */
export type CloudPhaseOptions = RestrictedPhaseOptions;

const CLOUDS: ReadonlyArray<{ cloud: string; uiBaseUrl: string; environment: Record<string, string> }> = [
  { cloud: 'commercial Atlas', uiBaseUrl: 'https://cloud.mongodb.com', environment: {} },
  { cloud: 'Atlas for Government', uiBaseUrl: 'https://cloud.mongodbgov.com', environment: { MONGODB_ATLAS_BASE_URL: 'https://cloud.mongodbgov.com/' } },
];

export async function runCloudPhase(options: CloudPhaseOptions): Promise<SuiteReport> {
  const servers = await Promise.all(
    CLOUDS.map(async ({ cloud, uiBaseUrl, environment }, index) => {
      const dirs = hostDirsIn(path.join(options.dir, String(index)), { extensionsDir: options.extensionsDir });
      writeUserSettings(dirs.userDataDir);
      const server = await startCodeServer(options.install, dirs, options.groups, {
        MONGODB_ATLAS_PUBLIC_API_KEY: options.publicKey,
        MONGODB_ATLAS_PRIVATE_API_KEY: options.privateKey,
        MONGODB_ATLAS_PROJECT_ID: SEED_PROJECT_ID,
        ...environment,
      });
      options.say(`Cloud phase: code-server ${server.url}, the environment profile on ${cloud}`);
      const host: CloudHost = { cloud, uiBaseUrl, url: server.url, chromePath: options.chromePath, workspace: dirs.workspace, projectId: SEED_PROJECT_ID };
      return { server, host };
    }),
  );
  try {
    process.env[CLOUD_HOST_VARIABLE] = JSON.stringify(servers.map(({ host }) => host));
    return await runMochaInProcess([CLOUD_SUITE]);
  } finally {
    await Promise.all(servers.map(({ server }) => server.process.stop()));
  }
}
