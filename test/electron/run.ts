/**
 * `npm run test:electron`: the integration suites (test/integration/**\/*.test.ts, the same files and the same mocha
 * index as the offline code-server host) in a desktop VS Code downloaded by @vscode/test-electron.
 *
 * VS Code is pinned to the oldest version engines.vscode allows and cached in .vscode-test/. Where the download is
 * impossible (no route to VS Code's update servers) this fails within seconds and says so; the offline host
 * (`npm run test:integration`) is the launcher that works everywhere the npm registry does.
 * On Linux without a display it re-runs itself under `xvfb-run -a`.
 */
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../emulator';
import { buildRunnerExtension, bundleIntegrationSuites, ROOT } from '../../scripts/vscode-host/bundle';
import { withoutAtlasCredentials } from '../../scripts/vscode-host/environment';
import { ProcessGroups } from '../../scripts/vscode-host/processGroup';
import { writeUserSettings } from '../../scripts/vscode-host/userSettings';

/** The oldest VS Code that engines.vscode allows (`^1.90.0` gives 1.90.0). */
export const VSCODE_VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { vscode: string } }).engines.vscode.replace(/^\^/, '');
const DOWNLOAD_TIMEOUT_MS = 10_000;
const UNDER_XVFB = 'ATLAS_ELECTRON_UNDER_XVFB';

async function downloadVSCode(): Promise<string> {
  try {
    return await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(ROOT, '.vscode-test'), timeout: DOWNLOAD_TIMEOUT_MS });
  } catch (error) {
    throw new Error(
      `Could not download VS Code ${VSCODE_VERSION} from VS Code's update servers (${error instanceof Error ? error.message : String(error)}). ` +
        'This machine cannot reach them; run the same suites offline with `npm run test:integration` (code-server from the npm registry).',
    );
  }
}

/** Re-runs this script under `xvfb-run -a` when Linux has no display; resolves with its exit code, or undefined when not needed. */
async function rerunUnderXvfb(): Promise<number | undefined> {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env[UNDER_XVFB]) {
    return undefined;
  }
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) {
    throw new Error('VS Code needs a display: install Xvfb (`apt-get install -y xvfb`, which provides xvfb-run) or set DISPLAY.');
  }
  const child = spawn('xvfb-run', ['-a', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [UNDER_XVFB]: '1' },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  // runTests() starts VS Code with this process's environment: keep real Atlas credentials out of it.
  const kept = withoutAtlasCredentials(process.env);
  Object.keys(process.env)
    .filter((key) => !(key in kept))
    .forEach((key) => delete process.env[key]);
  const vscodeExecutablePath = await downloadVSCode();
  const exitCode = await rerunUnderXvfb();
  if (exitCode !== undefined) {
    return exitCode;
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-vscode-electron-'));
  const runnerDir = path.join(dir, 'runner');
  const testsDir = path.join(runnerDir, 'integration');
  const userDataDir = path.join(dir, 'user-data');
  const workspace = path.join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  writeUserSettings(userDataDir);
  const emulator = await startEmulator();
  const groups = new ProcessGroups();
  try {
    await Promise.all([
      groups.run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], path.join(dir, 'build.log'), { cwd: ROOT, timeoutMs: 120_000 }),
      buildRunnerExtension(runnerDir),
      bundleIntegrationSuites(testsDir),
    ]);
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: [ROOT, runnerDir],
      extensionTestsPath: path.join(testsDir, 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-telemetry',
        '--user-data-dir', userDataDir,
        '--extensions-dir', path.join(dir, 'extensions'),
      ],
      extensionTestsEnv: {
        ATLAS_EMULATOR_URL: emulator.url,
        ATLAS_EMULATOR_PUBLIC_KEY: emulator.publicKey,
        ATLAS_EMULATOR_PRIVATE_KEY: emulator.privateKey,
        ATLAS_EMULATOR_INFO: JSON.stringify(emulator.info()),
        ATLAS_TEST_WORKSPACE: workspace,
      },
    });
    return 0;
  } finally {
    await groups.stopAll();
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[test:electron] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
