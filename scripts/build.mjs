// Bundles the extension (and the command-line scanner) with esbuild.
// Shape from microsoft/vscode-extension-samples esbuild-sample.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
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
  // digest-fetch imports pure-JS hash libraries (~30 KB minified); node:crypto computes the same digests.
  alias: {
    md5: './scripts/crypto-shims/md5.cjs',
    'js-sha256': './scripts/crypto-shims/js-sha256.cjs',
    'js-sha512': './scripts/crypto-shims/js-sha512.cjs',
    'base-64': './scripts/crypto-shims/base-64.cjs',
  },
  logLevel: 'warning',
  metafile: true,
  define: {
    'process.env.NODE_ENV': production ? '"production"' : '"development"',
    // The User-Agent's version (src/atlas/client.ts).
    __EXTENSION_VERSION__: JSON.stringify(version),
  },
});

if (watch) {
  await context.watch();
  console.log('[watch] build started');
} else {
  await context.rebuild();
  await context.dispose();
}
