// The launcher's command line: which phases, on which VS Code.
import { CURRENT_HOST, OLDEST_HOST, type HostFlavour } from './codeServerInstall';

export const PHASES = ['integration', 'e2e', 'restricted', 'cloud'] as const;
export type Phase = (typeof PHASES)[number];

const HOSTS: Readonly<Record<string, HostFlavour>> = { current: CURRENT_HOST, oldest: OLDEST_HOST };
const USAGE = 'usage: run.ts [--host current|oldest] [integration] [e2e] [restricted] [cloud]';

export interface RunArguments {
  readonly phases: Phase[];
  readonly host: HostFlavour;
}

export function parseRunArguments(args: string[]): RunArguments {
  let host = CURRENT_HOST;
  const rest = [...args];
  const flag = rest.indexOf('--host');
  if (flag >= 0) {
    const name = rest[flag + 1] ?? '';
    const chosen = HOSTS[name];
    if (!chosen) {
      throw new Error(`Unknown host "${name}"; ${USAGE}`);
    }
    host = chosen;
    rest.splice(flag, 2);
  }
  const unknown = rest.filter((arg) => !(PHASES as readonly string[]).includes(arg));
  if (unknown.length > 0) {
    throw new Error(`Unknown argument(s) ${unknown.join(' ')}; ${USAGE}`);
  }
  return { phases: rest.length === 0 ? [...PHASES] : (rest as Phase[]), host };
}

