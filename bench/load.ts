// Bench section "load" (issue 7): the tree model over the real client, against the emulator in its own process with
// 20 ms latency per request.
// 1. A project with 10,000 connections at 500 per page, by Load more (one page after another) and by Load all (the
//    remaining pages concurrently, within maxConcurrentRequests), rendered after every page as the view does: time,
//    speed-up, the longest whole turn of the event loop during the first load and during the rest (the HTTP client's
//    work and the tree's), event-loop delay, heap. Then the loaded project shown again (expand, filters, FAILED first),
//    each one synchronous block, against building every row afresh (the old way).
// 2. 200 projects in one profile (205 with the emulator's own), discovered and all expanded at once, with
//    maxConcurrentRequests 1 (the baseline, measured in the same run), 4 (the default) and 16: time, ratio to the
//    baseline, the most requests the emulator saw in flight, the longest whole turn, event-loop delay, heap.
// 3. A page near the 20 MB response cap: JSON.parse in one block against the client's sliced parse.
// Every turn and block is judged against one frame (16 ms) by the CPU time of the event loop's own thread (see
// threadCpu.ts); the process's CPU (V8's helper threads included) and the wall time are shown beside it.
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import { AtlasClient } from '../src/atlas';
import { parseJson } from '../src/atlas/parse';
import { ConnectionsModel } from '../src/tree/connectionsModel';
import { projectChildren } from '../src/tree/children';
import { describeNode, tooltipOf } from '../src/tree/nodeLook';
import type { ProjectLoader } from '../src/tree/projectLoader';
import type { RowView } from '../src/tree/projectRows';
import { HUGE_PROJECT_CONNECTIONS, HUGE_PROJECT_ID, emulatorControl } from '../test/emulator';
import { englishL10n } from '../test/unit/tree/helpers';
import { startEmulatorProcess, type EmulatorProcess } from './emulatorProcess';
import { exposeGc } from './gc';
import { machineLoad, printTable, type Cell } from './table';
import { threadCpuClock } from './threadCpu';

const LATENCY_MS = 20;
const EXTRA_PROJECTS = 200;
const PAGE_SIZE = 500;
const MB = 1024 * 1024;
/** One frame: no block of the extension host may take longer. */
const FRAME_MS = 16;

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

const threadCpu = threadCpuClock();
const THREAD_CPU = threadCpu.threadOnly ? 'CPU of the event loop thread' : 'CPU of the process (no per-thread clock here)';

/**
 * A synchronous block's or a turn's duration: CPU ms of the event loop's thread (what blocks the extension host, and
 * what a machine busy with other work does not inflate), CPU ms of the whole process, and wall ms.
 */
interface Block {
  cpuMs: number;
  processCpuMs: number;
  wallMs: number;
}

const NO_BLOCK: Block = { cpuMs: 0, processCpuMs: 0, wallMs: 0 };

/** A running measure: `stop()` gives what was used since it started. */
function measure(): () => Block {
  const thread = threadCpu.now();
  const cpu = process.cpuUsage();
  const started = performance.now();
  return () => {
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return { cpuMs: threadCpu.now() - thread, processCpuMs: (used.user + used.system) / 1000, wallMs };
  };
}

function timed(work: () => void): Block {
  const stop = measure();
  work();
  return stop();
}

function longer(a: Block, b: Block): Block {
  return b.cpuMs > a.cpuMs ? b : a;
}

function blockCells(block: Block): Cell[] {
  return [block.cpuMs, block.processCpuMs, block.wallMs];
}

function verdict(...blocks: Block[]): string {
  return blocks.every((block) => block.cpuMs <= FRAME_MS) ? 'pass' : 'FAIL';
}

/**
 * The longest turn of the event loop in a phase (all of it), the longest among the turns no garbage collection fell in,
 * and the most the tree's own work took in one turn.
 */
interface Turns {
  all: Block;
  withoutGc: Block;
  tree: Block;
}

/**
 * Watches the turns of the event loop: a timer ticks once per turn (or after 1 ms idle), and each interval between
 * ticks is charged the CPU used in it (one turn's callbacks: HTTP requests sent and responses read and parsed, slices of
 * setImmediate work, the render, their microtasks, a garbage collection that falls in it; at most 1 ms idle): an upper
 * bound on the longest block. The tree's work (`charge`) is summed per interval too, so that the tree's share of a turn
 * is told apart from the HTTP client's.
 */
