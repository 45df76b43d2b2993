// `npm start [-- options]`: the demo (scripts/demo/demo.ts) until Ctrl-C. `npm start -- --help` lists the options.
import os from 'node:os';
import { Demo, StoppedError, type DemoSession } from './demo/demo';
import { nodeVersionProblem, parseStartArgs, usage, type StartOptions } from './demo/options';
import { ROOT } from './vscode-host/bundle';

const STARTED = Date.now();

function say(line: string): void {
  console.log(`[demo +${Math.round((Date.now() - STARTED) / 1000)}s] ${line}`);
}

function fail(message: string): never {
  console.error(`[demo] ${message}`);
  process.exit(1);
}

function readyMessage(demo: DemoSession): string {
  const seconds = ((Date.now() - STARTED) / 1000).toFixed(1);
  const lines = [
    '',
    `Atlas Private Endpoints demo is ready (${seconds} s).`,
    demo.url ? `  Open:      ${demo.url}` : '  VS Code:   a new window with the extension under development',
    `  Workspace: ${demo.workspace}  (a copy of demo/workspace: quick fixes do not change the repository)`,
    `  Emulator:  ${demo.emulator.url}  (demo keys reach the extension as MONGODB_ATLAS_* variables)`,
    '  In the editor: the Atlas icon in the activity bar shows the projects; open a sample file to see the diagnostics.',
    '',
    demo.editor === 'desktop' ? 'Close the VS Code window or press Ctrl-C to stop.' : 'Press Ctrl-C to stop.',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const nodeProblem = nodeVersionProblem(process.version);
  if (nodeProblem) fail(nodeProblem);
  let options: StartOptions;
  try {
    options = parseStartArgs(process.argv.slice(2), ROOT);
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage()}`);
  }
  if (options.help) {
    console.log(usage());
    return;
  }

  const demo = new Demo(options, say);
  let finishing = false;
  const finish = async (reason: string, exitCode: number) => {
    if (finishing) return;
    finishing = true;
    say(`Stopping (${reason})...`);
    await demo.stop();
    say('Stopped: every process the demo started has ended and its temporary folder is removed.');
    process.exit(exitCode);
  };
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by npm/tsx), and a second
  // signal without a listener would end the process in the middle of its cleanup.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void finish(signal, signal === 'SIGINT' ? 0 : 128 + os.constants.signals[signal]));
  }
  process.on('exit', () => demo.killNow());

  let session: DemoSession;
  try {
    session = await demo.start();
  } catch (error) {
    if (error instanceof StoppedError) return; // finish() is under way and exits
    fail(`Could not start the demo: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(readyMessage(session));
  const { reason, expected } = await session.ended;
  if (!expected && !finishing) console.error(demo.logTails());
  await finish(reason, expected ? 0 : 1);
}

void main();
