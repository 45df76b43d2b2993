// Bundles the integration suites (and the test-runner extension) with esbuild, for both launchers.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RUNNER_NAME, RUNNER_PUBLISHER, RUNNER_VERSION } from './runner/api';

export const ROOT = path.resolve(__dirname, '..', '..');
const INTEGRATION_DIR = path.join(ROOT, 'test', 'integration');

const COMMON: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  // Same reasoning as scripts/build.mjs: the extension host has a global fetch.
  external: ['vscode', 'node-fetch'],
  logLevel: 'silent',
};

/** Every `test/integration/**\/*.test.ts`, relative to test/integration, sorted for a stable order. */
export function integrationSuites(): string[] {
  return readdirSync(INTEGRATION_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * Writes `index.js` (the mocha index, with mocha inside) and one `<suite>.test.js` per suite into `outDir`.
 * The index finds the suites next to itself, so a new suite file needs no registration.
 */
export async function bundleIntegrationSuites(outDir: string, suites = integrationSuites()): Promise<void> {
  if (suites.length === 0) {
    throw new Error(`No integration suites found under ${INTEGRATION_DIR}`);
  }
  await Promise.all([
    esbuild.build({ ...COMMON, entryPoints: [path.join(INTEGRATION_DIR, 'index.ts')], outfile: path.join(outDir, 'index.js') }),
    esbuild.build({
      ...COMMON,
      entryPoints: suites.map((suite) => ({ in: path.join(INTEGRATION_DIR, suite), out: suite.replace(/\.ts$/, '') })),
      outdir: outDir,
    }),
  ]);
}

/** Writes the test-runner extension (runner/extension.ts) as an unpacked extension folder at `dir`. */
export async function buildRunnerExtension(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: RUNNER_NAME,
    publisher: RUNNER_PUBLISHER,
    displayName: 'Atlas test runner',
    version: RUNNER_VERSION,
    // The extension's own range: the runner must load wherever the extension under test does.
    engines: { vscode: (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { vscode: string } }).engines.vscode },
    main: './extension.js',
    activationEvents: ['onStartupFinished'],
  };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  await esbuild.build({ ...COMMON, sourcemap: false, entryPoints: [path.join(__dirname, 'runner', 'extension.ts')], outfile: path.join(dir, 'extension.js') });
}
