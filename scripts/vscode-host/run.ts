/**
 * The offline VS Code host: runs the integration suites inside a real extension host and the e2e suites against a
 * real workbench, on code-server from the npm registry (VS Code's own download servers are out of reach here).
 *
 *   tsx scripts/vscode-host/run.ts [--host current|oldest] [integration] [e2e] [restricted] [cloud]
 *
 * All phases when none is named (`npm test`); `--host oldest` runs on the oldest VS Code we claim (`npm run test:oldest`).
 *
 * One run: start the Atlas emulator; install code-server + its Node, and Chromium, from the npm registry into
 * .vscode-test/ (first run only; codeServerInstall.ts, npmChromium.ts); package the
 * extension with vsce (its prepublish step runs scripts/build.mjs --production) and install the .vsix with
 * `--install-extension`; bundle the integration suites with esbuild; start code-server on a kernel-chosen loopback
 * port with a throwaway HOME, user-data dir (settings in userSettings.ts) and extensions dir; open the workbench in
 * headless Chromium so that the extension host starts; collect the integration report; run the e2e suites against
 * the same server; then the Restricted Mode phase on a second code-server with workspace trust on (restricted.ts);
 * then the cloud phase on a third, whose environment profile is on cloud.mongodb.com (cloudProfile.ts);
 * end every process group; finally the secret leak audit (secretsAudit.ts) searches everything the run wrote for the
 * emulator's recognisable keys. Exit code 0 only when every phase ran, no test failed and the audit found nothing.
 *
 * Contracts the suites rely on:
 * - Integration suites: mocha BDD files `test/integration/**\/*.test.ts` that `import * as vscode from 'vscode'`.
 *   Each is bundled with esbuild (`external: ['vscode']`; they may import `src/**` and `test/emulator/**`) and run by
 *   mocha inside the extension host, next to our extension (installed from the .vsix) and the runner extension
 *   (runner/extension.ts). Discovered by glob: a new file needs no registration. test-electron runs the same files.
 * - Environment of the extension host (read it through test/integration/env.ts):
 *   ATLAS_EMULATOR_URL, ATLAS_EMULATOR_PUBLIC_KEY, ATLAS_EMULATOR_PRIVATE_KEY, ATLAS_EMULATOR_INFO (the emulator's
 *   info() as JSON: url, keys, serviceAccount, projects), ATLAS_TEST_WORKSPACE (the folder open in the workbench).
 *   The emulator's control routes are at `${ATLAS_EMULATOR_URL}/__emulator/` (counters, reset, faults, keys).
 * - State: user settings are shared by all suites of a run (restore what you change). Integration runs first, in
 *   ATLAS_TEST_WORKSPACE; each e2e `useWorkbench()` gets a fresh browser context (empty SecretStorage and browser
 *   storage) and a fresh workspace folder of its own.
 * - e2e suites: `test/e2e/**\/*.e2e.ts`, mocha BDD in this process, using test/e2e/harness.ts (`useWorkbench()`),
 *   which reads ATLAS_E2E_HOST (see e2e.ts). README screenshots go to media/screenshots/<name>.png.
 * - Restricted Mode suite: test/integration/restrictedMode.workbench.ts, mocha in this process (see restricted.ts).
 * - Cloud suite: test/integration/openInAtlas.workbench.ts, mocha in this process (see cloudProfile.ts).
 * - Secret leak audit: the emulator's private key and service-account secret are leak canaries (secretsAudit.ts). Suites
 *   may append what the extension showed to `${ATLAS_AUDIT_DIR}/…` (test/integration/secretsAuditSink.ts); pages
 *   record what they show (shownText.ts). The fault matrix suite writes fault-matrix.txt, printed after the report.
 * - ATLAS_TEST_GREP filters tests by title in every phase; ATLAS_HOST_TIMEOUT_SECONDS (default 900) bounds the run;
 *   ATLAS_HOST_KEEP=1 keeps the run's files after a successful run too.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startEmulator } from '../../test/emulator';
import { dumpIndexedDb } from './browserStorage';
import { buildRunnerExtension, bundleIntegrationSuites, integrationSuites, ROOT } from './bundle';
import { browserExecutable, chooseBrowser, launchChromium, openWorkbench, type BrowserChoice } from './chromium';
import { hostDirsIn, installExtension, startCodeServer, type RunningCodeServer } from './codeServer';
import { ensureCodeServer } from './codeServerInstall';
import { fileSection, hostLogFiles, logSection } from './diagnostics';
import { e2eSuites, runE2eSuites } from './e2e';
import { CapturedOutput } from './outputCapture';
import { ProcessGroups } from './processGroup';
import { formatReport, plainSummary, type SuiteReport } from './report';
import { runCloudPhase } from './cloudProfile';
import { runRestrictedPhase } from './restricted';
import { parseRunArguments, type Phase, type RunArguments } from './runArguments';
import { RUNNER_NAME, RUNNER_PUBLISHER, RUNNER_VERSION, type RunnerResult } from './runner/api';
import { audit, filesUnder, fileSources, formatAudit, makeLeakCanaries, needlesFor, plantedCheck, textSource } from './secretsAudit';
import { SHOWN_TEXT_LOG_VARIABLE } from './shownText';
import { writeUserSettings } from './userSettings';
import { packageExtension } from './vsix';
import { waitFor } from './waitFor';

const CACHE_ROOT = path.join(ROOT, '.vscode-test');
const SCREENSHOTS_DIR = path.join(ROOT, 'media', 'screenshots');
const OVERALL_TIMEOUT_MS = Number(process.env.ATLAS_HOST_TIMEOUT_SECONDS ?? 900) * 1000;
const INTEGRATION_TIMEOUT_MS = 300_000;

const STARTED = Date.now();

function say(line: string): void {
  console.log(`[vscode-host +${Math.round((Date.now() - STARTED) / 1000)}s] ${line}`);
}

/** Everything one run creates, torn down in reverse order. */
class Run {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-vscode-host-'));
  readonly dirs = hostDirsIn(this.dir);
  /** Unpacked next to our extension; the suites are bundled inside it so that their `vscode` import resolves to it. */
  readonly runnerDir = path.join(this.dirs.extensionsDir, `${RUNNER_PUBLISHER}.${RUNNER_NAME}-${RUNNER_VERSION}`);
  readonly testsDir = path.join(this.runnerDir, 'integration');
  readonly reportFile = path.join(this.dir, 'integration-report.json');
  /** What the suites and pages recorded for the secret leak audit. */
  readonly auditDir = path.join(this.dir, 'audit');
  /** Every process group the run starts (npm, vsce, code-server), ended with the run. */
  readonly groups = new ProcessGroups();
  /** Console of the integration page, for the failure report. */
  readonly workbenchConsole: string[] = [];
  private readonly teardown: Array<() => Promise<unknown> | unknown> = [];

