// The tree model over the real AtlasClient against the real emulator (real HTTP, real digest), in plain Node.
import * as assert from 'node:assert/strict';
import type { AtlasClient } from '../../../src/atlas';
import { ConnectionsModel } from '../../../src/tree/connectionsModel';
import type { TreeSettings } from '../../../src/settings';
import { projectChildren } from '../../../src/tree/children';
import { describeNode } from '../../../src/tree/nodeLook';
import type { TreeNode } from '../../../src/tree/nodes';
import { findRawItem, rawJsonOfItem } from '../../../src/tree/rawJson';
import {
  EMPTY_PROJECT_ID,
  LARGE_PROJECT_CONNECTIONS,
  LARGE_PROJECT_ID,
  RETIRED_PROJECT_ID,
  SEED_EXAMPLE_RESPONSE,
  SEED_PROJECT_ID,
  type RunningEmulator,
} from '../../emulator';
import { digestClient, useEmulator } from '../atlas/helpers';
import { englishL10n } from './helpers';

describe('tree model against the Atlas emulator', function () {
  this.timeout(30_000);
  const started = useEmulator();
  let emulator: RunningEmulator;
  let client: AtlasClient;

  beforeEach(() => {
    emulator = started();
    emulator.setSettings({ shape: 'array' });
    client = digestClient(emulator, undefined, { retryBaseDelayMs: 1 });
  });

  function modelWith(settings: Partial<TreeSettings> = {}): ConnectionsModel {
    return new ConnectionsModel({
      source: client,
      pinned: [{ id: SEED_PROJECT_ID }],
      settings: { pageSize: 100, apiMode: 'auto', discover: true, ...settings },
      onDidChange: () => undefined,
    });
  }

  function labels(projectId: string, model: ConnectionsModel): string[] {
    return projectChildren(projectId, model.loader(projectId).state(), englishL10n).map((node) => describeNode(node, englishL10n).label);
  }

  it('discovers the projects (pinned first, then alphabetical) and shows the seed project\'s two connections', async () => {
    const model = modelWith();
    await model.loadRoot();
    const root = model.rootState();
    assert.equal(root.kind, 'ready');
    assert.deepEqual(root.projects.map((project) => project.name), ['Seed Example', 'Empty Sandbox', 'Legacy API Retired', 'Payments Production']);
    assert.deepEqual(root.projects.map((project) => project.pinned), [true, false, false, false]);

    await model.loader(SEED_PROJECT_ID).load();
    const seed = JSON.parse(SEED_EXAMPLE_RESPONSE) as Array<{ id: string; endpointServiceName: string }>;
    assert.deepEqual(labels(SEED_PROJECT_ID, model), ['us-east-1 · vpce-svc-0aee615d3fe32c14e', 'us-west-1 · vpce-svc-4fbdd5faa86d2e7538']);
    const state = model.loader(SEED_PROJECT_ID).state();
    assert.equal(state.kind, 'connections');
    // Raw JSON: exactly the objects the emulator sent.
    const node: TreeNode = { kind: 'connection', projectId: SEED_PROJECT_ID, connection: state.connections[0] };
    assert.deepEqual(node.kind === 'connection' && rawJsonOfItem(node, state), seed[0]);
    assert.equal(findRawItem(state.rawPages, seed[1].id) !== undefined, true);
  });

  for (const shape of ['array', 'paginated'] as const) {
    it(`pages to the end of the ${LARGE_PROJECT_CONNECTIONS}-connection project with Load more (${shape} bodies): one request per page, nothing missing or repeated`, async () => {
      emulator.setSettings({ shape });
      const model = modelWith({ discover: false });
      const loader = model.loader(LARGE_PROJECT_ID);
      await loader.load();
      emulator.resetCounters();
      let clicks = 0;
      for (let state = loader.state(); state.kind === 'connections' && state.hasMore; state = loader.state()) {
        const last = projectChildren(LARGE_PROJECT_ID, state, englishL10n).at(-1);
        assert.equal(last?.kind, 'loadMore');
        const total = shape === 'paginated' ? ` of ${LARGE_PROJECT_CONNECTIONS}` : '';
        assert.equal(describeNode(last as TreeNode, englishL10n).description, `${state.connections.length}${total} loaded`);
        // A double click: both calls share one request.
        await Promise.all([loader.loadMore(), loader.loadMore()]);
        clicks++;
      }
      const state = loader.state();
      assert.equal(state.kind, 'connections');
      assert.equal(state.connections.length, LARGE_PROJECT_CONNECTIONS);
      assert.equal(new Set(state.connections.map((item) => item.id)).size, LARGE_PROJECT_CONNECTIONS);
      assert.equal(clicks, 12, '13 pages of 100');
      assert.equal(emulator.counters().authorized, 12, 'one request per page after the first, no extra handshake');
      assert.equal(emulator.counters().challenged, 0);
      assert.equal(projectChildren(LARGE_PROJECT_ID, state, englishL10n).some((node) => node.kind === 'loadMore'), false);
      const statuses = new Set(state.connections.map((item) => item.status));
      for (const status of ['INITIATING', 'WAITING_FOR_USER', 'AVAILABLE', 'FAILED', 'DELETING']) assert.ok(statuses.has(status), status);
    });
  }

  it('the retired project falls back to its endpoint services (AWS, AZURE, GCP) with a note', async () => {
    const model = modelWith({ discover: false });
    await model.loader(RETIRED_PROJECT_ID).load();
    const nodes = projectChildren(RETIRED_PROJECT_ID, model.loader(RETIRED_PROJECT_ID).state(), englishL10n);
    assert.equal(nodes[0].kind, 'note');
    assert.match(describeNode(nodes[0], englishL10n).label, /Deprecated API unavailable \(404\)/);
    const services = nodes.filter((node) => node.kind === 'endpointService');
    assert.deepEqual(services.map((node) => node.kind === 'endpointService' && node.service.cloudProvider), ['AWS', 'AWS', 'AZURE', 'AZURE', 'GCP', 'GCP']);
    // INITIATING on every provider: null names (AWS, Azure) or empty arrays (GCP), as real Atlas sends them; the row shows region and id.
    const initiating = [1, 3, 5].map((index) => services[index]).map((node) => node.kind === 'endpointService' ? [describeNode(node, englishL10n).label, `${node.service.regionName} · ${node.service.id}`] : []);
    for (const [label, expected] of initiating) assert.equal(label, expected, 'INITIATING: region and id');
  });

  it('the empty project says it has no connections', async () => {
    const model = modelWith({ discover: false });
    await model.loader(EMPTY_PROJECT_ID).load();
    assert.deepEqual(labels(EMPTY_PROJECT_ID, model), ['No private endpoint connections']);
  });

  it('a 500 burst longer than the client\'s retries: an error node on that project only; Retry works once it clears', async () => {
    const model = modelWith({ discover: false });
    emulator.setFault({ type: 'status', status: 500, projectId: LARGE_PROJECT_ID, count: 3 });
    await Promise.all([model.loader(LARGE_PROJECT_ID).load(), model.loader(SEED_PROJECT_ID).load()]);
    const failed = projectChildren(LARGE_PROJECT_ID, model.loader(LARGE_PROJECT_ID).state(), englishL10n);
    assert.deepEqual(failed.map((node) => node.kind), ['error']);
    assert.match(describeNode(failed[0], englishL10n).label, /internal error \(500/);
    assert.equal(labels(SEED_PROJECT_ID, model).length, 2, 'the other project is not affected');

    await model.loader(LARGE_PROJECT_ID).retry();
    assert.equal(labels(LARGE_PROJECT_ID, model).length, 101);
  });

  it('403 IP_ADDRESS_NOT_ON_ACCESS_LIST names the IP on the error node', async () => {
    const model = modelWith({ discover: false });
    emulator.setFault({ type: 'ipNotAllowed', ip: '198.51.100.23', projectId: SEED_PROJECT_ID });
    await model.loader(SEED_PROJECT_ID).load();
    assert.match(labels(SEED_PROJECT_ID, model)[0], /198\.51\.100\.23 is not on the API access list/);
  });

  it('Refresh during a slow load cancels it; the next load starts over and completes', async () => {
    const model = modelWith({ discover: false });
    emulator.setFault({ type: 'latency', ms: 400, projectId: SEED_PROJECT_ID, count: 1 });
    const slow = model.loader(SEED_PROJECT_ID).load();
    await new Promise((resolve) => setTimeout(resolve, 50));
    model.refreshProject(SEED_PROJECT_ID);
    await slow;
    assert.equal(model.loader(SEED_PROJECT_ID).state().kind, 'idle');
    await model.loader(SEED_PROJECT_ID).load();
    assert.equal(labels(SEED_PROJECT_ID, model).length, 2);
  });
});
