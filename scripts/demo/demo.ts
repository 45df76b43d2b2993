/**
 * `npm start`: the extension on the Atlas emulator, in a real VS Code, with no Atlas account.
 *
 * Demo.start() builds the extension, starts the emulator (demo dataset, free loopback port), copies demo/workspace to a
 * throwaway folder (quick fixes never touch the repository) and opens VS Code on it:
 * - desktop (VSCODE_PATH or `code` on PATH): `code --extensionDevelopmentPath=<repo>` with a throwaway user-data and
 *   extensions dir; VS Code's workspace-trust prompt is kept;
 * - otherwise code-server, the offline host of the tests (scripts/vscode-host), cached in .vscode-test/: the extension
 *   is installed from a freshly packaged .vsix, as users get it (code-server 4.139 did not load an extension from
 *   `--extensionDevelopmentPath`, neither as a server option through --vscode-option nor as the workbench URL's
 *   payload), and the URL is printed and, when a browser can be shown, opened.
 * The extension host gets the emulator's keys as MONGODB_ATLAS_PUBLIC_API_KEY / MONGODB_ATLAS_PRIVATE_API_KEY,
 * MONGODB_ATLAS_BASE_URL and MONGODB_ATLAS_PROJECT_ID (the extension's read-only "environment" profile), so the tree
 * fills without typing. Everything started is ended by stop(); scripts/start.ts calls it on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_PROJECT_ID, startEmulator, type RunningEmulator } from '../../test/emulator';
import { ROOT } from '../vscode-host/bundle';
import { fileSection } from '../vscode-host/diagnostics';
import { hostDirsIn, installExtension, startCodeServer } from '../vscode-host/codeServer';
import { ensureCodeServer } from '../vscode-host/codeServerInstall';
import { ProcessGroups, type GroupProcess } from '../vscode-host/processGroup';
import { writeUserSettings } from '../vscode-host/userSettings';
import { packageExtension } from '../vscode-host/vsix';
import { browserArguments, findBrowser } from './browser';
import { desktopEnvironment, findDesktopCode, launchDesktop, stopDesktopWindows } from './desktop';
import type { StartOptions } from './options';
import { ensurePortFree } from './ports';

export const DEMO_WORKSPACE_SOURCE = path.join(ROOT, 'demo', 'workspace');

/**
 * User settings of the demo profile, on top of the tests' quiet profile (no AI/chat, telemetry, update checks, tips):
 * what a person wants: the demo workspace's README on startup, unsaved edits kept across a reload (VS Code's
 * default, which the tests turn off), and every project the key can see.
 */
const DEMO_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'readme',
  'files.hotExit': 'onExit',
  'atlasPrivateEndpoints.discoverProjects': true,
};

/** The demo once it is up. */
export interface DemoSession {
  readonly editor: 'desktop' | 'code-server';
  /** The workbench URL to open (code-server only). */
  readonly url?: string;
  /** The throwaway copy of demo/workspace open in the editor. */
  readonly workspace: string;
  readonly emulator: RunningEmulator;
  /**
   * Resolves when the editor ends by itself: `expected` when the desktop window was closed, not when code-server died
   * or the `code` command failed.
   */
  readonly ended: Promise<{ reason: string; expected: boolean }>;
}

export type Log = (line: string) => void;

/**
 * One demo run. `stop()` may be called at any time, also while `start()` is still installing or building: it ends
 * every process started so far, closes the emulator and removes the throwaway folder, and `start()` then rejects.
 */
export class Demo {
  private readonly groups = new ProcessGroups();
  private readonly releases: Array<() => unknown> = [];
  private stopping: Promise<void> | undefined;
  private dir: string | undefined;

