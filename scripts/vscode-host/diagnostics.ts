// What the launcher prints when something fails: the tails of the server, extension-host and browser logs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const TAIL_LINES = 60;

export function tail(text: string, lines = TAIL_LINES): string {
  return text.split('\n').slice(-lines).join('\n');
}

/** The extension-host and server logs VS Code wrote under `<userDataDir>/logs/`. */
export function hostLogFiles(userDataDir: string): string[] {
  const logsDir = path.join(userDataDir, 'logs');
  if (!existsSync(logsDir)) {
    return [];
  }
  return readdirSync(logsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(exthost|remoteagent|server).*\.log$/i.test(file))
    .map((file) => path.join(logsDir, file))
    .filter((file) => statSync(file).isFile())
    .sort();
}

export function logSection(title: string, text: string): string {
  const body = text.trim() === '' ? '(empty)' : tail(text);
  return `\n----- ${title} (last ${TAIL_LINES} lines) -----\n${body}\n----- end of ${title} -----`;
}

export function fileSection(file: string): string {
  return logSection(file, existsSync(file) ? readFileSync(file, 'utf8') : '(missing)');
}
