import * as assert from 'node:assert/strict';
import type { ApiMode } from '../../../src/settings';
import { ProjectLoader, shouldFallBack, type ProjectState } from '../../../src/tree/projectLoader';
import { ScriptedSource, atlasError, connection, flush } from './helpers';

const PROJECT = 'aaaaaaaaaaaaaaaaaaaaaaaa';

function loaderFor(source: ScriptedSource, options: { pageSize?: number; mode?: ApiMode } = {}) {
  const changes: ProjectState[] = [];
  const started: Array<Promise<void>> = [];
  const failures: unknown[] = [];
  const loader = new ProjectLoader({
    projectId: PROJECT,
    source,
    pageSize: options.pageSize ?? 10,
    mode: options.mode ?? 'auto',
    onDidChange: () => changes.push(loader.state()),
    onDidStartLoad: (work) => started.push(work),
    onDidFail: (error) => failures.push(error),
  });
  return { loader, changes, started, failures };
}

function connectionsOf(state: ProjectState) {
  assert.equal(state.kind, 'connections');
  return state;
}

describe('tree/ProjectLoader', () => {
  it('loads the first page, then more pages, with totals, until none remain', async () => {
    const source = new ScriptedSource(Array.from({ length: 25 }, (_, index) => connection(index)));
    const { loader } = loaderFor(source);
    assert.equal(loader.state().kind, 'idle');

    const first = loader.load();
    assert.equal(loader.state().kind, 'loading');
    await first;
    let state = connectionsOf(loader.state());
    assert.equal(state.connections.length, 10);
    assert.equal(state.totalCount, 25);
    assert.equal(state.hasMore, true);
    assert.equal(state.rawPages.length, 1);

    await loader.loadMore();
    await loader.loadMore();
    state = connectionsOf(loader.state());
    assert.deepEqual(state.connections.map((item) => item.id), source.connections.map((item) => item.id));
    assert.equal(state.hasMore, false);
    assert.equal(state.rawPages.length, 3);
    assert.deepEqual(source.callsOf('listPrivateEndpointsPage').map((call) => call.page), [
      { pageNum: 1, itemsPerPage: 10 },
      { pageNum: 2, itemsPerPage: 10 },
      { pageNum: 3, itemsPerPage: 10 },
    ]);

    await loader.loadMore();
    assert.equal(source.calls.length, 3, 'no request once everything is loaded');
  });

  it('keeps one load in flight: repeated load() and loadMore() calls share it', async () => {
    const source = new ScriptedSource(Array.from({ length: 30 }, (_, index) => connection(index)));
    const { loader, started } = loaderFor(source);
    source.hold();
    const a = loader.load();
    const b = loader.load();
    const c = loader.loadMore();
    assert.equal(a, b);
    assert.equal(a, c);
    source.release();
    await a;
    assert.equal(source.calls.length, 1);

    source.hold();
    const more1 = loader.loadMore();
    const more2 = loader.loadMore(); // the double click
    assert.equal(connectionsOf(loader.state()).loadingMore, true);
    source.release();
    await Promise.all([more1, more2]);
    assert.equal(source.calls.length, 2);
    assert.equal(connectionsOf(loader.state()).connections.length, 20);
    assert.equal(started.length, 2);
  });

  it('reset cancels the load in flight (its signal aborts), drops its result and starts over from page 1', async () => {
    const source = new ScriptedSource(Array.from({ length: 30 }, (_, index) => connection(index)));
    const { loader, failures } = loaderFor(source);
    await loader.load();
    source.hold();
    const more = loader.loadMore();
    const signal = source.calls[1].signal;
    assert.equal(signal?.aborted, false);

    loader.reset();
    assert.equal(signal?.aborted, true);
    assert.equal(loader.state().kind, 'idle');
    source.release();
    await more;
    assert.equal(loader.state().kind, 'idle', 'the cancelled page does not come back');
    assert.deepEqual(failures, [], 'a cancellation is not a failure');

    await loader.load();
    assert.deepEqual(source.calls.at(-1)?.page, { pageNum: 1, itemsPerPage: 10 });
    assert.equal(connectionsOf(loader.state()).connections.length, 10);
  });

  it('drops ids already loaded (a page that repeats ids ends paging)', async () => {
    const source = new ScriptedSource();
    const page1 = [connection(1), connection(2)];
    source.legacyAnswers.push(
      { items: page1, pageNum: 1, itemsPerPage: 2, hasMore: true, raw: page1 },
      { items: [connection(2), connection(3)], pageNum: 2, itemsPerPage: 2, hasMore: true, raw: [connection(2), connection(3)] },
      { items: [connection(3)], pageNum: 3, itemsPerPage: 2, hasMore: true, raw: [connection(3)] },
    );
    const { loader } = loaderFor(source, { pageSize: 2 });
    await loader.load();
    await loader.loadMore();
    assert.deepEqual(connectionsOf(loader.state()).connections.map((item) => item.id), [connection(1).id, connection(2).id, connection(3).id]);
    await loader.loadMore();
    const state = connectionsOf(loader.state());
    assert.equal(state.connections.length, 3);
    assert.equal(state.hasMore, false, 'a page with nothing new ends paging');
  });

  it('a failed first load shows the error until Retry, which loads again', async () => {
    const source = new ScriptedSource([connection(1)]);
    source.legacyAnswers.push(atlasError(500, 'UNEXPECTED_ERROR', 'serverError'));
    const { loader, failures } = loaderFor(source);
    await loader.load();
    const state = loader.state();
    assert.equal(state.kind, 'failed');
    assert.equal(failures.length, 1);

    await loader.load();
    assert.equal(source.calls.length, 1, 'rendering again does not hammer Atlas; Retry does');

    await loader.retry();
    assert.deepEqual(connectionsOf(loader.state()).connections, [connection(1)]);
  });

  it('a failed Load more keeps the loaded connections and retries the same page', async () => {
    const source = new ScriptedSource(Array.from({ length: 15 }, (_, index) => connection(index)));
    const { loader } = loaderFor(source);
    await loader.load();
    source.legacyAnswers.push(atlasError(503, 'SERVICE_UNAVAILABLE', 'unavailable'));
    await loader.loadMore();
    let state = connectionsOf(loader.state());
    assert.equal(state.connections.length, 10);
    assert.equal((state.moreError as { kind: string }).kind, 'unavailable');
    assert.equal(state.loadingMore, false);

    await loader.retry();
    state = connectionsOf(loader.state());
    assert.equal(state.connections.length, 15);
    assert.equal(state.moreError, undefined);
    assert.deepEqual(source.calls.map((call) => call.page?.pageNum), [1, 2, 2]);
  });

  it('the promise handed to onDidStartLoad never rejects, even when the load fails', async () => {
    const source = new ScriptedSource();
    source.legacyAnswers.push(atlasError(401, 'USER_UNAUTHORIZED', 'unauthorized'));
    const { loader, started } = loaderFor(source);
    await loader.load();
    assert.equal(started.length, 1);
    await started[0];
    assert.equal(loader.state().kind, 'failed');
  });

  describe('fallback to the endpoint service API', () => {
    function servicesSource(): ScriptedSource {
      const source = new ScriptedSource();
      const aws = { id: 'b'.repeat(24), cloudProvider: 'AWS' as const, status: 'AVAILABLE', endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0', interfaceEndpoints: [] };
      const azure = { id: 'c'.repeat(24), cloudProvider: 'AZURE' as const, status: 'INITIATING', privateLinkServiceName: 'pls_' + 'd'.repeat(24), privateEndpoints: [] };
      source.serviceAnswers.set('AWS', { items: [aws], raw: [aws] });
      source.serviceAnswers.set('AZURE', { items: [azure], raw: [azure] });
      source.serviceAnswers.set('GCP', { items: [], raw: [] });
      return source;
    }

    it('auto: a 404 on the deprecated list shows the endpoint services of AWS, AZURE and GCP, and why', async () => {
      const source = servicesSource();
      const gone = atlasError(404, 'RESOURCE_NOT_FOUND', 'notFound');
      source.legacyAnswers.push(gone);
      const { loader } = loaderFor(source);
      await loader.load();
      const state = loader.state();
      assert.equal(state.kind, 'endpointServices');
      assert.equal(state.fallbackFrom, gone);
      assert.deepEqual(state.services.map((service) => service.cloudProvider), ['AWS', 'AZURE']);
      assert.deepEqual(Object.keys(state.rawByProvider), ['AWS', 'AZURE', 'GCP']);
      assert.deepEqual(source.callsOf('listEndpointServices').map((call) => call.provider), ['AWS', 'AZURE', 'GCP']);
    });

    it('auto: a 410 falls back too', async () => {
      const source = servicesSource();
      source.legacyAnswers.push(atlasError(410, 'GONE', 'gone'));
      const { loader } = loaderFor(source);
      await loader.load();
      assert.equal(loader.state().kind, 'endpointServices');
    });

    it('auto: an unknown project (GROUP_NOT_FOUND) is an error, not a fallback', async () => {
      const source = servicesSource();
      source.legacyAnswers.push(atlasError(404, 'GROUP_NOT_FOUND', 'notFound'));
      const { loader } = loaderFor(source);
      await loader.load();
      assert.equal(loader.state().kind, 'failed');
      assert.equal(source.callsOf('listEndpointServices').length, 0);
    });

    it('legacy: a 404 stays an error', async () => {
      const source = servicesSource();
      source.legacyAnswers.push(atlasError(404, 'RESOURCE_NOT_FOUND', 'notFound'));
      const { loader } = loaderFor(source, { mode: 'legacy' });
      await loader.load();
      assert.equal(loader.state().kind, 'failed');
    });

    it('endpointService: never asks the deprecated list', async () => {
      const source = servicesSource();
      const { loader } = loaderFor(source, { mode: 'endpointService' });
      await loader.load();
      const state = loader.state();
      assert.equal(state.kind, 'endpointServices');
      assert.equal(state.fallbackFrom, undefined);
      assert.equal(source.callsOf('listPrivateEndpointsPage').length, 0);
    });

    it('a failing provider fails the project (with Retry), not silently half of it', async () => {
      const source = servicesSource();
      source.serviceAnswers.set('GCP', atlasError(500, 'UNEXPECTED_ERROR', 'serverError'));
      const { loader } = loaderFor(source, { mode: 'endpointService' });
      await loader.load();
      assert.equal(loader.state().kind, 'failed');
      source.serviceAnswers.set('GCP', { items: [], raw: [] });
      await loader.retry();
      assert.equal(loader.state().kind, 'endpointServices');
    });

    it('shouldFallBack decides only for auto and 404/410 that are not about the project', () => {
      assert.equal(shouldFallBack('auto', atlasError(404, 'RESOURCE_NOT_FOUND', 'notFound')), true);
      assert.equal(shouldFallBack('auto', atlasError(410, 'GONE', 'gone')), true);
      assert.equal(shouldFallBack('auto', atlasError(404, 'GROUP_NOT_FOUND', 'notFound')), false);
      assert.equal(shouldFallBack('auto', atlasError(500, 'UNEXPECTED_ERROR', 'serverError')), false);
      assert.equal(shouldFallBack('auto', new Error('boom')), false);
      assert.equal(shouldFallBack('legacy', atlasError(410, 'GONE', 'gone')), false);
    });
  });

  it('dispose aborts the load in flight and ignores its result', async () => {
    const source = new ScriptedSource([connection(1)]);
    const { loader, changes } = loaderFor(source);
    source.hold();
    const load = loader.load();
    const count = changes.length;
    loader.dispose();
    assert.equal(source.calls[0].signal?.aborted, true);
    source.release();
    await load;
    await flush();
    assert.equal(changes.length, count);
  });
});

describe('tree/ProjectLoader Load all', () => {
  function loadAllLoader(source: ScriptedSource, loadAllConcurrency: number) {
    const changes: ProjectState[] = [];
    const loader = new ProjectLoader({ projectId: PROJECT, source, pageSize: 10, mode: 'auto', loadAllConcurrency, onDidChange: () => changes.push(loader.state()) });
    return { loader, changes };
  }

  it('loads every remaining page once totalCount is known, within the concurrency, reporting progress; the rows follow', async () => {
    const source = new ScriptedSource(Array.from({ length: 95 }, (_, index) => connection(index)));
    const { loader } = loadAllLoader(source, 4);
    await loader.load();
    const progress: number[] = [];
    await loader.loadAll(undefined, ({ loaded, totalCount }) => {
      assert.equal(totalCount, 95);
      progress.push(loaded);
    });
    const state = connectionsOf(loader.state());
    assert.equal(state.connections.length, 95);
    assert.equal(state.hasMore, false);
    assert.equal(state.loadingMore, false);
    assert.equal(loader.rows.size, 95);
    assert.deepEqual(progress, [10, 20, 30, 40, 50, 60, 70, 80, 90, 95]);
    const pages = source.calls.map((call) => call.page?.pageNum).sort((a = 0, b = 0) => a - b);
    assert.deepEqual(pages, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'each page once');
  });

  it('Cancel keeps the pages loaded so far, is no failure, and Load more goes on from there', async () => {
    const source = new ScriptedSource(Array.from({ length: 95 }, (_, index) => connection(index)));
    const { loader } = loadAllLoader(source, 2);
    await loader.load();
    const cancel = new AbortController();
    await loader.loadAll(cancel.signal, ({ loaded }) => {
      if (loaded >= 30) cancel.abort();
    });
    let state = connectionsOf(loader.state());
    assert.ok(state.connections.length >= 30 && state.connections.length < 95, String(state.connections.length));
    assert.equal(state.moreError, undefined);
    assert.equal(state.hasMore, true);
    await loader.loadMore();
    state = connectionsOf(loader.state());
    assert.equal(new Set(state.connections.map((item) => item.id)).size, state.connections.length, 'nothing twice');
  });

  it('a failed page: the pages before it stay, the error shows after them, Retry goes on', async () => {
    const source = new ScriptedSource(Array.from({ length: 40 }, (_, index) => connection(index)));
    const { loader } = loadAllLoader(source, 1);
    await loader.load();
    source.legacyAnswers.push(() => source.page({ pageNum: 2, itemsPerPage: 10 }), atlasError(503, 'SERVICE_UNAVAILABLE', 'unavailable'));
    await loader.loadAll();
    let state = connectionsOf(loader.state());
    assert.equal(state.connections.length, 20);
    assert.ok(state.moreError);
    await loader.retry();
    await loader.loadAll();
    state = connectionsOf(loader.state());
    assert.equal(state.connections.length, 40);
  });
});

describe('tree/ProjectLoader builds a page\'s rows over several turns of the event loop', () => {
  function slicedLoader(source: ScriptedSource, options: { rowsPerTurn: number; loadAllConcurrency?: number; mode?: ApiMode }) {
    const changes: ProjectState[] = [];
    const loader = new ProjectLoader({ projectId: PROJECT, source, pageSize: 10, mode: 'auto', ...options, onDidChange: () => changes.push(loader.state()) });
    return { loader, changes };
  }

  const idsOf = (nodes: readonly { kind: string; connection?: { id: string } }[]) => nodes.map((node) => node.connection?.id);

  it('a page is built a slice per turn, and shown only once all its rows are built', async () => {
    const source = new ScriptedSource(Array.from({ length: 25 }, (_, index) => connection(index)));
    const { loader } = slicedLoader(source, { rowsPerTurn: 3 });
    source.hold();
    const load = loader.load();
    await flush();
    source.release();
    const builtPerTurn: number[] = [];
    while (loader.state().kind === 'loading') {
      builtPerTurn.push(loader.rows.built);
      assert.equal(loader.rows.size, 0, 'nothing shown while the page is being built');
      assert.equal(loader.rows.nodes().length, 0);
      await flush();
    }
    await load;
    // 10 rows at 3 per turn: 3, 6, 9, 10 (the first slice may run in the turn the page arrives).
    assert.ok(builtPerTurn.filter((built) => built > 0 && built < 10).length >= 2, `built per turn: ${builtPerTurn.join(', ')}`);
    assert.ok(builtPerTurn.every((built) => built % 3 === 0 || built === 10), `at most 3 rows per turn: ${builtPerTurn.join(', ')}`);
    const state = connectionsOf(loader.state());
    assert.equal(state.connections.length, 10);
    assert.deepEqual(idsOf(loader.rows.nodes()), state.connections.map((item) => item.id));
    assert.equal([...loader.rows.statusCounts().values()].reduce((a, b) => a + b, 0), 10);

    await loader.loadMore();
    assert.deepEqual(idsOf(loader.rows.nodes()), source.connections.slice(0, 20).map((item) => item.id));
  });

  it('Load all shows each page once its rows are built: the state never lists a row that is not shown', async () => {
    const source = new ScriptedSource(Array.from({ length: 95 }, (_, index) => connection(index)));
    const { loader } = slicedLoader(source, { rowsPerTurn: 4, loadAllConcurrency: 4 });
    await loader.load();
    const shownAtEachChange: Array<[number, number]> = [];
    const progress: number[] = [];
    await loader.loadAll(undefined, ({ loaded }) => {
      progress.push(loaded);
      const state = connectionsOf(loader.state());
      shownAtEachChange.push([state.connections.length, loader.rows.size]);
    });
    for (const [listed, shown] of shownAtEachChange) assert.equal(listed, shown);
    assert.deepEqual(progress, [10, 20, 30, 40, 50, 60, 70, 80, 90, 95], 'one step per page, as before');
    const state = connectionsOf(loader.state());
    assert.equal(state.hasMore, false);
    assert.deepEqual(idsOf(loader.rows.nodes()), source.connections.map((item) => item.id), 'every row once, in order');
  });

  it('Cancel while a page is half built: the pages absorbed are all shown, none lost or doubled, and Load more goes on', async () => {
    const source = new ScriptedSource(Array.from({ length: 95 }, (_, index) => connection(index)));
    const { loader } = slicedLoader(source, { rowsPerTurn: 3, loadAllConcurrency: 2 });
    await loader.load();
    const cancel = new AbortController();
    const all = loader.loadAll(cancel.signal);
    // Cancel as soon as some row of a later page is built but not shown.
    while (loader.rows.built === loader.rows.size || loader.rows.built <= 10) await flush();
    const builtAtCancel = loader.rows.built;
    cancel.abort();
    await all;
    const state = connectionsOf(loader.state());
    assert.ok(state.connections.length >= builtAtCancel, `${state.connections.length} shown, ${builtAtCancel} built at Cancel`);
    assert.ok(state.connections.length % 10 === 0 || state.connections.length === 95, `whole pages: ${state.connections.length}`);
    assert.equal(state.moreError, undefined);
    assert.equal(loader.rows.size, loader.rows.built);
    assert.deepEqual(idsOf(loader.rows.nodes()), state.connections.map((item) => item.id));
    while (connectionsOf(loader.state()).hasMore) await loader.loadMore();
    assert.deepEqual(idsOf(loader.rows.nodes()), source.connections.map((item) => item.id), 'every row once, in order');
  });

  it('a refresh while a page is being built drops those rows: the new load builds its own, once', async () => {
    const source = new ScriptedSource(Array.from({ length: 25 }, (_, index) => connection(index)));
    const { loader } = slicedLoader(source, { rowsPerTurn: 3 });
    const first = loader.load();
    while (loader.rows.built === 0) await flush();
    const stale = loader.rows;
    loader.reset();
    await first;
    await loader.load();
    await flush();
    assert.notStrictEqual(loader.rows, stale);
    assert.ok(stale.built < 10, 'the dropped build stopped');
    assert.deepEqual(idsOf(loader.rows.nodes()), source.connections.slice(0, 10).map((item) => item.id));
    assert.equal(connectionsOf(loader.state()).connections.length, 10);
  });

  it('endpoint services too are built over several turns', async () => {
    const source = new ScriptedSource([]);
    const services = Array.from({ length: 7 }, (_, index) => ({ id: `svc${index}`, cloudProvider: 'AWS' as const, status: 'AVAILABLE', endpointServiceName: `com.amazonaws.vpce.us-east-1.vpce-svc-${index}` }));
    source.serviceAnswers.set('AWS', { items: services, raw: services });
    const { loader } = slicedLoader(source, { rowsPerTurn: 2, mode: 'endpointService' });
    const builtPerTurn: number[] = [];
    const load = loader.load();
    while (loader.state().kind === 'loading') {
      builtPerTurn.push(loader.rows.built);
      await flush();
    }
    await load;
    assert.ok(builtPerTurn.some((built) => built > 0 && built < 7), `built per turn: ${builtPerTurn.join(', ')}`);
    assert.equal(loader.rows.size, 7);
  });
});
