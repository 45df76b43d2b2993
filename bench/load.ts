// Bench section "load" (issue 7): the tree model over the real client, against the emulator in its own process with
// 20 ms latency per request.
// 1. A project with 10,000 connections, paged at 500 per page by Load more: time, heap retained (total and per
//    connection), the cost of building every tree node, and how long the event loop was ever blocked.
// 2. 200 projects in one profile (205 with the emulator's own), discovered and all expanded at once, with
//    maxConcurrentRequests 1 (the baseline, measured in the same run), 4 (the default) and 16: time, ratio to the
//    baseline, the most requests the emulator saw in flight, event-loop delay, heap.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AtlasClient } from '../src/atlas';
import { ConnectionsModel } from '../src/tree/connectionsModel';
import { projectChildren } from '../src/tree/children';
import { describeNode } from '../src/tree/nodeLook';
import { HUGE_PROJECT_CONNECTIONS, HUGE_PROJECT_ID } from '../test/emulator';
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

async function hugeProject(emulator: EmulatorProcess, gc: () => void): Promise<Cell[][]> {
  await emulator.reset();
  const before = heapBytes(gc);
  const model = modelFor(emulator, 4);
  const loader = model.loader(HUGE_PROJECT_ID);
  const load = await withLoopDelay(async () => {
    await loader.load();
    let clicks = 0;
    for (let state = loader.state(); state.kind === 'connections' && state.hasMore; state = loader.state()) {
      await loader.loadMore();
      clicks++;
    }
    return clicks;
  });
  const state = loader.state();
  if (state.kind !== 'connections' || state.connections.length !== HUGE_PROJECT_CONNECTIONS) throw new Error(`the 10,000-connection project did not load: ${state.kind}`);
  const retained = heapBytes(gc) - before;
  // What the view asks for when the project's children are shown: every node and its TreeItem look, in one synchronous
  // pass, so the event loop is blocked for all of it.
  const renderStarted = performance.now();
  const items = projectChildren(HUGE_PROJECT_ID, state, englishL10n).map((node) => describeNode(node, englishL10n)).length;
  const renderMs = performance.now() - renderStarted;
  const counters = await emulator.counters();
  return [
    [`load ${HUGE_PROJECT_CONNECTIONS.toLocaleString('en-US')} connections (${load.result} Load more clicks)`, counters.total, load.seconds, load.maxDelayMs, load.p99DelayMs, retained / MB, retained / HUGE_PROJECT_CONNECTIONS],
    [`build all ${items.toLocaleString('en-US')} tree items (synchronous)`, 0, renderMs / 1000, renderMs, renderMs, 0, 0],
  ];
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
    printTable(
      `load: the ${HUGE_PROJECT_CONNECTIONS.toLocaleString('en-US')}-connection project at ${PAGE_SIZE} per page, ${LATENCY_MS} ms emulated latency per request`,
      ['step', 'HTTP requests', 'wall s', 'event loop max ms', 'p99 ms', 'heap retained MB', 'bytes per connection'],
      await hugeProject(emulator, gc),
    );
    const runs: ProjectsRun[] = [];
    for (const limit of [1, 4, 16]) runs.push(await allProjects(emulator, gc, limit));
    const baseline = runs[0];
    printTable(
      `load: ${baseline.projects} projects discovered and all expanded at once, ${LATENCY_MS} ms emulated latency; baseline = maxConcurrentRequests 1, same run`,
      ['maxConcurrentRequests', 'projects', 'HTTP requests', 'most in flight', 'wall s', 'x faster than baseline', 'event loop max ms', 'heap retained MB'],
      runs.map((run) => [run.limit, run.projects, run.requests, run.inFlightMax, run.seconds, baseline.seconds / run.seconds, run.maxDelayMs, run.retainedMb]),
    );
  } finally {
    await emulator.stop();
  }
}
