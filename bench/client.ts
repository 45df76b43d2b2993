// Bench section "client": our Atlas client against the seed's method (one `curl --digest` process per page,
// sequentially), both measured in this run against the emulator with 20 ms latency per request. Then memory
// for the load cases of issue 7: a 10,000-connection project at 500 per page, and 200 projects.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AtlasClient, createPrivateEndpointPager, createProjectPager } from '../src/atlas';
import { HUGE_PROJECT_ID, LARGE_PROJECT_CONNECTIONS, hexId } from '../test/emulator';
import { startEmulatorProcess, type EmulatorProcess } from './emulatorProcess';
import { exposeGc } from './gc';
import { machineLoad, printTable, type Cell } from './table';

const run = promisify(execFile);
const PROJECTS = 20;
const LATENCY_MS = 20;
const CONCURRENCY = 4;

interface Measured {
  label: string;
  itemsPerPage: number;
  pages: number;
  requests: number;
  seconds: number;
  connections: number;
}

function benchProjects(): string[] {
  // The emulator's extra projects (see dataset.ts), each generated with LARGE_PROJECT_CONNECTIONS connections here.
  return Array.from({ length: PROJECTS }, (_, index) => hexId(`extra-project:${index}`));
}

/**
 * Collects the garbage earlier runs left in this process (the warm-up's 24,680 connections, the last run's pages) before
 * a timed run starts, so that no run pays for another's: before each run of either method alike.
 */
let gc: (() => void) | undefined;
function collectGarbage(): void {
  gc ??= exposeGc();
  gc();
}

async function ourClient(emulator: EmulatorProcess, itemsPerPage: number): Promise<Measured> {
  await emulator.reset();
  const { url, publicKey, privateKey } = emulator.info;
  let pages = 0;
  const client = new AtlasClient({ baseUrl: url, publicKey, privateKey, maxConcurrentRequests: CONCURRENCY, onRequest: (entry) => void (entry.status === 200 && (pages += 1)) });
  collectGarbage();
  const started = performance.now();
  const pagers = benchProjects().map((id) => createPrivateEndpointPager(client, id, itemsPerPage));
  await Promise.all(pagers.map((pager) => pager.loadAll()));
  const seconds = (performance.now() - started) / 1000;
  const counters = await emulator.counters();
  return { label: `this client (${CONCURRENCY} concurrent)`, itemsPerPage, pages, requests: counters.total, seconds, connections: pagers.reduce((sum, pager) => sum + pager.items.length, 0) };
}

async function curlPage(url: string, user: string): Promise<unknown[]> {
  try {
    const { stdout } = await run('curl', ['--silent', '--fail', '--user', user, '--digest', '--header', 'Accept: application/json', '--request', 'GET', url], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as unknown[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('curl is not installed: the benchmark baseline needs it (apt-get install curl).');
    throw new Error(`curl failed with exit code ${String((error as NodeJS.ErrnoException).code)}`);
  }
}

/** The seed's method: `curl --digest … ?pretty=true`, one process per page, one page after another. */
async function curlBaseline(emulator: EmulatorProcess, itemsPerPage: number): Promise<Measured> {
  await emulator.reset();
  const { url, publicKey, privateKey } = emulator.info;
  const user = `${publicKey}:${privateKey}`;
  let pages = 0;
  let connections = 0;
  collectGarbage();
  const started = performance.now();
  for (const id of benchProjects()) {
    for (let pageNum = 1; ; pageNum += 1) {
      const items = await curlPage(`${url}/api/atlas/v1.0/groups/${id}/privateEndpoint?pageNum=${pageNum}&itemsPerPage=${itemsPerPage}&pretty=true`, user);
      pages += 1;
      connections += items.length;
      if (items.length < itemsPerPage) break;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const counters = await emulator.counters();
  return { label: 'seed method: curl --digest per page, sequential', itemsPerPage, pages, requests: counters.total, seconds, connections };
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function memory(): Promise<Cell[][]> {
  const gc = exposeGc();
  const emulator = await startEmulatorProcess(['--huge', '--extra-projects', '200']);
  try {
    const { url, publicKey, privateKey } = emulator.info;
    const rows: Cell[][] = [];
    const kept: unknown[] = []; // what each load holds stays reachable until every figure is taken
    const measure = async (label: string, load: (client: AtlasClient, sample: () => void) => Promise<{ items: number; pages: number; keep: unknown }>) => {
      gc();
      const before = heapMb();
      let peak = before;
      const sample = () => {
        peak = Math.max(peak, heapMb());
      };
      const client = new AtlasClient({ baseUrl: url, publicKey, privateKey, onRequest: sample });
      const result = await load(client, sample);
      sample();
      gc();
      const retained = heapMb() - before;
      kept.push(result.keep);
      rows.push([label, result.items, result.pages, Number(retained.toFixed(1)), Number((peak - before).toFixed(1))]);
    };
    await measure('10,000-connection project, 500 per page', async (client) => {
      const pager = createPrivateEndpointPager(client, HUGE_PROJECT_ID, 500);
      await pager.loadAll();
      return { items: pager.items.length, pages: pager.pages.length, keep: pager };
    });
    await measure('GET /groups: all projects (4 + 1 + 200 extra), 100 per page', async (client) => {
      const pager = createProjectPager(client, 100);
      await pager.loadAll();
      return { items: pager.items.length, pages: pager.pages.length, keep: pager };
    });
    kept.length = 0;
    return rows;
  } finally {
    await emulator.stop();
  }
}

export async function runClientBench(): Promise<void> {
  const emulator = await startEmulatorProcess(['--latency-ms', String(LATENCY_MS), '--extra-projects', String(PROJECTS), '--extra-connections', String(LARGE_PROJECT_CONNECTIONS)]);
  const results: Measured[] = [];
  const loadBefore = machineLoad();
  try {
    // Warm both paths (JIT in this process and in the emulator) so neither pays for it in the timed runs.
    await ourClient(emulator, 500);
    await curlPage(`${emulator.info.url}/api/atlas/v1.0/groups/${benchProjects()[0]}/privateEndpoint?pretty=true`, `${emulator.info.publicKey}:${emulator.info.privateKey}`);
    for (const itemsPerPage of [500, 100]) {
      results.push(await ourClient(emulator, itemsPerPage));
      results.push(await curlBaseline(emulator, itemsPerPage));
    }
  } finally {
    await emulator.stop();
  }
  const expected = PROJECTS * LARGE_PROJECT_CONNECTIONS;
  for (const result of results) {
    if (result.connections !== expected) throw new Error(`${result.label} loaded ${result.connections} connections, expected ${expected}`);
  }
  const baselineFor = (itemsPerPage: number) => results.find((result) => result.itemsPerPage === itemsPerPage && result.label.startsWith('seed'));
  printTable(
    `client: page all connections of ${PROJECTS} projects x ${LARGE_PROJECT_CONNECTIONS.toLocaleString('en-US')} at ${LATENCY_MS} ms emulated latency per request (${loadBefore} before, ${machineLoad()} after)`,
    ['method', 'per page', 'pages', 'HTTP requests', 'requests/page', 'wall s', 'x faster than baseline'],
    results.map((result) => {
      const baseline = baselineFor(result.itemsPerPage);
      return [result.label, result.itemsPerPage, result.pages, result.requests, result.requests / result.pages, result.seconds, baseline ? baseline.seconds / result.seconds : 0];
    }),
  );
  printTable('client: heap (MB) in this process; the emulator runs in its own', ['load', 'items', 'pages', 'retained MB', 'peak MB'], await memory());
}
