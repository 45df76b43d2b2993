// Bundles the extension (and the command-line scanner) with esbuild.
// Shape from microsoft/vscode-extension-samples esbuild-sample.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'src/extension.ts', out: 'extension' },
  { in: 'src/cli/scan.ts', out: 'scan' },
].filter((entry) => existsSync(entry.in));

const context = await esbuild.context({
  entryPoints: entries,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  // digest-fetch falls back to import('node-fetch') only without a global fetch; Node 20 and the extension host have one.
  external: ['vscode', 'node-fetch'],
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
});

if (watch) {
  await context.watch();
  console.log('[watch] build started');
} else {
  await context.rebuild();
  await context.dispose();
}
