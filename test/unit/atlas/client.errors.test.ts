// Every error path of the client against the emulator's faults, over real sockets.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtlasApiError, AtlasClient, isLegacyEndpointGone, type AtlasErrorKind } from '../../../src/atlas';
import { LARGE_PROJECT_ID, RETIRED_PROJECT_ID, SEED_PROJECT_ID } from '../../emulator';
import { Recorder, digestClient, rejectionOf, useEmulator } from './helpers';

const PAGE = { pageNum: 1, itemsPerPage: 100 };

async function failure(promise: Promise<unknown>): Promise<AtlasApiError> {
  const error = await rejectionOf(promise);
  assert.ok(error instanceof AtlasApiError, `expected AtlasApiError, got ${String(error)}`);
  return error;
}

/** A second loopback server that records what reached it. */
async function recordingServer(): Promise<{ url: string; seen: IncomingHttpHeaders[]; close: () => Promise<void> }> {
  const seen: IncomingHttpHeaders[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('atlas/client errors (real emulator)', function () {
  this.timeout(20_000);
  const emulator = useEmulator();

  it('wrong key: unauthorized (401 UNEXPECTED_ERROR, as real Atlas answers), no retry storm, no key in the message', async () => {
    const client = digestClient(emulator(), undefined, { privateKey: 'not-the-right-private-key' });
    const error = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(error.kind, 'unauthorized');
    assert.equal(error.status, 401);
    assert.equal(error.errorCode, 'UNEXPECTED_ERROR');
    assert.equal(error.detail, 'You are not authorized for this resource.');
    assert.ok(!error.message.includes('not-the-right-private-key'));
    assert.ok(!error.message.includes(emulator().publicKey));
    assert.ok(emulator().counters().total <= 3, `${emulator().counters().total} requests`);
  });

  it('key revoked while in use: the next page is unauthorized', async () => {
    const client = digestClient(emulator());
    await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    const original = emulator().privateKey;
    emulator().revokeKey();
    try {
      const error = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
      assert.equal(error.kind, 'unauthorized');
    } finally {
      emulator().setKeys({ privateKey: original });
    }
  });

  it('403 IP_ADDRESS_NOT_ON_ACCESS_LIST: ipNotAllowed with the IP Atlas reported, not retried', async () => {
    emulator().setFault({ type: 'ipNotAllowed', ip: '198.51.100.23' });
    const client = digestClient(emulator());
    const error = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(error.kind, 'ipNotAllowed');
    assert.equal(error.ipAddress, '198.51.100.23');
    assert.match(error.message, /198\.51\.100\.23/);
    assert.match(error.message, /access list/);
    assert.equal(emulator().counters().authorized, 1);
  });

  it('403 missing role: forbidden', async () => {
    emulator().setFault({ type: 'forbidden' });
    const error = await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(error.kind, 'forbidden');
    assert.match(error.message, /Project Read Only/);
  });

  it('404 unknown project: notFound GROUP_NOT_FOUND, which is not a retired legacy endpoint', async () => {
    const error = await failure(digestClient(emulator()).listPrivateEndpointsPage('0123456789abcdef01234567', PAGE));
    assert.equal(error.kind, 'notFound');
    assert.equal(error.errorCode, 'GROUP_NOT_FOUND');
    assert.deepEqual(error.parameters, ['0123456789abcdef01234567']);
    assert.equal(isLegacyEndpointGone(error), false);
  });

  it('404 on the legacy list of a retired project, and 410: both mean "use endpoint services"', async () => {
    const notFound = await failure(digestClient(emulator()).listPrivateEndpointsPage(RETIRED_PROJECT_ID, PAGE));
    assert.equal(notFound.kind, 'notFound');
    assert.equal(isLegacyEndpointGone(notFound), true);
    emulator().setFault({ type: 'gone', projectId: SEED_PROJECT_ID });
    const gone = await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(gone.kind, 'gone');
    assert.equal(gone.status, 410);
    assert.equal(isLegacyEndpointGone(gone), true);
  });

  it('faults scoped to one project leave other projects alone', async () => {
    emulator().setFault({ type: 'status', status: 500, projectId: LARGE_PROJECT_ID });
    const client = digestClient(emulator(), undefined, { maxRetries: 1 });
    await assert.rejects(client.listPrivateEndpointsPage(LARGE_PROJECT_ID, PAGE), { kind: 'serverError' });
    const page = await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    assert.equal(page.items.length, 2);
  });

  it('persistent 500 / 502 / 504: serverError after 3 attempts', async () => {
    for (const status of [500, 502, 504] as const) {
      emulator().clearFaults();
      emulator().resetCounters();
      emulator().setFault({ type: 'status', status });
      const error = await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
      assert.equal(error.kind, 'serverError');
      assert.equal(error.status, status);
      assert.equal(emulator().counters().authorized, 3, `attempts for ${status}`);
    }
  });

  it('persistent 503: unavailable after 3 attempts', async () => {
    emulator().setFault({ type: 'status', status: 503 });
    const error = await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(error.kind, 'unavailable');
    assert.equal(emulator().counters().authorized, 3);
  });

  it('connection reset every time: network after 3 attempts; connection refused: network', async () => {
    emulator().setFault({ type: 'reset' });
    const error = await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(error.kind, 'network');
    assert.equal(emulator().counters().authorized, 3);
    const closed = await recordingServer();
    await closed.close();
    const refused = new AtlasClient({ baseUrl: closed.url, publicKey: 'pk', privateKey: 'sk', retryBaseDelayMs: 1 });
    const down = await failure(refused.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(down.kind, 'network');
    assert.match(down.message, /Could not reach Atlas at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it('a server that never answers: timeout (not retried)', async () => {
    emulator().setFault({ type: 'hang' });
    const error = await failure(digestClient(emulator(), undefined, { timeoutMs: 150 }).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /did not answer within 150 ms/);
    assert.equal(emulator().counters().authorized, 1);
  });

  it('cancellation: an aborted signal ends a hanging request with cancelled, and an already-aborted one sends nothing', async () => {
    emulator().setFault({ type: 'hang' });
    const controller = new AbortController();
    const pending = digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE, controller.signal);
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    assert.equal(error.kind, 'cancelled');
    emulator().resetCounters();
    const aborted = AbortSignal.abort();
    assert.equal((await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE, aborted))).kind, 'cancelled');
    assert.equal(emulator().counters().total, 0);
  });

  it('malformed JSON, an HTML page with 200, and an HTML 502 from a proxy are clear errors', async () => {
    const client = digestClient(emulator(), undefined, { maxRetries: 1 });
    emulator().setFault({ type: 'malformedJson', count: 1 });
    const malformed = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(malformed.kind, 'invalidResponse');
    assert.match(malformed.message, /malformed JSON/);
    emulator().setFault({ type: 'html', status: 200, count: 1 });
    const html = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(html.kind, 'invalidResponse');
    assert.match(html.message, /HTML page/);
    emulator().setFault({ type: 'html', count: 1 });
    const gateway = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(gateway.kind, 'serverError');
    assert.equal(gateway.status, 502);
    assert.match(gateway.message, /not an Atlas error body \(text\/html\)/);
  });

  it('wrong shapes: an object where a list belongs, items without id', async () => {
    const client = digestClient(emulator());
    emulator().setFault({ type: 'wrongShape', variant: 'object', count: 1 });
    assert.equal((await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE))).kind, 'invalidResponse');
    emulator().setFault({ type: 'wrongShape', variant: 'missingId', count: 1 });
    const missing = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(missing.kind, 'invalidResponse');
    assert.match(missing.message, /no string "id"/);
  });

  it('a body over the cap is refused while streaming (chunked) and up front (Content-Length)', async () => {
    const client = digestClient(emulator(), undefined, { maxResponseBytes: 256 * 1024 });
    emulator().setFault({ type: 'oversize', bytes: 3 * 1024 * 1024, count: 1 });
    const streamed = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(streamed.kind, 'responseTooLarge');
    emulator().setFault({ type: 'oversize', bytes: 3 * 1024 * 1024, declareLength: true, count: 1 });
    assert.equal((await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE))).kind, 'responseTooLarge');
    // The client is still usable afterwards.
    assert.equal((await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE)).items.length, 2);
  });

  it('the default cap (20 MB) refuses a 21 MB body', async () => {
    emulator().setFault({ type: 'oversize', count: 1 });
    const error = await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(error.kind, 'responseTooLarge');
    assert.match(error.message, /20 MB/);
  });

  it('a digest challenge with an unknown algorithm: unsupportedAuth', async () => {
    emulator().setFault({ type: 'unknownAlgorithm', algorithm: 'SHA-512-256' });
    const error = await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.equal(error.kind, 'unsupportedAuth');
    assert.match(error.message, /SHA-512-256/);
  });

  it('a redirect to another origin is refused and the other server receives nothing', async () => {
    const other = await recordingServer();
    try {
      const client = digestClient(emulator());
      await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE); // authenticated already: the next request carries credentials
      emulator().setFault({ type: 'redirect', location: `${other.url}/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint` });
      const error = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
      assert.equal(error.kind, 'redirectRefused');
      assert.match(error.message, new RegExp(other.url.replace(/[.]/g, '\\.')));
      const fresh = await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
      assert.equal(fresh.kind, 'redirectRefused');
      assert.equal(other.seen.length, 0, 'the other origin saw no request at all');
      assert.ok(other.seen.every((headers) => headers.authorization === undefined));
    } finally {
      await other.close();
    }
  });

  it('a same-origin redirect is followed once, with fresh credentials', async () => {
    emulator().setFault({ type: 'redirect', location: `/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint?pageNum=1&itemsPerPage=100`, count: 1 });
    const page = await digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    assert.equal(page.items.length, 2);
    emulator().setFault({ type: 'redirect', location: '/somewhere-else' });
    assert.equal((await failure(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE))).kind, 'invalidResponse');
  });

  it('an invalid base URL is refused when the client is built', () => {
    assert.throws(() => new AtlasClient({ baseUrl: 'http://cloud.mongodb.com', publicKey: 'a', privateKey: 'b' }), { kind: 'invalidBaseUrl' });
    assert.throws(() => new AtlasClient({ baseUrl: 'https://cloud.mongodb.com' }), { kind: 'unauthorized' });
  });

  it('no key, secret or header ends up in any error text or log line', async () => {
    const recorder = new Recorder();
    const secrets = [emulator().publicKey, emulator().privateKey, 'Digest ', 'Authorization'];
    const texts: string[] = [];
    const scenarios: Array<[AtlasErrorKind, () => void]> = [
      ['ipNotAllowed', () => emulator().setFault({ type: 'ipNotAllowed', count: 1 })],
      ['forbidden', () => emulator().setFault({ type: 'forbidden', count: 1 })],
      ['serverError', () => emulator().setFault({ type: 'status', status: 500, count: 3 })],
      ['invalidResponse', () => emulator().setFault({ type: 'malformedJson', count: 1 })],
      ['rateLimited', () => emulator().setFault({ type: 'rateLimit', retryAfterSeconds: 600, count: 1 })],
    ];
    const client = digestClient(emulator(), recorder);
    for (const [kind, arrange] of scenarios) {
      arrange();
      const error = await failure(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
      assert.equal(error.kind, kind);
      texts.push(error.message, String(error.detail), JSON.stringify(error), String(error.stack));
    }
    const wrong = digestClient(emulator(), recorder, { privateKey: 'wrong-private-key-123' });
    const unauthorized = await failure(wrong.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    texts.push(unauthorized.message, String(unauthorized.stack));
    texts.push(...recorder.lines, ...recorder.entries.map((entry) => JSON.stringify(entry)));
    assert.ok(recorder.lines.length > 5);
    const all = texts.join('\n');
    for (const secret of [...secrets, 'wrong-private-key-123']) assert.ok(!all.includes(secret), `found ${secret}`);
  });
});
