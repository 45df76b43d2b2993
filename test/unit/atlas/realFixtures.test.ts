// Every real Atlas response of test/fixtures/realapi/fixtures.json replayed through the client, over real sockets: a
// loopback server answers each request with the fixture's status, headers and body, byte for byte.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtlasApiError, AtlasClient, explainAtlasError, type CloudProvider } from '../../../src/atlas';
import { kindForStatus } from '../../../src/atlas/errorVocabulary';
import { englishL10n } from '../../../src/localizer';
import { endpointServiceNameOf } from '../../../src/tree/connectionFields';
import { describeNode } from '../../../src/tree/nodeLook';
import { REAL_FIXTURES, headerOf, type RealFixture } from '../../fixtures/realapi/fixtures';

const PROJECT = '6a793f63c0eb9e7a177153f5';
const PAGE = { pageNum: 1, itemsPerPage: 100 };

/** Serves `body` with the fixture's status and headers (Content-Length recomputed) to every request. */
async function replaying(fixture: RealFixture, body = fixture.body): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server: Server = createServer((_req, res) => {
    requests += 1;
    const headers = Object.fromEntries(Object.entries(fixture.headers).filter(([key]) => key.toLowerCase() !== 'content-length'));
    res.writeHead(fixture.status, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function client(url: string): AtlasClient {
  return new AtlasClient({ baseUrl: url, publicKey: 'replaypub', privateKey: 'replay-private-key-0000', retryBaseDelayMs: 1 });
}

async function outcome(promise: Promise<unknown>): Promise<{ value?: unknown; error?: AtlasApiError }> {
  try {
    return { value: await promise };
  } catch (error) {
    assert.ok(error instanceof AtlasApiError, `not an AtlasApiError: ${String(error)}`);
    return { error };
  }
}

describe('atlas/client replays every real Atlas response (test/fixtures/realapi)', function () {
  this.timeout(20_000);

  it('has the 32 fixtures', () => {
    assert.equal(REAL_FIXTURES.length, 32);
  });

  for (const fixture of REAL_FIXTURES) {
    it(`${fixture.id} (${fixture.status} ${fixture.shape})`, async () => {
      const parsed: unknown = (() => {
        try {
          return JSON.parse(fixture.body);
        } catch {
          return undefined;
        }
      })();
      // A single endpoint service or legacy connection is replayed as the one item of a list, as the lists return them.
      const asList = fixture.shape === 'endpointService' || fixture.shape === 'legacyConnection';
      const server = await replaying(fixture, asList ? `[${fixture.body}]` : fixture.body);
      try {
        const atlas = client(server.url);
        switch (fixture.shape) {
          case 'endpointServiceList':
          case 'endpointService': {
            const provider = (fixture.provider ?? (parsed as { cloudProvider?: CloudProvider }).cloudProvider ?? 'GCP') as CloudProvider;
            const list = await atlas.listEndpointServices(PROJECT, provider);
            const items = (asList ? [parsed] : parsed) as Array<Record<string, unknown>>;
            assert.equal(list.items.length, items.length);
            list.items.forEach((service, index) => {
              assert.equal(service.id, items[index].id);
              assert.equal(service.cloudProvider, provider);
              const node = { kind: 'endpointService' as const, projectId: PROJECT, service };
              const name = endpointServiceNameOf(node);
              // INITIATING services carry null names and empty arrays: no name, and the row says it is being created.
              if (service.status === 'INITIATING') assert.equal(name, undefined, JSON.stringify(service));
              assert.ok(describeNode(node, englishL10n).label.length > 0);
            });
            break;
          }
          case 'projectPage': {
            const page = await atlas.listProjectsPage(PAGE);
            const body = parsed as { results: Array<{ id: string; name: string }>; totalCount: number };
            assert.deepEqual(page.items.map((item) => [item.id, item.name]), body.results.map((item) => [item.id, item.name]));
            assert.equal(page.totalCount, body.totalCount);
            assert.equal(page.hasMore, false);
            break;
          }
          case 'project':
          case 'envelope': {
            const project = await atlas.getProject(PROJECT);
            const body = (fixture.shape === 'envelope' ? (parsed as { content: unknown }).content : parsed) as { id: string; name: string };
            assert.deepEqual([project.id, project.name], [body.id, body.name]);
            break;
          }
          case 'legacyList':
          case 'legacyConnection': {
            const page = await atlas.listPrivateEndpointsPage(PROJECT, PAGE);
            const items = (asList ? [parsed] : parsed) as Array<{ id: string; endpointServiceName: string | null; status: string }>;
            assert.deepEqual(page.items.map((item) => [item.id, item.endpointServiceName, item.status]), items.map((item) => [item.id, item.endpointServiceName, item.status]));
            assert.equal(server.requests(), 1, 'one request for the page');
            break;
          }
          case 'error': {
            const { error } = await outcome(atlas.getProject(PROJECT));
            assert.ok(error, 'an error answer was taken for a project');
            const body = parsed as { errorCode?: string; detail?: string };
            assert.equal(error.status, fixture.status);
            assert.equal(error.kind, kindForStatus(fixture.status, body.errorCode));
            assert.equal(error.errorCode, body.errorCode);
            assert.equal(error.detail, body.detail);
            const advice = explainAtlasError(error, englishL10n);
            assert.ok(advice.length > 20 && !/[\r\n]/.test(advice), advice);
            if (fixture.status === 401) assert.match(advice, /did not accept the API key \(401\)/);
            if (fixture.status === 429 && headerOf(fixture, 'retry-after') === undefined) {
              assert.equal(server.requests(), 1, 'retried a 429 that named no Retry-After');
              assert.match(advice, /Wait a minute/);
            }
            break;
          }
          case 'interfaceEndpoint':
          case 'other': {
            // No method of the client reads these; taken for a project they must give a value or a readable error.
            const result = await outcome(atlas.getProject(PROJECT));
            if (result.error) assert.equal(result.error.kind, 'invalidResponse');
            break;
          }
        }
      } finally {
        await server.close();
      }
    });
  }
});
