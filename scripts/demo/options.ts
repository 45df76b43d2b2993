// The command line of `npm start` (scripts/start.ts), parsed into what startDemo() needs.
import path from 'node:path';
import { parseArgs } from 'node:util';

/** Which VS Code shows the demo. `auto`: a desktop VS Code when one is found (VSCODE_PATH or `code` on PATH), else code-server. */
export type EditorChoice = 'auto' | 'desktop' | 'code-server';

/** Opening the code-server URL in a browser. `auto`: when a display and a browser are there; `always`: say so loudly when not. */
export type OpenChoice = 'auto' | 'always' | 'never';

export interface StartOptions {
  readonly editor: EditorChoice;
  readonly open: OpenChoice;
  /** code-server's port (the URL you open); 0 = a free one. */
  readonly port: number;
  /** The Atlas emulator's port; 0 = a free one. */
  readonly emulatorPort: number;
  /** Where code-server and Node 24 are cached. */
  readonly cacheDir: string;
  readonly help: boolean;
}

export const MINIMUM_NODE_MAJOR = 20;

export function usage(): string {
  return `Usage: npm start [-- options]

Builds the extension, starts the Atlas emulator with its demo dataset and opens VS Code on a copy of demo/workspace,
signed in to the emulator through the MONGODB_ATLAS_* environment variables. Runs until Ctrl-C.

Options:
  --editor auto|desktop|code-server  auto (default): desktop VS Code when VSCODE_PATH is set or \`code\` is on PATH,
                                     otherwise code-server in a browser (installed into .vscode-test/ on first use)
  --open / --no-open                 open the code-server URL in a browser (default: when a display and a browser exist)
  --port N                           code-server's port (default: a free one)
  --emulator-port N                  the Atlas emulator's port (default: a free one)
  --cache-dir DIR                    code-server cache (default: .vscode-test in the repository)
  -h, --help                         this text`;
}

function port(value: string | undefined, name: string): number {
  if (value === undefined) return 0;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > 65_535) throw new Error(`--${name} needs a port number from 0 to 65535, not ${JSON.stringify(value)}`);
  return parsed;
}

export function parseStartArgs(args: readonly string[], root: string): StartOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      editor: { type: 'string' },
      open: { type: 'boolean' },
      'no-open': { type: 'boolean' },
      port: { type: 'string' },
      'emulator-port': { type: 'string' },
      'cache-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const editor = values.editor ?? 'auto';
  if (editor !== 'auto' && editor !== 'desktop' && editor !== 'code-server') {
    throw new Error(`--editor is auto, desktop or code-server, not ${JSON.stringify(editor)}`);
  }
  if (values.open && values['no-open']) throw new Error('--open and --no-open contradict each other');
  const options: StartOptions = {
    editor,
    open: values.open ? 'always' : values['no-open'] ? 'never' : 'auto',
    port: port(values.port, 'port'),
    emulatorPort: port(values['emulator-port'], 'emulator-port'),
    cacheDir: path.resolve(values['cache-dir'] ?? path.join(root, '.vscode-test')),
    help: values.help ?? false,
  };
  if (options.editor === 'desktop' && (options.port !== 0 || options.open !== 'auto')) {
    throw new Error('--port, --open and --no-open apply to code-server; the desktop VS Code opens its own window');
  }
  return options;
}

/** A message naming what to install when this Node is too old for the demo, else undefined. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major >= MINIMUM_NODE_MAJOR) return undefined;
  return `npm start needs Node ${MINIMUM_NODE_MAJOR} or newer; this is Node ${version}. Install a current LTS from https://nodejs.org (or \`nvm install --lts\`) and run \`npm install && npm start\` again.`;
}
