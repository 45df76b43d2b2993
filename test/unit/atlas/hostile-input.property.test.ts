// Issue 7, "Hostile input": random and malformed bodies into the response parsing, the client and the pager.
// Nothing but AtlasApiError escapes, paging always ends, and memory stays bounded.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { AtlasApiError, AtlasClient, Pager, createPrivateEndpointPager, type Page, type PageRequest } from '../../../src/atlas';
import { computeHasMore, envelopeStatus, parseJson, parseListBody, toConnection, toProject, unwrapSingle } from '../../../src/atlas/parse';
import { parseJsonInSlices } from '../../../src/atlas/slicedJson';

const GROUP = '5e2211c17a3e5a48f5497de3';

function onlyAtlasErrors(action: () => unknown): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof AtlasApiError)) throw error;
    assert.ok(error.message.length > 0 && error.message.length < 1000);
  }
}

/** JSON values biased towards the shapes Atlas uses, so the interesting branches are reached. */
const itemArbitrary = fc.oneof(
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), status: fc.anything(), interfaceEndpoints: fc.anything(), endpointServiceName: fc.anything() }, { requiredKeys: [] }),
  fc.jsonValue(),
);
const bodyArbitrary = fc.oneof(
  fc.jsonValue(),
  fc.array(itemArbitrary, { maxLength: 20 }),
  fc.record({ links: fc.anything(), results: fc.oneof(fc.array(itemArbitrary, { maxLength: 20 }), fc.anything()), totalCount: fc.oneof(fc.integer(), fc.double(), fc.string()) }, { requiredKeys: [] }),
  fc.record({ status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.string()), content: fc.oneof(fc.array(itemArbitrary, { maxLength: 20 }), fc.jsonValue()) }, { requiredKeys: [] }),
);

describe('atlas hostile input (property-based)', function () {
  this.timeout(60_000);

  it('parsing any JSON value as a list, a connection or a project throws nothing but AtlasApiError', () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 1000 }), (body, itemsPerPage, pageNum) => {
        onlyAtlasErrors(() => {
          const list = parseListBody(body, 200);
          list.items.forEach((item, index) => toConnection(item, index, 200));
          computeHasMore(list, pageNum, itemsPerPage);
        });
        onlyAtlasErrors(() => toProject(unwrapSingle(body), 0, 200));
        onlyAtlasErrors(() => envelopeStatus(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('parsing any text as JSON throws nothing but AtlasApiError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1)))), async (text) => {
        try {
          await parseJson(text, 200);
        } catch (error) {
          onlyAtlasErrors(() => {
            throw error;
          });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the sliced parser of big bodies agrees with JSON.parse on any JSON text, and on any text cut short', async () => {
    const texts = fc.oneof(fc.json(), fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))), fc.json().map((text) => text.replace(/,/g, ', \n')));
    await fc.assert(
      fc.asyncProperty(texts, fc.integer({ min: 1, max: 64 }), async (text, sliceChars) => {
        let expected: unknown;
        try {
          expected = JSON.parse(text);
        } catch {
          await assert.rejects(parseJsonInSlices(text, () => Promise.resolve(), sliceChars), SyntaxError);
          return;
        }
        assert.deepEqual(await parseJsonInSlices(text, () => Promise.resolve(), sliceChars), expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('the pager always ends, never duplicates, and stays under its cap, whatever pages it is fed', async () => {
    const pageArbitrary = fc.record({
      ids: fc.array(fc.stringMatching(/^[a-f]{1,2}$/), { maxLength: 12 }),
      hasMore: fc.boolean(),
      totalCount: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.infiniteStream(pageArbitrary), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 200 }), async (pages, itemsPerPage, maxItems) => {
        let calls = 0;
        const iterator = pages[Symbol.iterator]();
        const pager = new Pager(
          async (request: PageRequest): Promise<Page<{ id: string }>> => {
            calls += 1;
            const next = iterator.next().value as { ids: string[]; hasMore: boolean; totalCount?: number };
            return { items: next.ids.map((id) => ({ id })), pageNum: request.pageNum, itemsPerPage: request.itemsPerPage, hasMore: next.hasMore, totalCount: next.totalCount, raw: next };
          },
          itemsPerPage,
          { maxItems },
        );
        await pager.loadAll();
        const ids = pager.items.map((item) => item.id);
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(ids.length <= maxItems);
        // Every page but the last adds at least one new id, so paging ends within maxItems + 1 pages.
        assert.ok(calls <= maxItems + 1, `${calls} calls`);
        assert.equal(pager.hasMore, false);
      }),
      { numRuns: 500 },
    );
  });

  describe('random bodies over a real socket', () => {
    let server: Server;
    let url = '';
    let next: { status: number; contentType: string; body: string } = { status: 200, contentType: 'application/json', body: '[]' };

    before(async () => {
      server = createServer((_req, res) => {
        res.writeHead(next.status, { 'Content-Type': next.contentType });
        res.end(next.body);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      server.close();
      server.closeAllConnections();
    });

    it('the client answers any status and body with a page or an AtlasApiError', async () => {
      const client = new AtlasClient({ baseUrl: url, publicKey: 'pk-hostile', privateKey: 'sk-hostile', maxRetries: 1, maxResponseBytes: 64 * 1024 });
      const textArbitrary = fc.oneof(bodyArbitrary.map((body) => JSON.stringify(body) ?? ''), fc.string(), fc.constant('<html><body>502 Bad Gateway</body></html>'), fc.constant(''));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(200, 201, 204, 301, 400, 401, 403, 404, 410, 429, 500, 502, 503, 504),
          fc.constantFrom('application/json', 'text/html', 'text/plain'),
          textArbitrary,
          fc.integer({ min: 1, max: 500 }),
          async (status, contentType, body, itemsPerPage) => {
            next = { status, contentType, body: status === 204 ? '' : body };
            try {
              const page = await client.listPrivateEndpointsPage(GROUP, { pageNum: 1, itemsPerPage });
              assert.ok(Array.isArray(page.items));
              assert.ok(page.items.every((item) => typeof item.id === 'string' && Array.isArray(item.interfaceEndpoints)));
            } catch (error) {
              if (!(error instanceof AtlasApiError)) throw error;
              assert.ok(!error.message.includes('sk-hostile') && !error.message.includes('pk-hostile'));
            }
          },
        ),
        { numRuns: 150 },
      );
    });

    it('a server that always claims more, with ever new ids, is stopped by the pager cap', async () => {
      let counter = 0;
      const client = new AtlasClient({ baseUrl: url, publicKey: 'pk', privateKey: 'sk' });
      const pager = createPrivateEndpointPager(client, GROUP, 500, { maxItems: 2000 });
      const respond = () => {
        const ids = Array.from({ length: 500 }, () => ({ id: `x${counter++}`, status: 'AVAILABLE' }));
        next = { status: 200, contentType: 'application/json', body: JSON.stringify({ links: [{ rel: 'next', href: 'x' }], results: ids, totalCount: 1e9 }) };
      };
      while (pager.hasMore) {
        respond();
        await pager.loadNext();
      }
      assert.equal(pager.items.length, 2000);
      assert.equal(pager.ended, 'capped');
    });
  });
});
