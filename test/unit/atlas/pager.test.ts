// The pager's contract is over a PageSource function; these tests drive it with scripted pages
// (no HTTP here: the client over real sockets is covered in client.paging.test.ts).
import assert from 'node:assert/strict';
import { Pager, type Page, type PageRequest } from '../../../src/atlas';

interface Item {
  id: string;
}

function page(request: PageRequest, ids: string[], extra: Partial<Page<Item>> = {}): Page<Item> {
  return { items: ids.map((id) => ({ id })), pageNum: request.pageNum, itemsPerPage: request.itemsPerPage, hasMore: true, raw: { ids }, ...extra };
}

/** Serves `total` items in pages, like a well-behaved server. */
function source(total: number) {
  const requests: PageRequest[] = [];
  const fetchPage = async (request: PageRequest) => {
    requests.push(request);
    const start = (request.pageNum - 1) * request.itemsPerPage;
    const ids = Array.from({ length: Math.max(0, Math.min(request.itemsPerPage, total - start)) }, (_, index) => `id${start + index}`);
    return page(request, ids, { hasMore: start + ids.length < total, totalCount: total });
  };
  return { requests, fetchPage };
}

describe('atlas/pager', () => {
  it('loads page by page, keeps items, raw pages, hasMore and totalCount', async () => {
    const { requests, fetchPage } = source(25);
    const pager = new Pager(fetchPage, 10);
    assert.equal(pager.hasMore, true);
    assert.deepEqual((await pager.loadNext()).map((item) => item.id).slice(0, 2), ['id0', 'id1']);
    assert.equal(pager.items.length, 10);
    assert.equal(pager.totalCount, 25);
    await pager.loadAll();
    assert.equal(pager.items.length, 25);
    assert.equal(pager.pages.length, 3);
    assert.equal(pager.hasMore, false);
    assert.equal(pager.ended, 'complete');
    assert.deepEqual(requests.map((request) => request.pageNum), [1, 2, 3]);
    assert.deepEqual(await pager.loadNext(), [], 'nothing more to load');
    assert.equal(requests.length, 3);
  });

  it('keeps one load in flight: a double click loads once', async () => {
    const { requests, fetchPage } = source(25);
    const pager = new Pager(fetchPage, 10);
    const [first, second] = await Promise.all([pager.loadNext(), pager.loadNext()]);
    assert.equal(first, second);
    assert.equal(requests.length, 1);
    assert.equal(pager.loading, false);
  });

  it('dedupes by id and ends when a page holds only ids already seen', async () => {
    const pager = new Pager(async (request) => page(request, request.pageNum === 1 ? ['a', 'b'] : request.pageNum === 2 ? ['b', 'c'] : ['a', 'c']), 2);
    await pager.loadAll();
    assert.deepEqual(pager.items.map((item) => item.id), ['a', 'b', 'c']);
    assert.equal(pager.ended, 'repeated');
  });

  it('an empty page ends paging even when it claims more', async () => {
    let calls = 0;
    const pager = new Pager(async (request) => {
      calls += 1;
      return page(request, [], { hasMore: true });
    }, 5);
    await pager.loadAll();
    assert.equal(calls, 1);
  });

  it('caps memory at maxItems against a server that never ends', async () => {
    let next = 0;
    const pager = new Pager(async (request) => page(request, Array.from({ length: request.itemsPerPage }, () => `n${next++}`)), 7, { maxItems: 50 });
    await pager.loadAll();
    assert.equal(pager.items.length, 50);
    assert.equal(pager.ended, 'capped');
  });

  it('a failed load keeps what was loaded and retries the same page', async () => {
    let fail = false;
    const { requests, fetchPage } = source(30);
    const pager = new Pager(async (request: PageRequest) => {
      if (fail) throw new Error('boom');
      return fetchPage(request);
    }, 10);
    await pager.loadNext();
    fail = true;
    await assert.rejects(pager.loadNext(), /boom/);
    assert.equal(pager.items.length, 10);
    assert.equal(pager.hasMore, true);
    assert.equal(pager.loading, false);
    fail = false;
    await pager.loadNext();
    assert.deepEqual(requests.map((request) => request.pageNum), [1, 2]);
  });

  it('reset drops the result of a load in flight and starts from page 1', async () => {
    let release: () => void = () => {};
    const { requests, fetchPage } = source(30);
    const pager = new Pager(async (request: PageRequest) => {
      if (request.pageNum === 1 && requests.length === 0) await new Promise<void>((resolve) => (release = resolve));
      return fetchPage(request);
    }, 10);
    const stale = pager.loadNext();
    pager.reset();
    release();
    assert.deepEqual(await stale, []);
    assert.equal(pager.items.length, 0);
    await pager.loadNext();
    assert.equal(pager.items.length, 10);
  });

  it('refuses a page size outside 1..500', () => {
    assert.throws(() => new Pager(async (request) => page(request, []), 0), { kind: 'badRequest' });
    assert.throws(() => new Pager(async (request) => page(request, []), 501), { kind: 'badRequest' });
  });
});

