// Issue 7, "Load": a project with 10,000 connections paged at 500 per page, and 200 projects in one profile, through the
// tree model over the real AtlasClient against the real emulator (real HTTP, real digest, 2 ms latency so that requests
// overlap). Counts only: requests per page, nothing missing, and never more requests in flight than
// `maxConcurrentRequests` allows. Time and memory are in `npm run bench -- load`.
import * as assert from 'node:assert/strict';
import { AtlasClient } from '../../../src/atlas';
import { ConnectionsModel } from '../../../src/tree/connectionsModel';
import { projectChildren } from '../../../src/tree/children';
import { HUGE_PROJECT_CONNECTIONS, HUGE_PROJECT_ID, startEmulator, type RunningEmulator } from '../../emulator';
import { englishL10n } from '../tree/helpers';

const EXTRA_PROJECTS = 200;
const PAGE_SIZE = 500;

describe('load: 10,000 connections and 200 projects through the tree model (real client, real emulator)', function () {
  this.timeout(60_000);
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await startEmulator({ hugeProject: true, extraProjects: EXTRA_PROJECTS, latencyMs: 2 });
  });
  after(async () => {
    await emulator?.close();
  });
  beforeEach(() => emulator.resetCounters());

  function model(maxConcurrentRequests: number): ConnectionsModel {
    const client = new AtlasClient({ baseUrl: emulator.url, publicKey: emulator.publicKey, privateKey: emulator.privateKey, maxConcurrentRequests });
    return new ConnectionsModel({
      source: client,
      pinned: [],
      settings: { pageSize: PAGE_SIZE, apiMode: 'auto', discover: true },
      onDidChange: () => undefined,
    });
  }

  it(`pages the ${HUGE_PROJECT_CONNECTIONS.toLocaleString('en-US')}-connection project at ${PAGE_SIZE} per page: one request per page, nothing missing or repeated`, async () => {
    const tree = model(4);
    const loader = tree.loader(HUGE_PROJECT_ID);
    await loader.load();
    let clicks = 0;
    for (let state = loader.state(); state.kind === 'connections' && state.hasMore; state = loader.state()) {
      await Promise.all([loader.loadMore(), loader.loadMore()]); // a double click loads once
      clicks++;
    }
    const state = loader.state();
    assert.equal(state.kind, 'connections');
    if (state.kind !== 'connections') return;
    assert.equal(state.connections.length, HUGE_PROJECT_CONNECTIONS);
    assert.equal(new Set(state.connections.map((connection) => connection.id)).size, HUGE_PROJECT_CONNECTIONS);
    // The seed's shape is a bare array: a full last page cannot tell it is the last, so one more (empty) page ends it.
    const pages = HUGE_PROJECT_CONNECTIONS / PAGE_SIZE + 1;
    assert.equal(clicks, pages - 1);
    const nodes = projectChildren(HUGE_PROJECT_ID, state, englishL10n);
    assert.equal(nodes.length, HUGE_PROJECT_CONNECTIONS, 'every connection is a node, no Load more at the end');
    const counters = emulator.counters();
    assert.equal(counters.byProject[HUGE_PROJECT_ID], pages + counters.challenged, 'one request per page (plus the digest challenge)');
    assert.ok(counters.challenged <= 1);
  });

  for (const limit of [1, 3, 8]) {
    it(`discovers 205 projects (4 + the 10,000-connection one + 200) and loads every one at once with maxConcurrentRequests = ${limit}: at most ${limit} in flight`, async () => {
      const tree = model(limit);
      await tree.loadRoot();
      const projects = tree.rootState().projects;
      assert.equal(projects.length, 4 + 1 + EXTRA_PROJECTS);
      // Every project expanded at once, as a person expanding all rows (or a view restoring them) would.
      await Promise.all(projects.map((project) => tree.loader(project.id).load()));
      await tree.whenIdle();
      const failed = projects.filter((project) => tree.loader(project.id).state().kind === 'failed');
      assert.deepEqual(failed, []);
      const counters = emulator.counters();
      assert.ok(counters.inFlightMax <= limit, `${counters.inFlightMax} requests in flight with a limit of ${limit}`);
      if (limit > 1) assert.ok(counters.inFlightMax > 1, 'the requests did overlap (the bound is what held them)');
      assert.ok(counters.total >= projects.length, `${counters.total} requests for ${projects.length} projects`);
    });
  }
});
