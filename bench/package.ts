// Bench section "package": what users download and what VS Code loads. Packages the extension exactly as
// `npm run package` does (vsce, whose prepublish step builds the minified bundle), then reports the sizes against the
// targets (bundle < 150 KB minified, .vsix < 250 KB), what the .vsix holds, vsce's warnings, and the cost of loading
// the bundle: `require('dist/extension.js')` with a stub `vscode` module, in fresh child processes, next to a
// baseline `require` of an empty module measured the same way in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ProcessGroups } from '../scripts/vscode-host/processGroup';
import { packageExtension } from '../scripts/vscode-host/vsix';
import { printTable } from './table';

const ROOT = path.resolve(__dirname, '..');
const KB = 1024;
const BUNDLE_TARGET_KB = 150;
const VSIX_TARGET_KB = 250;
const REQUIRE_RUNS = 15;

/** Files a .vsix must never carry: sources, tests, source maps, screenshots, dependencies, the test cache. */
const FORBIDDEN = /(^|\/)(src|test|scripts|bench|node_modules|\.vscode-test|demo)\/|\.map$|\.ts$|media\/screenshots\//;

export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
}

/** The entries of a zip file, read from its central directory (a .vsix is a zip). */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file: no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry at ${offset}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The names `vscode` exports (namespaces, classes, enums, functions), read from @types/vscode. */
function vscodeApiNames(): string[] {
  const types = readFileSync(path.join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  return [...new Set([...types.matchAll(/^\s{1,4}export (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((match) => match[1]))];
}

/**
 * Loads the module named by argv[2] once in a fresh Node process and prints how many milliseconds `require` took.
 * `vscode` is a stub exporting every API name; any property, call or construction on it gives the stub again, which
 * is all the bundle's module-level code needs (e.g. `CodeActionKind.SourceFixAll.append(...)`).
 */
function measureScript(names: string[]): string {
  return `
const Module = require('node:module');
const stub = new Proxy(function vscode() {}, {
  get: (target, key) => (key === 'prototype' ? {} : stub),
  apply: () => stub,
  construct: () => ({}),
});
const api = Object.fromEntries(${JSON.stringify(names)}.map((name) => [name, stub]));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };
const target = process.argv[2];
const started = process.hrtime.bigint();
const loaded = require(target);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
if (target.endsWith('extension.js') && typeof loaded.activate !== 'function') throw new Error('the bundle exports no activate()');
process.stdout.write(String(ms));
`;
}

function medianRequireMs(scriptFile: string, target: string): number {
  const times: number[] = [];
  for (let run = 0; run < REQUIRE_RUNS; run++) {
    const result = spawnSync(process.execPath, [scriptFile, target], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`loading ${target} failed:\n${result.stderr}`);
    times.push(Number(result.stdout));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function kb(bytes: number): number {
  return Math.round((bytes / KB) * 10) / 10;
}

function verdict(bytes: number, targetKb: number): string {
  return bytes < targetKb * KB ? `ok (< ${targetKb} KB)` : `OVER (target < ${targetKb} KB)`;
}

export async function runPackageBench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-package-bench-'));
  const groups = new ProcessGroups();
  try {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    const vsix = path.join(dir, `${manifest.name}-${manifest.version}.vsix`);
    const log = path.join(dir, 'vsce.log');
    await packageExtension(vsix, log, groups);
    const warnings = readFileSync(log, 'utf8').split('\n').filter((line) => /\bWARNING\b/i.test(line));

    const bundle = readFileSync(path.join(ROOT, 'dist', 'extension.js'));
    const scanner = readFileSync(path.join(ROOT, 'dist', 'scan.js'));
    const vsixBytes = statSync(vsix).size;
    printTable('Sizes (KB = 1024 bytes; targets from issue 6)', ['artifact', 'KB', 'gzip KB', 'target'], [
      ['dist/extension.js (minified bundle)', kb(bundle.length), kb(gzipSync(bundle).length), verdict(bundle.length, BUNDLE_TARGET_KB)],
      ['dist/scan.js (command-line scanner)', kb(scanner.length), kb(gzipSync(scanner).length), '-'],
      [path.basename(vsix), kb(vsixBytes), '-', verdict(vsixBytes, VSIX_TARGET_KB)],
    ]);

    const entries = zipEntries(readFileSync(vsix)).filter((entry) => !entry.name.endsWith('/'));
    printTable(`What the .vsix holds (${entries.length} files)`, ['file', 'KB', 'compressed KB'], entries.map((entry) => [entry.name, kb(entry.size), kb(entry.compressedSize)]));
    const forbidden = entries.filter((entry) => FORBIDDEN.test(entry.name)).map((entry) => entry.name);
    console.log(`\nvsce warnings: ${warnings.length === 0 ? 'none' : `\n${warnings.join('\n')}`}`);
    console.log(`Files that must not ship (sources, tests, maps, screenshots, node_modules): ${forbidden.length === 0 ? 'none' : forbidden.join(', ')}`);

    const scriptFile = path.join(dir, 'measure-require.cjs');
    const emptyModule = path.join(dir, 'empty.cjs');
    writeFileSync(scriptFile, measureScript(vscodeApiNames()));
    writeFileSync(emptyModule, '');
    const baseline = medianRequireMs(scriptFile, emptyModule);
    const extension = medianRequireMs(scriptFile, path.join(ROOT, 'dist', 'extension.js'));
    printTable(`Loading cost: require() in a fresh Node ${process.version} process, vscode stubbed (median of ${REQUIRE_RUNS})`, ['module', 'ms', 'x baseline'], [
      ['empty module (baseline)', baseline, 1],
      ['dist/extension.js', extension, extension / baseline],
    ]);
    console.log('(activation is onStartupFinished, so this load never delays the editor\'s startup)');
    if (forbidden.length > 0 || warnings.length > 0 || bundle.length >= BUNDLE_TARGET_KB * KB || vsixBytes >= VSIX_TARGET_KB * KB) {
      process.exitCode = 1;
    }
  } finally {
    await groups.stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
