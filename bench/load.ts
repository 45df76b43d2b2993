// Bench section "load" (issue 7): the tree model over the real client, against the emulator in its own process with
// 20 ms latency per request.
// 1. A project with 10,000 connections at 500 per page, by Load more (one page after another) and by Load all (the
//    remaining pages concurrently, within maxConcurrentRequests), rendered after every page as the view does: time,
//    speed-up, the longest synchronous block of tree work, event-loop delay, heap. Then the loaded project shown again
//    (expand, filters, FAILED first), each one synchronous block, against building every row afresh (the old way).
// 2. 200 projects in one profile (205 with the emulator's own), discovered and all expanded at once, with
//    maxConcurrentRequests 1 (the baseline, measured in the same run), 4 (the default) and 16: time, ratio to the
//    baseline, the most requests the emulator saw in flight, event-loop delay, heap.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AtlasClient } from '../src/atlas';
import { ConnectionsModel } from '../src/tree/connectionsModel';
import { projectChildren } from '../src/tree/children';
import { describeNode, tooltipOf } from '../src/tree/nodeLook';
import type { ProjectLoader } from '../src/tree/projectLoader';
import type { RowView } from '../src/tree/projectRows';
import { HUGE_PROJECT_CONNECTIONS, HUGE_PROJECT_ID, emulatorControl } from '../test/emulator';
import { englishL10n } from '../test/unit/tree/helpers';
import { startEmulatorProcess, type EmulatorProcess } from './emulatorProcess';
import { exposeGc } from './gc';
import { printTable, type Cell } from './table';

const LATENCY_MS = 20;
const EXTRA_PROJECTS = 200;
const PAGE_SIZE = 500;
const MB = 1024 * 1024;

function heapBytes(gc: () => void): number {
  gc();
  return process.memoryUsage().heapUsed;
}

function modelFor(emulator: EmulatorProcess, maxConcurrentRequests: number): ConnectionsModel {
  const { url, publicKey, privateKey } = emulator.info;
  const client = new AtlasClient({ baseUrl: url, publicKey, privateKey, maxConcurrentRequests });
  return new ConnectionsModel({
    source: client,
    pinned: [],
    settings: { pageSize: PAGE_SIZE, apiMode: 'auto', discover: true },
    loadAllConcurrency: maxConcurrentRequests,
    onDidChange: () => undefined,
  });
}

/** Runs `work` while sampling the event loop: the longest and the 99th-percentile delay, in ms. */
async function withLoopDelay<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; maxDelayMs: number; p99DelayMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  histogram.disable();
  return { result, seconds, maxDelayMs: histogram.max / 1e6, p99DelayMs: histogram.percentile(99) / 1e6 };
}

/** A synchronous block's duration: wall ms, and CPU ms of this process (which a machine busy with other work does not inflate). */
interface Block {
  wallMs: number;
  cpuMs: number;
}

