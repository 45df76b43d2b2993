// Bench section "scan", part two: the command-line scanner as a whole process next to ripgrep on the same files in
// the same run, with Node's own start-up (`node -e 0`) timed alongside so that it can be subtracted. Runs interleave
// (one of each per round) so that a busy machine slows all of them alike.
//
// Two corpora of the same generated source: "typical", where 5% of the files mention the API (most code in the
// world mentions it nowhere), and "dense", where every file does (the scanner's worst case: every file is decoded and
// scanned). The CLI's own cost (walk, read, prefilter, threads) is measured apart from scanText's by a second build
// of the same CLI whose scanText returns nothing: the scanner's speed changes under other work, the CLI's does not.
// Last, the editor's workspace scan: its read path (stat, read, sniff, decode, scan; eight at a time) run in plain
// Node with and without the prefilter.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { languageIdForPath, scanText } from '../src/deprecation';
import { defaultThreads } from '../src/cli/pool';
import { hasCandidateWord } from '../src/deprecation/candidates';
import { CORPUS_BYTES, CORPUS_DIR, corpusFiles, generateCorpus, median, ripgrepOnce, ripgrepPath, time } from './scan';
import { printTable, type Cell } from './table';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'scan.js');
const TYPICAL_DIR = path.join(os.tmpdir(), 'atlas-scan-bench-typical');
const TYPICAL_API_SHARE = 0.05;
const STUB_DIR = path.join(os.tmpdir(), 'atlas-scan-bench-build');
const ROUNDS = 7;
const DENSE_ROUNDS = 3;
const WORKSPACE_ROUNDS = 5;
const TARGET_WHOLE = 0.2;
const TARGET_WITHOUT_STARTUP = 0.5;
const COLUMNS = ['what', 'wall ms', 'MB/s', 'x ripgrep', 'CPU ms', 'x ripgrep (CPU)', 'count'];