  constructor(
    private readonly options: StartOptions,
    private readonly log: Log,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  async start(): Promise<DemoSession> {
    const { options, env } = this;
    const desktop = options.editor === 'code-server' ? undefined : findDesktopCode(env);
    if (options.editor === 'desktop' && !desktop) {
      throw new Error(
        'No desktop VS Code found: set VSCODE_PATH to its `code` command, or put `code` on PATH ' +
          '(in VS Code: "Shell Command: Install \'code\' command in PATH"). Or run `npm start -- --editor code-server`.',
      );
    }
    await ensurePortFree(options.port, '--port');
    await ensurePortFree(options.emulatorPort, '--emulator-port');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-demo-'));
    this.dir = dir;
    this.own(() => rmSync(dir, { recursive: true, force: true }));
    this.own(() => this.groups.stopAll());
    try {
      return await this.startIn(dir, desktop);
    } catch (error) {
      // A step that failed because stop() ended its process is reported as the stop it was.
      const stoppedMeanwhile = this.stopping !== undefined;
      if (!stoppedMeanwhile) this.log(this.logTails());
      await this.stop();
      throw stoppedMeanwhile ? new StoppedError() : error;
    }
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      while (this.releases.length > 0) {
        await Promise.resolve()
          .then(this.releases.pop())
          .catch((error: unknown) => this.log(`cleanup: ${error instanceof Error ? error.message : String(error)}`));
      }
    })();
    return this.stopping;
  }

  /** Synchronous last resort for `process.on('exit')`. */
  killNow(): void {
    this.groups.killAll();
  }

  /** The last lines of the logs the demo's processes wrote (the build, vsce, code-server, VS Code), for a failure. */
  logTails(): string {
    const dir = this.dir;
    if (!dir || !existsSync(dir)) return '';
    return readdirSync(dir)
      .filter((file) => file.endsWith('.log') && statSync(path.join(dir, file)).size > 0)
      .map((file) => fileSection(path.join(dir, file)))
      .join('\n');
  }

  private own(release: () => unknown): void {
    this.releases.push(release);
  }

  /** Between steps: give up when stop() was called meanwhile, so that nothing new starts after the cleanup. */
  private checkNotStopped(): void {
    if (this.stopping) throw new StoppedError();
  }

  private async startIn(dir: string, desktop: string | undefined): Promise<DemoSession> {
    const { options, log, env, groups } = this;
    const emulator = await startEmulator({ port: options.emulatorPort });
    this.own(() => emulator.close());
    this.checkNotStopped();
    log(`Atlas emulator (demo dataset: ${emulator.projects.map((project) => project.name).join(', ')}) at ${emulator.url}`);

    const workspace = path.join(dir, 'demo-workspace');
    cpSync(DEMO_WORKSPACE_SOURCE, workspace, { recursive: true });
    const atlasEnv = {
      MONGODB_ATLAS_PUBLIC_API_KEY: emulator.publicKey,
      MONGODB_ATLAS_PRIVATE_API_KEY: emulator.privateKey,
      MONGODB_ATLAS_BASE_URL: emulator.url,
      MONGODB_ATLAS_PROJECT_ID: SEED_PROJECT_ID,
    };

    if (desktop) {
      const dirs = {
        userDataDir: path.join(dir, 'user-data'),
        extensionsDir: path.join(dir, 'extensions'),
        workspace,
        logFile: path.join(dir, 'code.log'),
      };
      log('Building the extension (node scripts/build.mjs --production)...');
      await groups.run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--production'], path.join(dir, 'build.log'), {
        cwd: ROOT,
        timeoutMs: 120_000,
      });
      this.checkNotStopped();
      // Your own desktop VS Code keeps its workspace-trust default (it asks once about the demo folder): a setting
      // that is undefined is left out of settings.json.
      writeUserSettings(dirs.userDataDir, { ...DEMO_USER_SETTINGS, 'security.workspace.trust.enabled': undefined });
      mkdirSync(dirs.extensionsDir, { recursive: true });
      log(`Starting VS Code (${desktop}) with the extension under development...`);
      this.own(() => stopDesktopWindows(dirs.userDataDir));
      const child = launchDesktop(desktop, ROOT, dirs, desktopEnvironment(env, atlasEnv), groups);
      return { editor: 'desktop', workspace, emulator, ended: endedWhen(child, 'VS Code ended', true) };
    }

    const dirs = hostDirsIn(dir, { workspace });
    log(options.editor === 'auto' ? 'No desktop VS Code found (VSCODE_PATH, `code` on PATH): using code-server in a browser.' : 'Using code-server in a browser.');
    const vsix = path.join(dir, 'atlas-private-endpoints.vsix');
    const [install] = await Promise.all([
      withProgress(ensureCodeServer(options.cacheDir, groups, log), 'installing code-server', log),
      packageExtension(vsix, path.join(dir, 'vsce.log'), groups).then(() => log('Built and packaged the extension (.vsix).')),
    ]);
    this.checkNotStopped();
    writeUserSettings(dirs.userDataDir, DEMO_USER_SETTINGS);
    await installExtension(install, dirs, vsix, groups);
    this.checkNotStopped();
    const server = await startCodeServer(install, dirs, groups, atlasEnv, { port: options.port, interactive: true });
    this.checkNotStopped();
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
    if (options.open !== 'never') this.openBrowser(url, dir);
    return { editor: 'code-server', url, workspace, emulator, ended: endedWhen(server.process, 'code-server stopped', false) };
  }

  private openBrowser(url: string, dir: string): void {
    const { options, log, env, groups } = this;
    const found = findBrowser(env);
    if ('problem' in found) {
      const port = new URL(url).port;
      const message = `Not opening a browser: ${found.problem}. Open the URL below in a browser on this machine ` +
        `(over SSH, forward its port first: \`ssh -L ${port}:127.0.0.1:${port} <this host>\`).`;
      log(options.open === 'always' ? `WARNING (--open): ${message}` : message);
      return;
    }
    const { launcher } = found;
    const args = browserArguments(launcher, url, path.join(dir, 'browser-profile'), process.getuid?.() === 0);
    if (launcher.kind === 'system') {
      // The user's own browser, handed the URL: not the demo's to end (a browser that xdg-open starts may run in the
      // opener's process group, which ending would close the user's other windows too).
      const opener = spawn(launcher.command, args, { detached: true, stdio: 'ignore', env });
      opener.once('error', (error) => log(`Could not open a browser with ${launcher.command} (${error.message}); open the URL below yourself.`));
      opener.unref();
    } else {
      groups.spawn(launcher.command, args, path.join(dir, 'browser.log'), { env });
    }
    log(`Opening the demo in ${launcher.kind === 'system' ? 'your browser' : `Chromium (${launcher.command})`}...`);
  }
}

export class StoppedError extends Error {
  constructor() {
    super('The demo was stopped before it was ready.');
  }
}

function endedWhen(child: GroupProcess, what: string, expectedOnSuccess: boolean): Promise<{ reason: string; expected: boolean }> {
  return child.exited.then(
    (code) => ({ reason: `${what} (exit ${code})`, expected: expectedOnSuccess && code === 0 }),
    (error: Error) => ({ reason: `${what} (${error.message})`, expected: false }),
  );
}

/** A line every 15 s while a long first-run step (the code-server install) is under way. */
async function withProgress<T>(work: Promise<T>, what: string, log: Log): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => log(`...still ${what} (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
