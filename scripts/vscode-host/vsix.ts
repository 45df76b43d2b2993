// Packages the extension as users get it: `vsce package --no-dependencies`, whose vscode:prepublish step runs
// `node scripts/build.mjs --production`. Testing the .vsix also tests .vscodeignore and the manifest.
import path from 'node:path';
import { ROOT } from './bundle';
import type { ProcessGroups } from './processGroup';

export async function packageExtension(outFile: string, logFile: string, groups: ProcessGroups): Promise<string> {
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  await groups.run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', outFile], logFile, {
    cwd: ROOT,
    timeoutMs: 180_000,
  });
  return outFile;
}