function timed(work: () => void): Block {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function longer(a: Block, b: Block): Block {
  return { wallMs: Math.max(a.wallMs, b.wallMs), cpuMs: Math.max(a.cpuMs, b.cpuMs) };
}

/**
 * What the view does when a project's children are shown: its children, and the look of every row (VS Code asks for
 * every row's TreeItem). Rows are the loader's reused ones: only rows never seen before cost a look.
 */
function render(loader: ProjectLoader, view: RowView = {}): Block {
  return timed(() => {
    for (const node of projectChildren(HUGE_PROJECT_ID, loader.state(), englishL10n, loader.rows, view)) {
      if (node.kind === 'connection' || node.kind === 'endpointService') {
        if (!loader.rows.look(node)) throw new Error('a row without its look');
      } else {
        describeNode(node, englishL10n);
      }
    }
  });
}

interface HugeRun {
  label: string;
  requests: number;
  seconds: number;
  /** The longest synchronous block of tree work (a page's rows built as it arrives, then the render). */
  longest: Block;
  maxDelayMs: number;
  p99DelayMs: number;
  retainedMb?: number;
}

/** Loads the 10,000-connection project with Load more clicks, or with Load all; renders after every change, as the view does. */
async function hugeLoad(emulator: EmulatorProcess, gc: () => void, how: 'loadMore' | 'loadAll', limit: number, shape: 'array' | 'paginated'): Promise<HugeRun> {
  await emulator.reset();
  await emulatorControl(emulator.info.url, 'POST', 'settings', { shape });
  const before = heapBytes(gc);
  let longest: Block = { wallMs: 0, cpuMs: 0 };
  const { url, publicKey, privateKey } = emulator.info;
  const model = new ConnectionsModel({
    source: new AtlasClient({ baseUrl: url, publicKey, privateKey, maxConcurrentRequests: limit }),
    pinned: [],
    settings: { pageSize: PAGE_SIZE, apiMode: 'auto', discover: true },
    loadAllConcurrency: limit,
    // Every state change renders the project again, as the tree adapter does (a page's rows are built as it arrives).
    onDidChange: () => {
      const shown = model.existingLoader(HUGE_PROJECT_ID);
      if (shown) longest = longer(longest, render(shown));
    },
  });
  const loader = model.loader(HUGE_PROJECT_ID);
  const rows = loader.rows;
  // The rows of each page are built when the page is absorbed, inside the loader's state change: time that too.
  const sync = rows.syncConnections.bind(rows);
  rows.syncConnections = (connections) => {
    longest = longer(longest, timed(() => sync(connections)));
  };
  const load = await withLoopDelay(async () => {
    await loader.load();
    if (how === 'loadAll') {
      await loader.loadAll();
      return;
    }
    for (let state = loader.state(); state.kind === 'connections' && state.hasMore; state = loader.state()) await loader.loadMore();
  });
  const state = loader.state();
  if (state.kind !== 'connections' || state.connections.length !== HUGE_PROJECT_CONNECTIONS) throw new Error(`the 10,000-connection project did not load: ${state.kind}`);
  const retained = heapBytes(gc) - before;
  const counters = await emulator.counters();
  const what = how === 'loadAll' ? `Load all, ${limit} at once` : 'Load more, one page after another';
  return { label: `${what} (${shape === 'paginated' ? 'totalCount known' : 'bare arrays'})`, requests: counters.total, seconds: load.seconds, longest, maxDelayMs: load.maxDelayMs, p99DelayMs: load.p99DelayMs, retainedMb: retained / MB };
}

/** Expanding the loaded project again and filtering it: each a synchronous block, measured alone. */
async function hugeViews(emulator: EmulatorProcess): Promise<Cell[][]> {
  await emulator.reset();
  await emulatorControl(emulator.info.url, 'POST', 'settings', { shape: 'paginated' });
  const model = modelFor(emulator, 4);
  const loader = model.loader(HUGE_PROJECT_ID);
  await loader.load();
  await loader.loadAll();
  const state = loader.state();
  // Before this change: every node and its look (with its tooltip) built afresh, in one block, on every render.
  const fromScratch = timed(() => {
    for (const node of projectChildren(HUGE_PROJECT_ID, state, englishL10n)) {
      describeNode(node, englishL10n);
      tooltipOf(node, englishL10n);
    }
  });
  const rows: Cell[][] = [[`render all ${HUGE_PROJECT_CONNECTIONS.toLocaleString('en-US')} rows built afresh, with tooltips (the old way)`, fromScratch.wallMs, fromScratch.cpuMs]];
  const views: Array<[string, RowView]> = [
    ['expand: render all rows (reused)', {}],
    ['filter FAILED', { statuses: new Set(['FAILED']) }],
    ['filter INITIATING + WAITING_FOR_USER + DELETING', { statuses: new Set(['INITIATING', 'WAITING_FOR_USER', 'DELETING']) }],
    ['FAILED first', { failedFirst: true }],
    ['clear the filter', {}],
  ];
  for (const [label, view] of views) {
    const block = render(loader, view);
    rows.push([label, block.wallMs, block.cpuMs]);
  }
  return rows;
}

interface ProjectsRun {
  limit: number;
  projects: number;
  requests: number;
  inFlightMax: number;
  seconds: number;
  maxDelayMs: number;
  retainedMb: number;
}

async function allProjects(emulator: EmulatorProcess, gc: () => void, limit: number): Promise<ProjectsRun> {
  await emulator.reset();
  const before = heapBytes(gc);
  const model = modelFor(emulator, limit);
  const run = await withLoopDelay(async () => {
    await model.loadRoot();
    const projects = model.rootState().projects;
    await Promise.all(projects.map((project) => model.loader(project.id).load()));
    await model.whenIdle();
    return projects;
  });
  const failed = run.result.filter((project) => model.loader(project.id).state().kind === 'failed');
  if (failed.length > 0) throw new Error(`${failed.length} projects failed to load`);
  const retainedMb = (heapBytes(gc) - before) / MB;
  const counters = await emulator.counters();
  if (counters.inFlightMax > limit) throw new Error(`${counters.inFlightMax} requests in flight with maxConcurrentRequests ${limit}`);
  return { limit, projects: run.result.length, requests: counters.total, inFlightMax: counters.inFlightMax, seconds: run.seconds, maxDelayMs: run.maxDelayMs, retainedMb };
}

export async function runLoadBench(): Promise<void> {
  const gc = exposeGc();
  const emulator = await startEmulatorProcess(['--huge', '--extra-projects', String(EXTRA_PROJECTS), '--latency-ms', String(LATENCY_MS)]);
  try {
    await allProjects(emulator, gc, 4); // warm-up: JIT here and in the emulator
    await hugeLoad(emulator, gc, 'loadAll', 4, 'paginated');
    const huge: HugeRun[] = [
      await hugeLoad(emulator, gc, 'loadMore', 4, 'paginated'),
      await hugeLoad(emulator, gc, 'loadAll', 4, 'paginated'),
      await hugeLoad(emulator, gc, 'loadAll', 16, 'paginated'),
      await hugeLoad(emulator, gc, 'loadMore', 4, 'array'),
      await hugeLoad(emulator, gc, 'loadAll', 4, 'array'),
    ];
    const baseline = huge[0];
    printTable(
      `load: the ${HUGE_PROJECT_CONNECTIONS.toLocaleString('en-US')}-connection project at ${PAGE_SIZE} per page, ${LATENCY_MS} ms emulated latency per request, rendered after every page; baseline = Load more (totalCount known), same run`,
      ['how', 'HTTP requests', 'wall s', 'x faster than baseline', 'longest tree block ms (wall)', '(CPU)', 'event loop max ms', 'p99 ms', 'heap retained MB'],
      huge.map((run) => [run.label, run.requests, run.seconds, baseline.seconds / run.seconds, run.longest.wallMs, run.longest.cpuMs, run.maxDelayMs, run.p99DelayMs, run.retainedMb ?? 0]),
    );
    printTable(
      `load: the loaded ${HUGE_PROJECT_CONNECTIONS.toLocaleString('en-US')}-connection project shown again (each one synchronous block; target: none over 16 ms)`,
      ['step', 'block ms (wall)', '(CPU)'],
      await hugeViews(emulator),
    );
    await emulatorControl(emulator.info.url, 'POST', 'settings', { shape: 'array' });
    const runs: ProjectsRun[] = [];
    for (const limit of [1, 4, 16]) runs.push(await allProjects(emulator, gc, limit));
    const projectsBaseline = runs[0];
    printTable(
      `load: ${projectsBaseline.projects} projects discovered and all expanded at once, ${LATENCY_MS} ms emulated latency; baseline = maxConcurrentRequests 1, same run`,
      ['maxConcurrentRequests', 'projects', 'HTTP requests', 'most in flight', 'wall s', 'x faster than baseline', 'event loop max ms', 'heap retained MB'],
      runs.map((run) => [run.limit, run.projects, run.requests, run.inFlightMax, run.seconds, projectsBaseline.seconds / run.seconds, run.maxDelayMs, run.retainedMb]),
    );
  } finally {
    await emulator.stop();
  }
}
