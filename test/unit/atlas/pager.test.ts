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