  constructor(readonly output: CapturedOutput) {
    mkdirSync(this.auditDir, { recursive: true });
    this.own(() => this.groups.stopAll());
  }

  own(dispose: () => Promise<unknown> | unknown): void {
    this.teardown.push(dispose);
  }

  async close(keepFiles: boolean): Promise<void> {
    while (this.teardown.length > 0) {
      await Promise.resolve()
        .then(this.teardown.pop())
        .catch((error: unknown) => say(`cleanup: ${String(error)}`));
    }
    if (keepFiles || process.env.ATLAS_HOST_KEEP === '1') {
      say(`Run files kept for inspection: ${this.dir}`);
    } else {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** Synchronous last resort (process 'exit'): no process group outlives the launcher. */
  killNow(): void {
    this.groups.killAll();
  }

  diagnostics(): string {
    const sections = [this.dirs.logFile, ...hostLogFiles(this.dirs.userDataDir)].filter((file) => existsSync(file)).map(fileSection);
    if (this.workbenchConsole.length > 0) {
      sections.push(logSection('workbench console (integration page)', this.workbenchConsole.join('\n')));
    }
    return sections.join('\n');
  }
}

async function runIntegration(run: Run, browser: Browser, server: RunningCodeServer): Promise<SuiteReport> {
  say(`Opening the workbench; integration suites: ${integrationSuites().join(', ')}`);
  const page = await openWorkbench(browser, server.url, run.dirs.workspace, { consoleLines: run.workbenchConsole });
  // Fail as soon as something the run depends on is gone, rather than at the timeout.
  let gone: string | undefined;
  void server.process.exited.then((code) => (gone ??= `code-server exited (${code})`), () => undefined);
  page.page.once('crash', () => (gone ??= 'the workbench page crashed'));
  const result = await waitFor(
    'the integration report from the extension host',
    () => {
      if (existsSync(run.reportFile)) {
        return JSON.parse(readFileSync(run.reportFile, 'utf8')) as RunnerResult;
      }
      if (/Extension Host Process exited/.test(readFileSync(run.dirs.logFile, 'utf8'))) {
        gone ??= 'the extension host exited';
      }
      if (gone) {
        throw new Error(`${gone} before the integration suites reported`);
      }
      return undefined;
    },
    INTEGRATION_TIMEOUT_MS,
  );
  // Closing the page flushes the workbench's storage; then read what it persisted (globalState, workspaceState).
  await page.page.close({ runBeforeUnload: true });
  const stored = await dumpIndexedDb(page.context, server.url);
  writeFileSync(path.join(run.auditDir, 'browser-storage-integration.json'), JSON.stringify(stored, null, 1));
  await page.context.close();
  if ('error' in result) {
    throw new Error(`The integration suites could not run inside the extension host:\n${result.error}`);
  }
  console.log(formatReport(result.report));
  const matrix = path.join(run.dir, 'fault-matrix.txt');
  if (existsSync(matrix)) console.log(`\n${readFileSync(matrix, 'utf8')}`);
  say(`Integration suites ran on VS Code ${result.report.vscodeVersion ?? 'unknown'} (vscode.version in the extension host)`);
  return result.report;
}

async function main({ phases, host }: RunArguments, run: Run, browserChoice: BrowserChoice): Promise<boolean> {
  // Recognisable secrets, searched for by the audit at the end.
  const canaries = makeLeakCanaries();
  const emulator = await startEmulator({ privateKey: canaries.privateKey, serviceAccount: { clientSecret: canaries.clientSecret } });
  run.own(() => emulator.close());
  const emulatorInfo = emulator.info();
  say(`Atlas emulator at ${emulator.url}`);
  process.env[SHOWN_TEXT_LOG_VARIABLE] = path.join(run.auditDir, 'shown-text.log');

  const inMainServer = phases.includes('integration') || phases.includes('e2e');
  const vsix = path.join(run.dir, 'atlas-private-endpoints.vsix');
  const [install, chromePath] = await Promise.all([
    ensureCodeServer(CACHE_ROOT, run.groups, say, host),
    browserExecutable(browserChoice, CACHE_ROOT, run.groups, say),
    packageExtension(vsix, path.join(run.dir, 'vsce.log'), run.groups).then(() => say('Packaged the extension (.vsix)')),
    phases.includes('integration') ? bundleIntegrationSuites(run.testsDir) : undefined,
    phases.includes('integration') ? buildRunnerExtension(run.runnerDir) : undefined,
  ]);
  writeUserSettings(run.dirs.userDataDir);
  await installExtension(install, run.dirs, vsix, run.groups);

  const reports: Array<[Phase, SuiteReport]> = [];
  if (inMainServer) {
    const server = await startCodeServer(install, run.dirs, run.groups, {
      ATLAS_EMULATOR_URL: emulator.url,
      ATLAS_EMULATOR_PUBLIC_KEY: emulator.publicKey,
      ATLAS_EMULATOR_PRIVATE_KEY: emulator.privateKey,
      ATLAS_EMULATOR_INFO: JSON.stringify(emulatorInfo),
      ATLAS_TEST_WORKSPACE: run.dirs.workspace,
      // The installed .vsix runs in production mode; this turns on the extension's test-only commands.
      ATLAS_PRIVATE_ENDPOINTS_TEST_HOOKS: '1',
      ATLAS_TEST_INDEX: path.join(run.testsDir, 'index.js'),
      ATLAS_TEST_REPORT: run.reportFile,
      ATLAS_AUDIT_DIR: run.auditDir,
    });
    say(`code-server ${server.url} (process group ${server.process.pid})`);

    const browser = await launchChromium(chromePath);
    run.own(() => browser.close());
    if (phases.includes('integration')) {
      reports.push(['integration', await runIntegration(run, browser, server)]);
    }
    if (phases.includes('e2e')) {
      say(`e2e suites: ${e2eSuites().map((file) => path.relative(ROOT, file)).join(', ')}`);
      const report = await runE2eSuites({
        url: server.url,
        chromePath,
        screenshotsDir: SCREENSHOTS_DIR,
        artifactsDir: run.dir,
        emulator: emulatorInfo,
        home: run.dirs.home,
      });
      reports.push(['e2e', report]);
    }
    // Stopped before the audit, so that every log is complete on disk.
    await server.process.stop();
  }
  /** The phases with code-servers of their own (keys in their environment) share these. */
  const ownServerOptions = (phase: Phase) => ({
    install,
    groups: run.groups,
    dir: path.join(run.dir, phase),
    extensionsDir: run.dirs.extensionsDir,
    chromePath,
    publicKey: emulator.publicKey,
    privateKey: emulator.privateKey,
    say,
  });
  if (phases.includes('restricted')) {
    reports.push(['restricted', await runRestrictedPhase(ownServerOptions('restricted'))]);
  }
  if (phases.includes('cloud')) {
    reports.push(['cloud', await runCloudPhase(ownServerOptions('cloud'))]);
  }
  reports.forEach(([phase, report]) => console.log(plainSummary(phase, report)));
  const testsPassed = reports.every(([, report]) => report.failures === 0 && report.passes > 0);
  return auditSecrets(run, canaries, emulatorInfo.serviceAccount.clientId) && testsPassed;
}

/** The secret leak audit over everything the run wrote and printed; true when nothing leaked. */
function auditSecrets(run: Run, canaries: ReturnType<typeof makeLeakCanaries>, clientId: string): boolean {
  const needles = needlesFor(canaries, clientId);
  plantedCheck(run.auditDir, canaries, needles);
  // Everything under the run folder except what the run installed (the .vsix, the extensions: code, not output).
  const written = filesUnder(run.dir).filter((file) => !file.startsWith(`${run.dirs.extensionsDir}${path.sep}`) && !file.endsWith('.vsix'));
  const result = audit(
    [
      ...fileSources(written, run.dir),
      textSource('launcher output (stdout and stderr)', run.output.text()),
      textSource('workbench console (integration page)', run.workbenchConsole.join('\n')),
    ],
    needles,
  );
  console.log(formatAudit(result));
  return result.occurrences === 0;
}

async function launch(): Promise<void> {
  let args: RunArguments;
  let browserChoice: BrowserChoice;
  try {
    args = parseRunArguments(process.argv.slice(2));
    browserChoice = chooseBrowser();
  } catch (error) {
    console.error(`[vscode-host] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const run = new Run(new CapturedOutput());
  let finished = false;
  /** `withLogs`: the host itself failed (not a test), so print the server, extension-host and workbench logs. */
  const finish = async (ok: boolean, reason?: string, withLogs = true, exitCode = ok ? 0 : 1) => {
    if (finished) {
      return;
    }
    finished = true;
    if (!ok) {
      console.error(`\n[vscode-host] FAILED: ${reason ?? 'unknown reason'}`);
      if (withLogs) {
        console.error(run.diagnostics());
      }
    }
    await run.close(!ok);
    say(ok ? 'Passed' : 'Failed');
    process.exit(exitCode);
  };
  process.on('exit', () => run.killNow());
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by npm/tsx), and a second
  // signal without a listener would end the process in the middle of its cleanup.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void finish(false, `interrupted by ${signal}`, true, 128 + os.constants.signals[signal]));
  }
  const timer = setTimeout(
    () => void finish(false, `overall timeout of ${OVERALL_TIMEOUT_MS / 1000} s (ATLAS_HOST_TIMEOUT_SECONDS)`),
    OVERALL_TIMEOUT_MS,
  );
  try {
    const ok = await main(args, run, browserChoice);
    clearTimeout(timer);
    await finish(ok, ok ? undefined : 'some tests failed (or none ran); see above', false);
  } catch (error) {
    clearTimeout(timer);
    await finish(false, error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}

void launch();