/** dist/scan.js as shipped, and the same CLI with a scanText that finds nothing (its own costs only). */
async function buildClis(): Promise<string> {
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(STUB_DIR, { recursive: true });
  const stub = path.join(STUB_DIR, 'scan-without-scantext.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'scan.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    outfile: stub,
    logLevel: 'warning',
    plugins: [
      {
        name: 'scanText-stub',
        setup(build) {
          // The CLI's imports of the scanner (scanFiles; fix, which the bench does not run).
          build.onResolve({ filter: /^\.\.\/deprecation$/ }, () => ({ path: 'stub', namespace: 'scanText-stub' }));
          build.onLoad({ filter: /.*/, namespace: 'scanText-stub' }, () => ({
            contents: `export { languageIdForPath } from ${JSON.stringify(path.join(ROOT, 'src', 'deprecation', 'languages'))};\nexport function scanText() { return []; }\nexport function scanTextSpans() { return []; }\n`,
            resolveDir: ROOT,
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return stub;
}

function seconds(action: () => void): number {
  return time(action)[1];
}

function runCli(script: string, directory: string, ...extra: string[]): number {
  const run = spawnSync(process.execPath, [script, '--format', 'json', ...extra, directory], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${path.basename(script)} exited ${run.status}: ${run.stderr}`);
  }
  return run.stdout.split('\n').filter(Boolean).length;
}

interface Contender {
  label: string;
  run: () => number;
}

/**
 * User + system CPU seconds of the finished child processes so far (Linux: /proc/self/stat, in clock ticks of
 * 1/100 s); NaN elsewhere. On a busy machine CPU time says more than the wall clock, which includes waiting for a core.
 */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of the file (cutime, cstime); the split starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

interface Timing {
  seconds: number;
  cpuSeconds: number;
  count: number;
}

/** Median wall and CPU seconds of each contender over `rounds` interleaved rounds, and its last count. */
function race(contenders: Contender[], rounds: number): Map<string, Timing> {
  const wall = new Map(contenders.map((contender) => [contender.label, [] as number[]]));
  const cpu = new Map(contenders.map((contender) => [contender.label, [] as number[]]));
  const counts = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    for (const contender of contenders) {
      const cpuBefore = childrenCpuSeconds();
      wall.get(contender.label)?.push(seconds(() => counts.set(contender.label, contender.run())));
      cpu.get(contender.label)?.push(childrenCpuSeconds() - cpuBefore);
    }
  }
  return new Map(
    contenders.map(({ label }) => [label, { seconds: median(wall.get(label) ?? []), cpuSeconds: median(cpu.get(label) ?? []), count: counts.get(label) ?? 0 }]),
  );
}

function megabytesOf(files: string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0) / (1024 * 1024);
}

function inMemoryFindings(files: string[]): number {
  return files.reduce((sum, file) => sum + scanText(readFileSync(file, 'utf8'), languageIdForPath(file)).length, 0);
}

interface Measured {
  files: string[];
  megabytes: number;
  threads: number;
  /** Median seconds and last count by label. */
  get: (label: string) => Timing;
  startup: Timing;
  /** A table row: label, ms, MB/s, x ripgrep, CPU ms, x ripgrep by CPU, count; `minusStartup` subtracts `node -e 0`. */
  row: (label: string, timing: Timing, count: string, minusStartup?: boolean) => Cell[];
  ratio: (seconds: number) => number;
}

/** ripgrep, `node -e 0` and the given CLI runs over `directory`, interleaved. */
function measure(rgPath: string, directory: string, rounds: number, clis: Contender[]): Measured {
  const files = corpusFiles(directory);
  const megabytes = megabytesOf(files);
  const threads = os.availableParallelism();
  const results = race(
    [{ label: 'node -e 0', run: () => (spawnSync(process.execPath, ['-e', '0']), 0) }, { label: 'rg', run: () => ripgrepOnce(rgPath, threads, directory) }, ...clis],
    rounds,
  );
  const get = (label: string) => results.get(label) ?? { seconds: NaN, cpuSeconds: NaN, count: 0 };
  const rg = get('rg');
  const startup = get('node -e 0');
  const ratio = (seconds: number) => rg.seconds / seconds;
  const row = (label: string, timing: Timing, count: string, minusStartup = false): Cell[] => {
    const wall = timing.seconds - (minusStartup ? startup.seconds : 0);
    const cpu = timing.cpuSeconds - (minusStartup ? startup.cpuSeconds : 0);
    return [label, wall * 1000, megabytes / wall, ratio(wall), cpu * 1000, rg.cpuSeconds / cpu, count];
  };
  return { files, megabytes, threads, get, startup, row, ratio };
}

function cliSection(rg: string, stub: string): void {
  const { files, megabytes, threads, get, startup, row, ratio } = measure(rg, TYPICAL_DIR, ROUNDS, [
    { label: 'cli', run: () => runCli(CLI, TYPICAL_DIR) },
    { label: 'stub', run: () => runCli(stub, TYPICAL_DIR) },
    { label: 'cli1', run: () => runCli(CLI, TYPICAL_DIR, '--threads', '1') },
    { label: 'cli2', run: () => runCli(CLI, TYPICAL_DIR, '--threads', '2') },
  ]);
  const expected = inMemoryFindings(files);
  printTable(
    `CLI vs ripgrep on the typical corpus: ${files.length} files, ${megabytes.toFixed(1)} MB (${TYPICAL_DIR}), ` +
      `${TYPICAL_API_SHARE * 100}% of files mention the API; median of ${ROUNDS} interleaved rounds; ${threads} cores, load average ${os.loadavg()[0].toFixed(1)}. ` +
      `Targets: >= ${TARGET_WHOLE}x ripgrep whole, >= ${TARGET_WITHOUT_STARTUP}x minus Node start-up.`,
    COLUMNS,
    [
      row(`ripgrep -j${threads} (baseline)`, get('rg'), `${get('rg').count} matches`),
      row('node -e 0 (Node start-up)', startup, ''),
      row(`CLI dist/scan.js, whole process (default: ${defaultThreads()} thread(s) now)`, get('cli'), `${get('cli').count} findings (in memory: ${expected})`),
      row('CLI dist/scan.js, minus Node start-up', get('cli'), '', true),
      row('CLI --threads 1, whole process', get('cli1'), `${get('cli1').count} findings`),
      row('CLI --threads 1, minus Node start-up', get('cli1'), '', true),
      row('CLI --threads 2, whole process', get('cli2'), `${get('cli2').count} findings`),
      row('CLI --threads 2, minus Node start-up', get('cli2'), '', true),
      row('CLI, scanText stubbed (walk, read, prefilter, threads), whole', get('stub'), ''),
      row('CLI, scanText stubbed, minus Node start-up', get('stub'), '', true),
    ],
  );
  const whole = ratio(get('cli').seconds);
  const withoutStartup = ratio(get('cli').seconds - startup.seconds);
  console.log(
    `CLI: ${whole.toFixed(2)}x ripgrep whole (target ${TARGET_WHOLE}: ${whole >= TARGET_WHOLE ? 'met' : 'NOT met'}), ` +
      `${withoutStartup.toFixed(2)}x minus Node start-up (target ${TARGET_WITHOUT_STARTUP}: ${withoutStartup >= TARGET_WITHOUT_STARTUP ? 'met' : 'NOT met'}); ` +
      `its own costs without scanText: ${ratio(get('stub').seconds - startup.seconds).toFixed(2)}x minus start-up.`,
  );
}

function denseSection(rg: string, stub: string): void {
  const { files, megabytes, threads, get, startup, row } = measure(rg, CORPUS_DIR, DENSE_ROUNDS, [
    { label: 'cli', run: () => runCli(CLI, CORPUS_DIR) },
    { label: 'stub', run: () => runCli(stub, CORPUS_DIR) },
  ]);
  printTable(
    `CLI vs ripgrep on the dense corpus (worst case: every file mentions the API, so every file is decoded and scanned): ` +
      `${files.length} files, ${megabytes.toFixed(1)} MB; median of ${DENSE_ROUNDS} interleaved rounds.`,
    COLUMNS,
    [
      row(`ripgrep -j${threads} (baseline)`, get('rg'), `${get('rg').count} matches`),
      row('node -e 0 (Node start-up)', startup, ''),
      row('CLI dist/scan.js, whole process', get('cli'), `${get('cli').count} findings`),
      row('CLI dist/scan.js, minus Node start-up', get('cli'), '', true),
      row('CLI, scanText stubbed, minus Node start-up', get('stub'), '', true),
    ],
  );
}

/** The editor's workspace scan read path (src/diagnostics/workspaceScan.ts) in plain Node, eight files at a time. */
async function workspaceScanPath(files: string[], prefilter: boolean): Promise<number> {
  const decoder = new TextDecoder('utf-8');
  let next = 0;
  let findings = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      await stat(file);
      const bytes = await readFile(file);
      if (bytes.subarray(0, 8192).includes(0) || (prefilter && !hasCandidateWord(bytes))) {
        continue;
      }
      findings += scanText(decoder.decode(bytes), languageIdForPath(file)).length;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return findings;
}

async function workspaceScanSection(): Promise<void> {
  const files = corpusFiles(TYPICAL_DIR);
  const megabytes = megabytesOf(files);
  const wall = { before: [] as number[], after: [] as number[] };
  const cpu = { before: [] as number[], after: [] as number[] };
  const counts = { before: 0, after: 0 };
  for (let round = 0; round < WORKSPACE_ROUNDS; round++) {
    for (const key of ['before', 'after'] as const) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      counts[key] = await workspaceScanPath(files, key === 'after');
      const used = process.cpuUsage(cpuBefore);
      wall[key].push((performance.now() - started) / 1000);
      cpu[key].push((used.user + used.system) / 1e6);
    }
  }
  const row = (label: string, key: 'before' | 'after'): Cell[] => [
    label,
    median(wall[key]) * 1000,
    megabytes / median(wall[key]),
    median(cpu[key]) * 1000,
    median(cpu.before) / median(cpu[key]),
    counts[key],
  ];
  printTable(
    `Editor workspace scan, read path only (stat, read, sniff, decode, scanText; 8 at a time; plain Node, no VS Code), typical corpus, ${megabytes.toFixed(1)} MB; median of ${WORKSPACE_ROUNDS}.`,
    ['what', 'wall ms', 'MB/s', 'CPU ms', 'x without prefilter (CPU)', 'findings'],
    [row('without the prefilter (baseline)', 'before'), row('with the prefilter (hasCandidateWord before decoding)', 'after')],
  );
}

export async function runCliBench(): Promise<void> {
  const rg = await ripgrepPath();
  generateCorpus(TYPICAL_DIR, CORPUS_BYTES, TYPICAL_API_SHARE);
  generateCorpus(CORPUS_DIR, CORPUS_BYTES, 1);
  const stub = await buildClis();
  cliSection(rg, stub);
  denseSection(rg, stub);
  await workspaceScanSection();
}