describe('atlas/pager loadRemaining (Load all)', () => {
  /** Like `source`, but answers out of order (later pages first) and records how many requests were in flight. */
  function concurrentSource(total: number, withTotal = true) {
    const requests: number[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const fetchPage = async (request: PageRequest, signal?: AbortSignal) => {
      requests.push(request.pageNum);
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        // Later pages answer sooner, so pages arrive out of order.
        await new Promise((resolve) => setTimeout(resolve, Math.max(1, 20 - request.pageNum)));
        if (signal?.aborted) throw new Error('aborted');
        const start = (request.pageNum - 1) * request.itemsPerPage;
        const ids = Array.from({ length: Math.max(0, Math.min(request.itemsPerPage, total - start)) }, (_, index) => `id${start + index}`);
        return page(request, ids, withTotal ? { hasMore: start + ids.length < total, totalCount: total } : { hasMore: ids.length === request.itemsPerPage });
      } finally {
        inFlight--;
      }
    };
    return { requests, fetchPage, mostInFlight: () => mostInFlight };
  }

  it('with totalCount known, requests exactly the remaining pages, at most `concurrency` at once, absorbed in order', async () => {
    const server = concurrentSource(95);
    const pager = new Pager(server.fetchPage, 10);
    await pager.loadNext();
    const prefixes: number[] = [];
    await pager.loadRemaining(undefined, 4, () => prefixes.push(pager.items.length));
    assert.deepEqual(pager.items.map((item) => item.id), Array.from({ length: 95 }, (_, index) => `id${index}`));
    assert.deepEqual([...server.requests].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'no page twice, none past the end');
    assert.equal(server.mostInFlight(), 4);
    assert.deepEqual(prefixes, [20, 30, 40, 50, 60, 70, 80, 90, 95], 'one call per page, always a prefix');
    assert.equal(pager.ended, 'complete');
  });

  it('without totalCount (bare arrays), stops at the first short page, at most concurrency - 1 requests past it', async () => {
    const server = concurrentSource(95, false);
    const pager = new Pager(server.fetchPage, 10);
    await pager.loadRemaining(undefined, 4);
    assert.equal(pager.items.length, 95);
    assert.ok(server.requests.length <= 10 + 3, `${server.requests.length} requests`);
    assert.equal(pager.hasMore, false);
  });

  it('concurrency 1 is the sequential loadAll', async () => {
    const server = concurrentSource(35);
    const pager = new Pager(server.fetchPage, 10);
    await pager.loadRemaining(undefined, 1);
    assert.deepEqual(server.requests, [1, 2, 3, 4]);
    assert.equal(server.mostInFlight(), 1);
  });

  it('a failing page keeps the pages before it, and loading again continues from there', async () => {
    let failPage: number | undefined = 4;
    const pager = new Pager(async (request: PageRequest) => {
      if (request.pageNum === failPage) throw new Error('boom');
      const start = (request.pageNum - 1) * 10;
      const ids = Array.from({ length: Math.max(0, Math.min(10, 60 - start)) }, (_, index) => `id${start + index}`);
      return page(request, ids, { hasMore: start + ids.length < 60, totalCount: 60 });
    }, 10);
    await assert.rejects(pager.loadRemaining(undefined, 3), /boom/);
    assert.equal(pager.items.length, 30, 'pages 1 to 3 stay; 5 and 6 wait for page 4');
    assert.equal(pager.loading, false);
    failPage = undefined;
    await pager.loadRemaining(undefined, 3);
    assert.equal(pager.items.length, 60);
    assert.equal(new Set(pager.items.map((item) => item.id)).size, 60);
  });

  /** Six pages of ten; page 2 answers last, so pages 3 to 6 wait for it and then five pages can be absorbed at once. */
  async function pageTwoLast(request: PageRequest) {
    await new Promise((resolve) => setTimeout(resolve, request.pageNum === 2 ? 30 : 1));
    const start = (request.pageNum - 1) * 10;
    return page(request, Array.from({ length: 10 }, (_, index) => `id${start + index}`), { hasMore: request.pageNum < 6, totalCount: 60 });
  }

  it('pages that arrive together (out of order) are absorbed one per turn of the event loop, not in one block', async () => {
    const pager = new Pager(pageTwoLast, 10);
    await pager.loadNext();
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const turns: number[] = [];
    try {
      await pager.loadRemaining(undefined, 5, () => turns.push(turn));
    } finally {
      ticking = false;
    }
    assert.equal(pager.items.length, 60);
    assert.equal(turns.length, 5);
    assert.equal(new Set(turns).size, 5, `each page in its own turn, got turns ${turns.join(', ')}`);
  });

  it('Cancel stops absorbing: pages already answered but not absorbed are not added after it', async () => {
    const abort = new AbortController();
    const pager = new Pager(pageTwoLast, 10);
    await pager.loadNext();
    await assert.rejects(pager.loadRemaining(abort.signal, 5, () => abort.abort()));
    assert.equal(pager.items.length, 20, 'page 2 (the page whose absorption cancelled) and nothing after it');
    assert.equal(pager.hasMore, true);
  });

  it('an abort ends the load; what was absorbed stays', async () => {
    const server = concurrentSource(200);
    const pager = new Pager(server.fetchPage, 10);
    await pager.loadNext();
    const abort = new AbortController();
    const load = pager.loadRemaining(abort.signal, 2, () => {
      if (pager.items.length >= 40) abort.abort();
    });
    await assert.rejects(load);
    assert.ok(pager.items.length >= 40 && pager.items.length < 200, String(pager.items.length));
    assert.equal(pager.hasMore, true);
  });
});
