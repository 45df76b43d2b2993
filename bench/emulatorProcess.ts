// Runs the Atlas emulator in its own process, so that its work and memory do not count against what is measured.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { countersOf, emulatorControl, type EmulatorCounters, type EmulatorInfo } from '../test/emulator';

export interface EmulatorProcess {
  info: EmulatorInfo;
  counters(): Promise<EmulatorCounters>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEmulatorProcess(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/cli.ts', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const [first] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => [undefined])])) as [string | undefined];
  lines.close();
  if (first === undefined) throw new Error('the emulator exited before printing its first line');
  const info = JSON.parse(first) as EmulatorInfo;
  return {
    info,
    counters: () => countersOf(info.url),
    reset: async () => {
      await emulatorControl(info.url, 'POST', 'reset');
    },
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
