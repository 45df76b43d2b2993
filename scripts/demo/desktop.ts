// A desktop VS Code for the demo: found through VSCODE_PATH or `code` on PATH, launched with the extension under
// development, a throwaway profile and the demo credentials in its environment.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { withoutAtlasCredentials, withoutNpmVariables } from '../vscode-host/environment';
import type { HostDirs } from '../vscode-host/codeServer';
import { signalGroup, type GroupProcess, type ProcessGroups } from '../vscode-host/processGroup';
import { findOnPath } from './findOnPath';

/** The desktop `code` to launch, or undefined when there is none; throws when VSCODE_PATH names a missing file. */
export function findDesktopCode(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  const configured = env.VSCODE_PATH?.trim();
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`VSCODE_PATH is set to ${configured}, which does not exist. Point it at VS Code's \`code\` command, or unset it to use code-server.`);
    }
    return configured;
  }
  // In a VS Code remote terminal (SSH, WSL, dev containers) `code` is the remote CLI, which opens files in the
  // connected window and cannot start a desktop VS Code from here.
  return findOnPath(platform === 'win32' ? ['code.cmd', 'code.exe'] : ['code'], env, (file) => !/[\\/](remote-cli|\.vscode-server)[\\/]/.test(file));
}

/** code-server's folders minus its throwaway HOME: the desktop VS Code runs in the user's own. */
export type DesktopDirs = Omit<HostDirs, 'home'>;

/**
 * The environment of the desktop VS Code: the caller's, without npm's variables, without the developer's own Atlas
 * credentials (the demo must never send the emulator's keys to a real Atlas URL such as MONGODB_ATLAS_OPS_MANAGER_URL,
 * nor show real keys), and without VS Code's own variables: from a VS Code terminal, VSCODE_IPC_HOOK_CLI would make
 * `code` open the folder in that running window instead of starting a new one, and ELECTRON_RUN_AS_NODE would start
 * Node instead of the editor.
 */
export function desktopEnvironment(env: NodeJS.ProcessEnv, atlasEnv: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(withoutAtlasCredentials(withoutNpmVariables(env))).filter(([key]) => !/^(VSCODE_|ELECTRON_)/i.test(key)));
  return { ...base, ...atlasEnv };
}

/**
 * `--wait` keeps the `code` command running until the window closes, so the demo ends with it. The workspace trust
 * default is kept: VS Code asks once whether to trust the demo folder (diagnostics work either way; the tree needs trust).
 */
export function desktopArguments(root: string, dirs: DesktopDirs): string[] {
  return [
    '--new-window',
    '--wait',
    `--extensionDevelopmentPath=${root}`,
    `--user-data-dir=${dirs.userDataDir}`,
    `--extensions-dir=${dirs.extensionsDir}`,
    dirs.workspace,
  ];
}

export function launchDesktop(code: string, root: string, dirs: DesktopDirs, env: NodeJS.ProcessEnv, groups: ProcessGroups): GroupProcess {
  return groups.spawn(code, desktopArguments(root, dirs), dirs.logFile, { env, shell: process.platform === 'win32' });
}

/**
 * Ends the VS Code window the demo started. The `code` command hands the window to a detached Electron process (its
 * own process group), which ending our group does not reach: find the groups whose command line carries our
 * throwaway user-data dir (a unique temporary path) and end them.
 */
export async function stopDesktopWindows(userDataDir: string, graceMs = 5000): Promise<void> {
  if (process.platform === 'win32') return;
  const marker = `--user-data-dir=${userDataDir}`;
  const groupsOf = () => {
    const processes = listProcesses();
    // Never our own group (the launcher's command line does not carry the marker, but be sure).
    const own = processes.find((entry) => entry.pid === process.pid)?.pgid;
    return new Set(processes.filter((entry) => entry.args.includes(marker) && entry.pgid !== own).map((entry) => entry.pgid));
  };
  const signal = (groups: Set<number>, name: NodeJS.Signals) => groups.forEach((pgid) => signalGroup(pgid, name));
  signal(groupsOf(), 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupsOf().size > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  signal(groupsOf(), 'SIGKILL');
}

interface ProcessEntry {
  pid: number;
  pgid: number;
  args: string;
}

function listProcesses(): ProcessEntry[] {
  let output: string;
  try {
    output = execFileSync('ps', ['-A', '-o', 'pid=,pgid=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return [];
  }
  return output.split('\n').flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return match ? [{ pid: Number(match[1]), pgid: Number(match[2]), args: match[3] }] : [];
  });
}