function turnMonitor(): { charge(block: Block): void; stop(): Turns } {
  const turns: Array<{ start: number; end: number; block: Block }> = [];
  const collections: Array<{ start: number; end: number }> = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  let tree = NO_BLOCK;
  let treeNow = NO_BLOCK;
  let started = performance.now();
  let turn = measure();
  let timer: NodeJS.Timeout;
  const tick = () => {
    const block = turn();
    const end = performance.now();
    turns.push({ start: started, end, block });
    tree = longer(tree, treeNow);
    treeNow = NO_BLOCK;
    started = end;
    turn = measure();
    timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  return {
    charge(block) {
      treeNow = { cpuMs: treeNow.cpuMs + block.cpuMs, processCpuMs: treeNow.processCpuMs + block.processCpuMs, wallMs: treeNow.wallMs + block.wallMs };
    },
    stop() {
      clearTimeout(timer);
      tick();
      clearTimeout(timer);
      // Collections not yet delivered to the callback (Node has takeRecords; its typings here do not say so).
      const pending = (gcObserver as unknown as { takeRecords?: () => PerformanceEntry[] }).takeRecords?.() ?? [];
      for (const entry of pending) collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      gcObserver.disconnect();
      const collected = (t: { start: number; end: number }) => collections.some((gc) => gc.end >= t.start && gc.start <= t.end);
      return {
        all: turns.reduce((most, t) => longer(most, t.block), NO_BLOCK),
        withoutGc: turns.filter((t) => !collected(t)).reduce((most, t) => longer(most, t.block), NO_BLOCK),
        tree,
      };
    },
  };
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
  /** The longest turn of the event loop while the first page loads (the project is expanded). */
  first: Turns;
  /** The longest turn while the remaining pages load (Load more clicks, or Load all). */
  rest: Turns;
  maxDelayMs: number;
  p99DelayMs: number;
  retainedMb?: number;
}

/** Loads the 10,000-connection project with Load more clicks, or with Load all; renders after every change, as the view does. */
async function hugeLoad(emulator: EmulatorProcess, gc: () => void, how: 'loadMore' | 'loadAll', limit: number, shape: 'array' | 'paginated'): Promise<HugeRun> {
  await emulator.reset();
  await emulatorControl(emulator.info.url, 'POST', 'settings', { shape });
  const before = heapBytes(gc);
  const { url, publicKey, privateKey } = emulator.info;
  let renderScheduled = false;
  const model = new ConnectionsModel({
    source: new AtlasClient({ baseUrl: url, publicKey, privateKey, maxConcurrentRequests: limit }),
    pinned: [],
    settings: { pageSize: PAGE_SIZE, apiMode: 'auto', discover: true },
    loadAllConcurrency: limit,
    // Every state change renders the project again in a later turn, as VS Code asks for the children after the
    // change event (several changes in one turn, one render).
    onDidChange: () => {
      if (renderScheduled) return;
      renderScheduled = true;
      setTimeout(() => {
        renderScheduled = false;
        const shown = model.existingLoader(HUGE_PROJECT_ID);
        if (shown) monitor?.charge(render(shown));
      }, 0);
    },
  });
  const loader = model.loader(HUGE_PROJECT_ID);
  // Each slice of a page's rows, timed as tree work.
  const rows = loader.rows;
  const build = rows.buildConnections.bind(rows);
  rows.buildConnections = (...args) => {
    let more = false;
    monitor?.charge(timed(() => (more = build(...args))));
    return more;
  };
  let monitor: ReturnType<typeof turnMonitor> | undefined;
  const phase = async (work: () => Promise<void>): Promise<Turns> => {
    monitor = turnMonitor();
    await work();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the last render
    return monitor.stop();
  };
  let first: Turns | undefined;
  let rest: Turns | undefined;
  const load = await withLoopDelay(async () => {
    first = await phase(() => loader.load());
    rest = await phase(async () => {
      if (how === 'loadAll') {
        await loader.loadAll();
        return;
      }
      for (let state = loader.state(); state.kind === 'connections' && state.hasMore; state = loader.state()) await loader.loadMore();
    });
  });
  if (!first || !rest) throw new Error('unreachable');
  const state = loader.state();
  if (state.kind !== 'connections' || state.connections.length !== HUGE_PROJECT_CONNECTIONS) throw new Error(`the 10,000-connection project did not load: ${state.kind}`);
  const retained = heapBytes(gc) - before;
  const counters = await emulator.counters();
  const what = how === 'loadAll' ? `Load all, ${limit} at once` : 'Load more, one page after another';
  return { label: `${what} (${shape === 'paginated' ? 'totalCount known' : 'bare arrays'})`, requests: counters.total, seconds: load.seconds, first, rest, maxDelayMs: load.maxDelayMs, p99DelayMs: load.p99DelayMs, retainedMb: retained / MB };
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
  const rows: Cell[][] = [[`render all ${HUGE_PROJECT_CONNECTIONS.toLocaleString('en-US')} rows built afresh, with tooltips (the old way)`, ...blockCells(fromScratch), verdict(fromScratch)]];
  const views: Array<[string, RowView]> = [
    ['expand: render all rows (reused)', {}],
    ['filter FAILED', { statuses: new Set(['FAILED']) }],
    ['filter INITIATING + WAITING_FOR_USER + DELETING', { statuses: new Set(['INITIATING', 'WAITING_FOR_USER', 'DELETING']) }],
    ['sort: FAILED first', { failedFirst: true }],
    ['sort: FAILED first, filter FAILED + DELETING', { failedFirst: true, statuses: new Set(['FAILED', 'DELETING']) }],
    ['clear the filter', {}],
  ];
  for (const [label, view] of views) {
    const block = render(loader, view);
    rows.push([label, ...blockCells(block), verdict(block)]);
  }
  return rows;
}

interface ProjectsRun {
  limit: number;
  projects: number;
  requests: number;
  inFlightMax: number;
  seconds: number;
  /** The longest turn of the event loop from discovery until every project shows its first page. */
  turn: Block;
  maxDelayMs: number;
  retainedMb: number;
}

async function allProjects(emulator: EmulatorProcess, gc: () => void, limit: number): Promise<ProjectsRun> {
  await emulator.reset();
  const before = heapBytes(gc);
  const model = modelFor(emulator, limit);
  const monitor = turnMonitor();
  const run = await withLoopDelay(async () => {
    await model.loadRoot();
    const projects = model.rootState().projects;
    await Promise.all(projects.map((project) => model.loader(project.id).load()));
    await model.whenIdle();
    return projects;
  });
  const turn = monitor.stop().all;
  const failed = run.result.filter((project) => model.loader(project.id).state().kind === 'failed');
  if (failed.length > 0) throw new Error(`${failed.length} projects failed to load`);
  const retainedMb = (heapBytes(gc) - before) / MB;
  const counters = await emulator.counters();
  if (counters.inFlightMax > limit) throw new Error(`${counters.inFlightMax} requests in flight with maxConcurrentRequests ${limit}`);
  return { limit, projects: run.result.length, requests: counters.total, inFlightMax: counters.inFlightMax, seconds: run.seconds, turn, maxDelayMs: run.maxDelayMs, retainedMb };
}

/** The response cap's size, nearly: a hostile page (a real one of 500 connections is about 100 KB). */
const BIG_BODY_MB = 19;

/** A list body of about `megabytes` MB, in the shape Atlas sends. */
function bigBody(megabytes: number): string {
  const item = (k: number) => ({
    id: k.toString(16).padStart(24, '0'),
    endpointServiceName: `com.amazonaws.vpce.us-east-1.vpce-svc-${k.toString(16).padStart(17, '0')}`,
    errorMessage: k % 7 === 0 ? 'The VPC endpoint could not be found in the customer account.' : null,
    interfaceEndpoints: [`vpce-${k.toString(16).padStart(17, '0')}`],
    status: k % 7 === 0 ? 'FAILED' : 'AVAILABLE',
  });
  const averageChars = Array.from({ length: 7 }, (_, k) => JSON.stringify(item(k)).length + 1).reduce((sum, chars) => sum + chars, 0) / 7;
  const count = Math.round((megabytes * MB) / averageChars);
  return JSON.stringify({ links: [], results: Array.from({ length: count }, (_, k) => item(k)), totalCount: count });
}

/** A page near the response cap, parsed by JSON.parse in one block (the baseline) and by the client, in slices. */
async function bigBodySection(gc: () => void): Promise<void> {
  const text = bigBody(BIG_BODY_MB);
  JSON.parse(text); // warm-up
  await parseJson(text, 200);
  gc();
  const whole = timed(() => JSON.parse(text));
  gc();
  const monitor = turnMonitor();
  const started = performance.now();
  await parseJson(text, 200);
  const seconds = (performance.now() - started) / 1000;
  const turns = monitor.stop();
  printTable(
    `load: a ${(text.length / MB).toFixed(1)} MB page (near the 20 MB response cap), parsed; ms ${THREAD_CPU}, then the process's CPU and the wall time; target: no turn over ${FRAME_MS} ms CPU`,
    ['how', 'longest block / turn ms', '(process)', '(wall)', 'no GC in it', 'total wall ms', `<= ${FRAME_MS} ms`],
    [
      ['JSON.parse, one block (baseline)', ...blockCells(whole), whole.cpuMs, whole.wallMs, verdict(whole)],
      ['the client (src/atlas/slicedJson.ts: slices between turns)', ...blockCells(turns.all), turns.withoutGc.cpuMs, seconds * 1000, verdict(turns.all)],
    ],
  );
}

export async function runLoadBench(): Promise<void> {
  const gc = exposeGc();
  const emulator = await startEmulatorProcess(['--huge', '--extra-projects', String(EXTRA_PROJECTS), '--latency-ms', String(LATENCY_MS)]);
  console.log(`\nload: ${machineLoad()} at the start`);
  try {
    await bigBodySection(gc);
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
      ['how', 'HTTP requests', 'wall s', 'x faster than baseline', 'heap retained MB'],
      huge.map((run) => [run.label, run.requests, run.seconds, baseline.seconds / run.seconds, run.retainedMb ?? 0]),
    );
    printTable(
      `load: the longest whole turn of the event loop in each phase of the runs above (HTTP requests sent, responses read and parsed, pages absorbed, a slice of rows, the render, a garbage collection that falls in it), ms ${THREAD_CPU}, then the process's CPU and the wall time of that turn; "no GC in it": the longest among the turns no garbage collection fell in; "tree" is the most the tree's own work took in one turn; target: every whole turn <= ${FRAME_MS} ms CPU`,
      ['how', 'first load: turn', '(process)', '(wall)', 'no GC in it', 'tree', 'Load more / Load all: turn', '(process)', '(wall)', 'no GC in it', 'tree', `turn <= ${FRAME_MS} ms`, 'event loop max ms', 'p99 ms'],
      huge.map((run) => [
        run.label,
        ...blockCells(run.first.all),
        run.first.withoutGc.cpuMs,
        run.first.tree.cpuMs,
        ...blockCells(run.rest.all),
        run.rest.withoutGc.cpuMs,
        run.rest.tree.cpuMs,
        verdict(run.first.all, run.rest.all),
        run.maxDelayMs,
        run.p99DelayMs,
      ]),
    );
    printTable(
      `load: the loaded ${HUGE_PROJECT_CONNECTIONS.toLocaleString('en-US')}-connection project shown again (each one synchronous block, ms ${THREAD_CPU}, then the process's CPU and the wall time; target: none over ${FRAME_MS} ms CPU)`,
      ['step', 'block ms CPU', '(process)', '(wall)', `<= ${FRAME_MS} ms CPU`],
      await hugeViews(emulator),
    );
    await emulatorControl(emulator.info.url, 'POST', 'settings', { shape: 'array' });
    const runs: ProjectsRun[] = [];
    for (const limit of [1, 4, 16]) runs.push(await allProjects(emulator, gc, limit));
    const projectsBaseline = runs[0];
    printTable(
      `load: ${projectsBaseline.projects} projects discovered and all expanded at once, ${LATENCY_MS} ms emulated latency; baseline = maxConcurrentRequests 1, same run`,
      ['maxConcurrentRequests', 'projects', 'HTTP requests', 'most in flight', 'wall s', 'x faster than baseline', 'longest turn ms CPU', '(process)', '(wall)', `turn <= ${FRAME_MS} ms`, 'event loop max ms', 'heap retained MB'],
      runs.map((run) => [run.limit, run.projects, run.requests, run.inFlightMax, run.seconds, projectsBaseline.seconds / run.seconds, ...blockCells(run.turn), verdict(run.turn), run.maxDelayMs, run.retainedMb]),
    );
    console.log(`\nload: ${machineLoad()} at the end`);
  } finally {
    await emulator.stop();
  }
}
