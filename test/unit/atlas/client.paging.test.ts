// The client paging through the emulator over real sockets, in every response shape Atlas uses.
import assert from 'node:assert/strict';
import { createPrivateEndpointPager, createProjectPager } from '../../../src/atlas';
import {
  EMPTY_PROJECT_ID,
  LARGE_PROJECT_CONNECTIONS,
  LARGE_PROJECT_ID,
  RETIRED_PROJECT_ID,
  SEED_EXAMPLE_RESPONSE,
  SEED_PROJECT_ID,
  generatedConnection,
} from '../../emulator';
import { Recorder, countTurns, digestClient, useEmulator } from './helpers';

const SHAPES = [
  { name: 'bare array (the seed)', settings: { shape: 'array', envelope: false } },
  { name: '{links, results, totalCount}', settings: { shape: 'paginated', envelope: false } },
  { name: 'envelope {status, content: [...]}', settings: { shape: 'array', envelope: true } },
  { name: 'envelope {status, links, results, totalCount}', settings: { shape: 'paginated', envelope: true } },
] as const;

describe('atlas/client paging (real emulator)', function () {
  this.timeout(30_000);
  const emulator = useEmulator();
  afterEach(() => emulator().setSettings({ shape: 'array', envelope: false, ignorePageNum: false, latencyMs: 0 }));

  it('returns the seed example connections, with raw being the body exactly as parsed', async () => {
    const client = digestClient(emulator());
    const page = await client.listPrivateEndpointsPage(SEED_PROJECT_ID, { pageNum: 1, itemsPerPage: 100 });
    assert.deepEqual(page.raw, JSON.parse(SEED_EXAMPLE_RESPONSE));
    assert.deepEqual(page.items, JSON.parse(SEED_EXAMPLE_RESPONSE));
    assert.equal(page.hasMore, false);
    assert.equal(page.pageNum, 1);
    assert.equal(page.itemsPerPage, 100);
  });

  it('lists all 1,234 connections at itemsPerPage=100 with 13 page requests plus at most one challenge', async () => {
    const client = digestClient(emulator());
    const pager = createPrivateEndpointPager(client, LARGE_PROJECT_ID, 100);
    await pager.loadAll();
    const counters = emulator().counters();
    assert.equal(pager.items.length, LARGE_PROJECT_CONNECTIONS);
    assert.equal(pager.pages.length, 13);
    assert.ok(counters.challenged <= 1, `challenged ${counters.challenged}`);
    assert.equal(counters.authorized, 13);
    assert.equal(counters.total, 13 + counters.challenged);
    assert.equal(counters.unauthorized + counters.stale, 0);
  });

  for (const shape of SHAPES) {
    for (const itemsPerPage of [1, 100, 500]) {
      it(`pages ${shape.name} at itemsPerPage=${itemsPerPage}: nothing missing, nothing duplicated, one request per page`, async () => {
        emulator().setSettings(shape.settings);
        const client = digestClient(emulator(), undefined, { maxConcurrentRequests: 1 });
        const pager = createPrivateEndpointPager(client, LARGE_PROJECT_ID, itemsPerPage);
        await pager.loadAll();
        const ids = pager.items.map((item) => item.id);
        assert.equal(ids.length, LARGE_PROJECT_CONNECTIONS);
        assert.equal(new Set(ids).size, LARGE_PROJECT_CONNECTIONS);
        assert.deepEqual(pager.items[LARGE_PROJECT_CONNECTIONS - 1], generatedConnection(LARGE_PROJECT_ID, LARGE_PROJECT_CONNECTIONS - 1));
        assert.equal(pager.ended, 'complete');
        // A bare array gives no count: a last page that happens to be full costs one more (empty) request.
        const bare = shape.settings.shape === 'array';
        const pages = Math.ceil(LARGE_PROJECT_CONNECTIONS / itemsPerPage) + (bare && LARGE_PROJECT_CONNECTIONS % itemsPerPage === 0 ? 1 : 0);
        const counters = emulator().counters();
        assert.equal(counters.authorized, pages, 'one authorized request per page');
        assert.equal(counters.challenged, 1);
        assert.equal(pager.pages.length, pages);
        if (shape.settings.shape === 'paginated') assert.equal(pager.totalCount, LARGE_PROJECT_CONNECTIONS);
        if (shape.settings.envelope) assert.equal((pager.pages[0] as { status: number }).status, 200);
      });
    }
  }

  it('a bare-array page that comes back exactly full costs one extra (empty) page, and then stops', async () => {
    const client = digestClient(emulator());
    const pager = createPrivateEndpointPager(client, SEED_PROJECT_ID, 2);
    await pager.loadAll();
    assert.equal(pager.items.length, 2);
    assert.equal(pager.pages.length, 2);
    assert.deepEqual(pager.pages[1], []);
  });

  it('an empty project is one empty page', async () => {
    const client = digestClient(emulator());
    const page = await client.listPrivateEndpointsPage(EMPTY_PROJECT_ID, { pageNum: 1, itemsPerPage: 100 });
    assert.deepEqual(page.items, []);
    assert.equal(page.hasMore, false);
  });

  it('stops on a server that ignores pageNum (the second page holds only ids already seen)', async () => {
    emulator().setSettings({ ignorePageNum: true });
    const client = digestClient(emulator());
    const pager = createPrivateEndpointPager(client, LARGE_PROJECT_ID, 100);
    await pager.loadAll();
    assert.equal(pager.items.length, 100);
    assert.equal(pager.ended, 'repeated');
    assert.equal(emulator().counters().authorized, 2);
  });

  it('runs 20 concurrent page loads on one client: all succeed, at most one challenge, at most 4 in flight', async () => {
    emulator().setSettings({ latencyMs: 15 });
    const recorder = new Recorder();
    const client = digestClient(emulator(), recorder);
    const pages = await Promise.all(
      Array.from({ length: 20 }, (_, index) => client.listPrivateEndpointsPage(LARGE_PROJECT_ID, { pageNum: (index % 13) + 1, itemsPerPage: 100 })),
    );
    assert.equal(pages.length, 20);
    assert.ok(pages.every((page) => page.items.length > 0));
    const counters = emulator().counters();
    assert.equal(counters.challenged, 1);
    assert.equal(counters.authorized, 20);
    assert.equal(counters.unauthorized + counters.stale, 0);
    assert.ok(counters.inFlightMax <= 4, `inFlightMax ${counters.inFlightMax}`);
    assert.ok(counters.inFlightMax >= 2, 'requests did run concurrently');
  });

  it('sends each request and parses each response in a turn of the event loop of its own, also when they start and land together', async () => {
    emulator().setSettings({ shape: 'paginated', latencyMs: 20 });
    const client = digestClient(emulator(), undefined, { maxConcurrentRequests: 8 });
    await client.listPrivateEndpointsPage(LARGE_PROJECT_ID, { pageNum: 1, itemsPerPage: 100 }); // the handshake
    const realFetch = globalThis.fetch;
    const turns = countTurns();
    const sentIn: number[] = [];
    const parsedIn: number[] = [];
    // A spy on the real fetch: it records the turn each request starts in and sends it on unchanged.
    globalThis.fetch = (input, init) => {
      sentIn.push(turns.now());
      return realFetch(input, init);
    };
    try {
      const pages = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          client.listPrivateEndpointsPage(LARGE_PROJECT_ID, { pageNum: index + 1, itemsPerPage: 100 }).then((page) => {
            parsedIn.push(turns.now());
            return page;
          }),
        ),
      );
      assert.ok(pages.every((page) => page.items.length === 100));
    } finally {
      globalThis.fetch = realFetch;
      turns.stop();
    }
    assert.equal(emulator().counters().authorized, 9);
    assert.equal(new Set(sentIn).size, 8, `requests sent in turns ${sentIn.join(', ')}`);
    assert.equal(new Set(parsedIn).size, 8, `responses parsed in turns ${parsedIn.join(', ')}`);
    assert.ok(emulator().counters().inFlightMax >= 2, 'requests did run concurrently');
  });

  it('honours maxConcurrentRequests', async () => {
    emulator().setSettings({ latencyMs: 10 });
    const client = digestClient(emulator(), undefined, { maxConcurrentRequests: 2 });
    await Promise.all(Array.from({ length: 10 }, () => client.listPrivateEndpointsPage(SEED_PROJECT_ID, { pageNum: 1, itemsPerPage: 10 })));
    assert.ok(emulator().counters().inFlightMax <= 2);
  });

  it('refuses itemsPerPage outside 1..500 before any request', async () => {
    const client = digestClient(emulator());
    for (const itemsPerPage of [0, 501, 2.5]) {
      await assert.rejects(client.listPrivateEndpointsPage(SEED_PROJECT_ID, { pageNum: 1, itemsPerPage }), { kind: 'badRequest' });
    }
    await assert.rejects(client.listPrivateEndpointsPage('not-a-project', { pageNum: 1, itemsPerPage: 10 }), { kind: 'badRequest' });
    assert.throws(() => createPrivateEndpointPager(client, SEED_PROJECT_ID, 1000), { kind: 'badRequest' });
    assert.equal(emulator().counters().total, 0);
  });

  it('gets endpoint services for AWS, AZURE and GCP, and one project', async () => {
    const client = digestClient(emulator());
    const aws = await client.listEndpointServices(RETIRED_PROJECT_ID, 'AWS');
    const azure = await client.listEndpointServices(RETIRED_PROJECT_ID, 'AZURE');
    const gcp = await client.listEndpointServices(RETIRED_PROJECT_ID, 'GCP');
    assert.equal(aws.items.length, 2);
    assert.ok(aws.items.every((service) => service.cloudProvider === 'AWS' && Array.isArray(service.interfaceEndpoints)));
    assert.match(String(azure.items[0].privateLinkServiceName), /^pls_[0-9a-f]{24}$/);
    assert.match(String(gcp.items[0].serviceAttachmentNames?.[0]), /serviceAttachments/);
    assert.deepEqual(aws.raw, emulator().dataset.find((project) => project.id === RETIRED_PROJECT_ID)?.endpointServices.AWS);
    const project = await client.getProject(LARGE_PROJECT_ID);
    assert.equal(project.name, 'Payments Production');
  });

  it('pages GET /groups (projects) to the end', async () => {
    const client = digestClient(emulator());
    const pager = createProjectPager(client, 1);
    await pager.loadAll();
    assert.deepEqual(
      pager.items.map((project) => project.id),
      emulator().projects.map((project) => project.id),
    );
    assert.equal(pager.totalCount, emulator().projects.length);
  });

  it('with envelope=true forced, single resources and errors still come through', async () => {
    emulator().setSettings({ envelope: true });
    const client = digestClient(emulator());
    const project = await client.getProject(SEED_PROJECT_ID);
    assert.equal(project.name, 'Seed Example');
    await assert.rejects(client.getProject('0123456789abcdef01234567'), { kind: 'notFound', status: 404, errorCode: 'GROUP_NOT_FOUND' });
  });
});
