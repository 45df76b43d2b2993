// The first executable of these names on PATH (that `accept` accepts), as a shell would find it.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export function findOnPath(names: readonly string[], env: NodeJS.ProcessEnv, accept: (file: string) => boolean = () => true): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (!accept(candidate)) continue;
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
