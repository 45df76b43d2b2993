// Child processes that run in their own process group, so that ending them also ends every helper they started
// (code-server forks a server, a file watcher, extension hosts and language servers).
import { spawn, type SpawnOptions } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface GroupProcess {
  readonly pid: number;
  /** Resolves with the exit code (or the signal name) of the group leader. */
  readonly exited: Promise<number | string>;
  /** Ends the whole process group: SIGTERM, then SIGKILL after `graceMs`. Safe to call more than once. */
  stop(graceMs?: number): Promise<void>;
  /** Synchronous last resort for `process.on('exit')`. */
  killNow(): void;
}

/** Starts `command` as the leader of a new process group, appending its stdout and stderr to `logFile`. */
export function spawnGroup(command: string, args: string[], logFile: string, options: SpawnOptions = {}): GroupProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  // A log that cannot be written (its folder removed by a failed install) must not end the launcher.
  log.on('error', () => undefined);
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  exited.catch(() => undefined);
  // 'close' comes after 'exit', once every member of the group has let go of the output pipes.
  const outputClosed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`Could not start ${command}`);
  }
  let stopping: Promise<void> | undefined;
  return {
    pid,
    exited,
    stop(graceMs = 3000) {
      stopping ??= (async () => {
        signalGroup(pid, 'SIGTERM');
        const deadline = Date.now() + graceMs;
        while (groupAlive(pid) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        if (groupAlive(pid)) {
          signalGroup(pid, 'SIGKILL');
        }
        await Promise.race([outputClosed, new Promise((resolve) => setTimeout(resolve, 1000))]);
        await new Promise<void>((resolve) => log.end(resolve));
      })();
      return stopping;
    },
    killNow() {
      signalGroup(pid, 'SIGKILL');
    },
  };
}

/**
 * The process groups one launcher run started, so that every one of them ends with the run: on success, on failure,
 * on a timeout and on a signal (`stopAll`), or synchronously from a `process.on('exit')` handler (`killAll`).
 */
export class ProcessGroups {
  private readonly live = new Set<GroupProcess>();

  spawn(command: string, args: string[], logFile: string, options: SpawnOptions = {}): GroupProcess {
    const child = spawnGroup(command, args, logFile, options);
    this.live.add(child);
    return child;
  }

  /** Runs a command to completion; rejects on a non-zero exit or after `timeoutMs`, and always ends its group. */
  async run(command: string, args: string[], logFile: string, options: SpawnOptions & { timeoutMs: number }): Promise<void> {
    const child = this.spawn(command, args, logFile, options);
    const timer = setTimeout(() => void child.stop(), options.timeoutMs);
    try {
      const result = await child.exited;
      if (result !== 0) {
        throw new Error(`${command} ${args.join(' ')} ended with ${result}; see ${logFile}`);
      }
    } finally {
      clearTimeout(timer);
      await child.stop();
      this.live.delete(child);
    }
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.live].map((child) => child.stop()));
    this.live.clear();
  }

  killAll(): void {
    this.live.forEach((child) => child.killNow());
  }
}

export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
