import * as assert from 'node:assert/strict';
import { ConnectionsModel } from '../../../src/tree/connectionsModel';
import type { TreeSettings } from '../../../src/settings';
import { ScriptedSource, connection } from './helpers';

const A = 'a'.repeat(24);
const B = 'b'.repeat(24);

function modelFor(source: ScriptedSource, settings: Partial<TreeSettings> = {}) {
  const changes: Array<string | undefined> = [];
  let progress = 0;
  const model = new ConnectionsModel({
    source,
    pinned: [{ id: A, name: 'A' }, { id: B, name: 'B' }],
    settings: { pageSize: 10, apiMode: 'auto', discover: false, ...settings },
    onDidChange: (projectId) => changes.push(projectId),
    onDidStartLoad: () => progress++,
  });
  return { model, changes, progress: () => progress };
}

describe('tree/ConnectionsModel', () => {
  it('one loader per project; changes name the project; every load reports progress', async () => {
    const source = new ScriptedSource(Array.from({ length: 12 }, (_, index) => connection(index)));
    const { model, changes, progress } = modelFor(source);
    assert.equal(model.loader(A), model.loader(A));
    await model.loader(A).load();
    assert.ok(changes.length > 0 && changes.every((projectId) => projectId === A));
    assert.equal(progress(), 1);
    assert.deepEqual(model.loadedProjects().map((loaded) => loaded.project.id), [A]);
  });

  it('View Refresh cancels every load in flight and forgets every project; project Refresh only that one', async () => {
    const source = new ScriptedSource(Array.from({ length: 12 }, (_, index) => connection(index)));
    const { model, changes } = modelFor(source);
    await model.loader(B).load();
    source.hold();
    void model.loader(A).load();
    const signalA = source.calls.at(-1)?.signal;

    model.refreshProject(B);
    assert.equal(model.loader(B).state().kind, 'idle');
    assert.equal(signalA?.aborted, false, 'refreshing B leaves A alone');

    model.refreshAll();
    assert.equal(signalA?.aborted, true);
    assert.equal(changes.at(-1), undefined, 'the root re-renders');
    assert.deepEqual(model.loadedProjects(), []);
    source.release();
    await model.whenIdle();
    assert.equal(model.loader(A).state().kind, 'idle');
  });

  it('a new page size or API mode starts every project over; discovery toggles re-render the root', async () => {
    const source = new ScriptedSource(Array.from({ length: 12 }, (_, index) => connection(index)));
    const { model } = modelFor(source);
    await model.loader(A).load();
    model.updateSettings({ pageSize: 10, apiMode: 'auto', discover: false });
    assert.equal(model.loader(A).state().kind, 'connections', 'unchanged settings keep the cache');
    model.updateSettings({ pageSize: 5, apiMode: 'auto', discover: false });
    assert.equal(model.loader(A).state().kind, 'idle');
    await model.loader(A).load();
    assert.deepEqual(source.calls.at(-1)?.page, { pageNum: 1, itemsPerPage: 5 });

    model.updateSettings({ pageSize: 5, apiMode: 'endpointService', discover: false });
    await model.loader(A).load();
    assert.equal(model.loader(A).state().kind, 'endpointServices');

    model.updateSettings({ pageSize: 5, apiMode: 'endpointService', discover: true });
    assert.equal(model.rootState().kind, 'loading');
  });

  it('whenIdle waits for every load, including ones started meanwhile; dispose stops events', async () => {
    const source = new ScriptedSource(Array.from({ length: 30 }, (_, index) => connection(index)));
    const { model, changes } = modelFor(source);
    source.hold();
    void model.loader(A).load();
    void model.loader(B).load();
    const idle = model.whenIdle();
    source.release();
    await idle;
    assert.equal(model.loader(A).state().kind, 'connections');
    assert.equal(model.loader(B).state().kind, 'connections');

    model.dispose();
    const count = changes.length;
    model.refreshAll();
    assert.equal(changes.length, count);
  });
});
