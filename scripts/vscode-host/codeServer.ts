// code-server (installed by codeServerInstall.ts), started on a free loopback port with throwaway folders.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { failWithLog } from './cache';
import type { CodeServerInstall } from './codeServerInstall';
import { withoutAtlasCredentials, withoutNpmVariables } from './environment';
import type { GroupProcess, ProcessGroups } from './processGroup';
import { waitFor } from './waitFor';

export interface HostDirs {
  /** Throwaway HOME (and XDG folders) so that nothing from the developer's own profile leaks in or out. */
  readonly home: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly workspace: string;
  readonly logFile: string;
}

/** The folders of one code-server under `dir`, created; `overrides` put some elsewhere (e.g. a shared extensions dir). */
export function hostDirsIn(dir: string, overrides: Partial<HostDirs> = {}): HostDirs {
  const dirs: HostDirs = {
    home: path.join(dir, 'home'),
    userDataDir: path.join(dir, 'user-data'),
    extensionsDir: path.join(dir, 'extensions'),
    workspace: path.join(dir, 'workspace'),
    logFile: path.join(dir, 'code-server.log'),
    ...overrides,
  };
  [dirs.home, dirs.userDataDir, dirs.extensionsDir, dirs.workspace].forEach((folder) => mkdirSync(folder, { recursive: true }));
  return dirs;
}

function serverArgs(install: CodeServerInstall, dirs: HostDirs): string[] {
  return [
    install.entry,
    '--config', path.join(dirs.home, 'code-server.yaml'),
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
  ];
}

function serverEnv(dirs: HostDirs, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...withoutAtlasCredentials(withoutNpmVariables(process.env)),
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    ...extra,
  };
}

/** Installs a .vsix into the throwaway extensions folder with code-server's CLI. */
export async function installExtension(install: CodeServerInstall, dirs: HostDirs, vsix: string, groups: ProcessGroups): Promise<void> {
  writeFileSync(path.join(dirs.home, 'code-server.yaml'), '');
  await groups.run(install.node, [...serverArgs(install, dirs), '--install-extension', vsix, '--force'], dirs.logFile, {
    env: serverEnv(dirs, {}),
    timeoutMs: 120_000,
  }).catch((error: unknown) => failWithLog(error, dirs.logFile));
}

export interface RunningCodeServer {
  readonly url: string;
  readonly process: GroupProcess;
}

export interface CodeServerOptions {
  /** Loopback port; 0 (the default) lets the kernel choose a free one. */
  readonly port?: number;
  /**
   * A person's session (`npm start`) rather than a test run: no idle shutdown and VS Code's default reconnection
   * grace time, so a browser opened late or a laptop waking from sleep finds the server and its extension host.
   */
  readonly interactive?: boolean;
  /**
   * Keep VS Code's workspace trust on (no `--disable-workspace-trust`): folders open in Restricted Mode until trusted.
   * Used by the Restricted Mode phase; off (the default) everywhere else.
   */
  readonly workspaceTrust?: boolean;
}

/**
 * Starts code-server on 127.0.0.1 with a port chosen by the kernel (no race with other runs) unless `options.port`
 * names one, no auth, no telemetry, no update check and no workspace-trust prompt. `env` reaches the extension host
 * unchanged.
 */
export async function startCodeServer(
  install: CodeServerInstall,
  dirs: HostDirs,
  groups: ProcessGroups,
  env: Record<string, string>,
  { port: requestedPort = 0, interactive = false, workspaceTrust = false }: CodeServerOptions = {},
): Promise<RunningCodeServer> {
  writeFileSync(path.join(dirs.home, 'code-server.yaml'), '');
  const child = groups.spawn(
    install.node,
    [
      ...serverArgs(install, dirs),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${requestedPort}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      ...(interactive || install.flavour.withoutIdleShutdown
        ? []
        : [
          // Extension hosts of closed pages end soon instead of after the default 3 hours.
          '--reconnection-grace-time', '5',
          // Safety net if this launcher is killed with SIGKILL and cannot end the group itself.
          '--idle-timeout-seconds', '120',
        ]),
      dirs.workspace,
    ],
    dirs.logFile,
    { env: serverEnv(dirs, env) },
  );
  let exitedWith: number | string | undefined;
  void child.exited.then((code) => (exitedWith = code), (error: Error) => (exitedWith = error.message));
  try {
    const port = await waitFor(
      'code-server to listen',
      () => {
        if (exitedWith !== undefined) {
          throw new Error(`code-server exited (${exitedWith}) before listening; see ${dirs.logFile}`);
        }
        const text = existsSync(dirs.logFile) ? readFileSync(dirs.logFile, 'utf8') : '';
        return /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(text)?.[1];
      },
      60_000,
    );
    return { url: `http://127.0.0.1:${port}`, process: child };
  } catch (error) {
    await child.stop();
    throw error;
  }
}
