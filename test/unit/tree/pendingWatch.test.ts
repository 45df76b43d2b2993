// Watching pending connections, in plain Node with a scripted source and a manual timer (the real timer and the
// emulator are exercised by the integration suite).
import * as assert from 'node:assert/strict';
import { ConnectionsModel } from '../../../src/tree/connectionsModel';
import { PendingWatch, nextDelayMs, pagesToPoll, type WatchTimer } from '../../../src/tree/pendingWatch';
import type { RowChange } from '../../../src/tree/projectRows';
import { ScriptedSource, atlasError, connection } from './helpers';

const PROJECT = 'aaaaaaaaaaaaaaaaaaaaaaaa';

class ManualTimer implements WatchTimer {
  readonly delays: number[] = [];
  private pending: (() => void) | undefined;
  set(callback: () => void, ms: number): unknown {
    this.delays.push(ms);
    this.pending = callback;
    return callback;
  }
  clear(): void {
    this.pending = undefined;
  }
  get armed(): boolean {
    return this.pending !== undefined;
  }
}

async function setUp(statuses: string[], pageSize = 10) {
  const source = new ScriptedSource(statuses.map((status, index) => connection(index, { status })));
  const model = new ConnectionsModel({ source, pinned: [{ id: PROJECT }], settings: { pageSize, apiMode: 'legacy', discover: false }, onDidChange: () => undefined });
  const loader = model.loader(PROJECT);
  await loader.load();
  await loader.loadAll();
  const timer = new ManualTimer();
  const changed: RowChange[][] = [];
  let active = true;
  const watch = new PendingWatch({
    model,
    source,
    pageSize: () => pageSize,
    intervalSeconds: 60,
    isActive: () => active,
    onDidChangeRows: (_projectId, changes) => changed.push([...changes]),
    timer,
  });
  return { source, model, loader, timer, watch, changed, deactivate: () => (active = false) };
}

describe('tree/PendingWatch', () => {
  it('asks only for the pages that hold a pending connection', () => {
    const statuses = Array.from({ length: 35 }, (_, index) => (index === 3 || index === 27 ? 'INITIATING' : 'AVAILABLE'));
    assert.deepEqual(pagesToPoll(statuses.map((status, index) => connection(index, { status })), 10), [1, 3]);
    assert.deepEqual(pagesToPoll([connection(1, { status: 'AVAILABLE' })], 10), []);
  });

  it('backs off: the interval doubles per failure in a row, up to 16 times, and honours Retry-After', () => {
    assert.equal(nextDelayMs(60, 0), 60_000);
    assert.equal(nextDelayMs(60, 1), 120_000);
    assert.equal(nextDelayMs(60, 10), 960_000);
    assert.equal(nextDelayMs(15, 0, 120), 120_000);
  });

  it('a poll updates the changed rows in place and reports them; one request per page with a pending row', async () => {
    const statuses = Array.from({ length: 25 }, (_, index) => (index === 12 ? 'INITIATING' : 'AVAILABLE'));
    const { source, loader, timer, watch, changed } = await setUp(statuses);
    const node = loader.rows.nodes()[12];
    watch.start();
    assert.deepEqual(timer.delays, [60_000]);
    source.connections[12] = connection(12, { status: 'WAITING_FOR_USER' });
    const before = source.calls.length;
    await watch.poll();
    assert.deepEqual(source.calls.slice(before).map((call) => call.page?.pageNum), [2], 'only page 2 holds the pending row');
    assert.equal(changed.length, 1);
    assert.strictEqual(changed[0][0].node, node, 'the same row object, updated in place');
    assert.equal(changed[0][0].previousStatus, 'INITIATING');
    assert.equal(loader.rows.look(node)?.description, 'WAITING_FOR_USER');
    const state = loader.state();
    assert.equal(state.kind === 'connections' && state.connections[12].status, 'WAITING_FOR_USER', 'the state follows (export, raw JSON)');
    // Nothing changed since: a poll reports nothing.
    await watch.poll();
    assert.equal(changed.length, 1);
    source.connections[12] = connection(12, { status: 'AVAILABLE' });
    await watch.poll();
    assert.equal(changed.length, 2);
    const calls = source.calls.length;
    await watch.poll();
    assert.equal(source.calls.length, calls, 'nothing pending: no request at all');
  });

  it('an error (a 429 too) backs off; success goes back to the interval', async () => {
    const { source, timer, watch } = await setUp(['INITIATING', 'AVAILABLE']);
    watch.start();
    source.legacyAnswers.push(atlasError(429, 'RATE_LIMITED', 'rateLimited', { retryAfterSeconds: 300 }));
    await watch.poll();
    assert.equal(timer.delays.at(-1), 300_000, 'Retry-After is longer than twice the interval');
    source.legacyAnswers.push(atlasError(503, 'SERVICE_UNAVAILABLE', 'unavailable'));
    await watch.poll();
    assert.equal(timer.delays.at(-1), 240_000, 'two failures in a row: four intervals');
    await watch.poll();
    assert.equal(timer.delays.at(-1), 60_000);
  });

  it('stops, without a request, once it may no longer run (view hidden, another profile, Restricted Mode)', async () => {
    const { source, timer, watch, deactivate } = await setUp(['INITIATING']);
    watch.start();
    deactivate();
    const calls = source.calls.length;
    await watch.poll();
    assert.equal(source.calls.length, calls);
    assert.equal(timer.armed, false, 'nothing scheduled any more');
  });
});
