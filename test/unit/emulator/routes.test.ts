// The emulator's API surface, read with plain fetch and a Bearer token (independent of our client).
import assert from 'node:assert/strict';
import {
  EMPTY_PROJECT_ID,
  HUGE_PROJECT_ID,
  LARGE_PROJECT_ID,
  RETIRED_PROJECT_ID,
  SEED_EXAMPLE_RESPONSE,
  SEED_PROJECT_ID,
  buildDataset,
  emulatorControl,
  startEmulator,
  type RunningEmulator,
} from '../../emulator';
import { bearerToken, getJson } from './helpers';

const V1 = '/api/atlas/v1.0';
const list = (projectId: string, query = '') => `${V1}/groups/${projectId}/privateEndpoint${query}`;

describe('emulator routes', function () {
  this.timeout(20_000);
  let emulator: RunningEmulator;
  let token = '';
  before(async () => {
    emulator = await startEmulator();
    token = await bearerToken(emulator);
  });
  after(() => emulator.close());
  beforeEach(() => {
    emulator.clearFaults();
    emulator.resetCounters();
    emulator.setSettings({ shape: 'array', envelope: false, ignorePageNum: false });
  });
  const get = (path: string) => getJson(emulator, token, path);

  describe('dataset', () => {
    it('is deterministic and covers every status, with null endpointServiceName while INITIATING and errorMessage when FAILED', () => {
      assert.deepEqual(buildDataset(), buildDataset());
      const large = buildDataset().find((project) => project.id === LARGE_PROJECT_ID);
      assert.equal(large?.connections.length, 1234);
      const byStatus = new Map<string, number>();
      for (const connection of large?.connections ?? []) byStatus.set(connection.status, (byStatus.get(connection.status) ?? 0) + 1);
      assert.deepEqual([...byStatus.keys()].sort(), ['AVAILABLE', 'DELETING', 'FAILED', 'INITIATING', 'WAITING_FOR_USER']);
      assert.ok(large?.connections.filter((c) => c.status === 'INITIATING').every((c) => c.endpointServiceName === null));
      assert.ok(large?.connections.filter((c) => c.status === 'FAILED').every((c) => typeof c.errorMessage === 'string'));
      assert.ok(large?.connections.every((c) => /^[0-9a-f]{24}$/.test(c.id)));
      assert.equal(new Set(large?.connections.map((c) => c.id)).size, 1234);
    });

    it('adds a 10,000-connection project and N extra projects on request', () => {
      const projects = buildDataset({ hugeProject: true, extraProjects: 200, extraProjectConnections: 2 });
      assert.equal(projects.find((project) => project.id === HUGE_PROJECT_ID)?.connections.length, 10_000);
      assert.equal(projects.length, 4 + 1 + 200);
      assert.equal(new Set(projects.map((project) => project.id)).size, projects.length);
    });
  });

  it('serves the seed project as the seed example, compact without pretty', async () => {
    const response = await get(list(SEED_PROJECT_ID));
    assert.equal(response.status, 200);
    assert.equal(response.text, JSON.stringify(JSON.parse(SEED_EXAMPLE_RESPONSE)));
    assert.equal((await get(list(SEED_PROJECT_ID, '?pretty=true'))).text, SEED_EXAMPLE_RESPONSE);
  });

  it('coerces paging: itemsPerPage above 500 to 500, pageNum 0 to 1, default 100', async () => {
    assert.equal(((await get(list(LARGE_PROJECT_ID, '?itemsPerPage=9999'))).body as unknown[]).length, 500);
    assert.equal(((await get(list(LARGE_PROJECT_ID))).body as unknown[]).length, 100);
    const first = (await get(list(LARGE_PROJECT_ID, '?pageNum=1&itemsPerPage=3'))).body;
    assert.deepEqual((await get(list(LARGE_PROJECT_ID, '?pageNum=0&itemsPerPage=3'))).body, first);
    assert.equal(((await get(list(LARGE_PROJECT_ID, '?pageNum=3&itemsPerPage=500'))).body as unknown[]).length, 234);
    assert.deepEqual((await get(list(LARGE_PROJECT_ID, '?pageNum=99&itemsPerPage=500'))).body, []);
  });

  it('the paginated shape has links (next, previous) per IPA-110, and totalCount unless includeCount=false', async () => {
    emulator.setSettings({ shape: 'paginated' });
    const body = (await get(list(LARGE_PROJECT_ID, '?pageNum=2&itemsPerPage=500'))).body as { links: Array<{ rel: string; href: string }>; results: unknown[]; totalCount?: number };
    assert.equal(body.results.length, 500);
    assert.equal(body.totalCount, 1234);
    assert.deepEqual(body.links.map((link) => link.rel), ['self', 'previous', 'next']);
    assert.equal(body.links[2].href, `${emulator.url}${list(LARGE_PROJECT_ID, '?pageNum=3&itemsPerPage=500')}`);
    const last = (await get(list(LARGE_PROJECT_ID, '?pageNum=3&itemsPerPage=500&includeCount=false'))).body as Record<string, unknown>;
    assert.equal('totalCount' in last, false);
    assert.deepEqual((last.links as Array<{ rel: string }>).map((link) => link.rel), ['self', 'previous']);
  });

  it('envelope=true: 200 with the status inside, for lists, single resources and errors', async () => {
    assert.deepEqual((await get(list(SEED_PROJECT_ID, '?envelope=true'))).body, { status: 200, content: JSON.parse(SEED_EXAMPLE_RESPONSE) });
    emulator.setSettings({ shape: 'paginated' });
    const paged = (await get(list(SEED_PROJECT_ID, '?envelope=true'))).body as Record<string, unknown>;
    assert.equal(paged.status, 200);
    assert.equal(paged.totalCount, 2);
    const missing = await get(`${V1}/groups/0123456789abcdef01234567?envelope=true`);
    assert.equal(missing.status, 200);
    assert.equal((missing.body as { status: number }).status, 404);
    assert.equal((missing.body as { content: { errorCode: string } }).content.errorCode, 'GROUP_NOT_FOUND');
    const one = (await get(list(SEED_PROJECT_ID, '/5df264b8f10fab7d2cad2f0d?envelope=true'))).body as { status: number; content: { id: string } };
    assert.equal(one.status, 200);
    assert.equal(one.content.id, '5df264b8f10fab7d2cad2f0d');
    const unknownConnection = (await get(list(SEED_PROJECT_ID, '/ffffffffffffffffffffffff?envelope=true'))).body as { status: number; content: { errorCode: string } };
    assert.equal(unknownConnection.status, 404);
    assert.equal(unknownConnection.content.errorCode, 'PRIVATELINK_NOT_FOUND');
  });

  it('GET one connection, and Atlas 404 bodies for unknown connections, projects and malformed ids', async () => {
    assert.deepEqual((await get(list(SEED_PROJECT_ID, '/5df264b8f10fab7d2cad2f0d'))).body, JSON.parse(SEED_EXAMPLE_RESPONSE)[0]);
    const other = (await get(list(SEED_PROJECT_ID, '/5758160cc363b548152501c2'))).body as { endpointServiceName: string };
    assert.equal(other.endpointServiceName, 'com.amazonaws.vpce.us-west-1.vpce-svc-4fbdd5faa86d2e7538');
    assert.deepEqual((await get(list(SEED_PROJECT_ID, '/ffffffffffffffffffffffff'))).body, {
      detail: 'A PrivateLink with id ffffffffffffffffffffffff does not exist.',
      error: 404,
      errorCode: 'PRIVATELINK_NOT_FOUND',
      parameters: ['ffffffffffffffffffffffff'],
      reason: 'Not Found',
    });
    const unknown = await get(list('0123456789abcdef01234567'));
    assert.equal(unknown.status, 404);
    assert.equal((unknown.body as { errorCode: string }).errorCode, 'GROUP_NOT_FOUND');
    assert.equal(((await get(list('nothex'))).body as { errorCode: string }).errorCode, 'INVALID_GROUP_ID');
  });

  it('the retired project: legacy list 404, endpoint services for AWS, AZURE and GCP with their own fields (v1.0 and v2)', async () => {
    const legacy = await get(list(RETIRED_PROJECT_ID));
    assert.equal(legacy.status, 404);
    assert.equal((legacy.body as { errorCode: string }).errorCode, 'RESOURCE_NOT_FOUND');
    for (const version of ['v1.0', 'v2']) {
      const aws = (await get(`/api/atlas/${version}/groups/${RETIRED_PROJECT_ID}/privateEndpoint/AWS/endpointService`)).body as Array<Record<string, unknown>>;
      assert.equal(aws.length, 2);
      assert.ok(aws.every((service) => service.cloudProvider === 'AWS' && Array.isArray(service.interfaceEndpoints)));
      const azure = (await get(`/api/atlas/${version}/groups/${RETIRED_PROJECT_ID}/privateEndpoint/AZURE/endpointService`)).body as Array<Record<string, unknown>>;
      assert.match(String(azure[0].privateLinkServiceName), /^pls_[0-9a-f]{24}$/);
      assert.ok(Array.isArray(azure[0].privateEndpoints));
      const gcp = (await get(`/api/atlas/${version}/groups/${RETIRED_PROJECT_ID}/privateEndpoint/GCP/endpointService`)).body as Array<Record<string, unknown>>;
      assert.ok(Array.isArray(gcp[0].serviceAttachmentNames) && Array.isArray(gcp[0].endpointGroupNames));
      const one = await get(`/api/atlas/${version}/groups/${RETIRED_PROJECT_ID}/privateEndpoint/GCP/endpointService/${String(gcp[0].id)}`);
      assert.deepEqual(one.body, gcp[0]);
    }
    assert.deepEqual((await get(`${V1}/groups/${EMPTY_PROJECT_ID}/privateEndpoint/AZURE/endpointService`)).body, []);
  });

  it('GET /groups is paginated with readable names; GET /groups/{id} returns one', async () => {
    const page = (await get(`${V1}/groups?itemsPerPage=2`)).body as { results: Array<{ id: string; name: string; orgId: string }>; totalCount: number; links: Array<{ rel: string }> };
    assert.equal(page.totalCount, 4);
    assert.deepEqual(page.results.map((project) => project.name), ['Seed Example', 'Payments Production']);
    assert.ok(page.links.some((link) => link.rel === 'next'));
    const one = (await get(`${V1}/groups/${EMPTY_PROJECT_ID}`)).body as { name: string; id: string };
    assert.deepEqual([one.id, one.name], [EMPTY_PROJECT_ID, 'Empty Sandbox']);
  });

  it('ignorePageNum serves page 1 for every pageNum', async () => {
    emulator.setSettings({ ignorePageNum: true });
    assert.deepEqual((await get(list(LARGE_PROJECT_ID, '?pageNum=2&itemsPerPage=5'))).body, (await get(list(LARGE_PROJECT_ID, '?pageNum=1&itemsPerPage=5'))).body);
  });

  it('counts requests in total, per path and per project, and in-flight max', async () => {
    await get(list(SEED_PROJECT_ID));
    await get(list(SEED_PROJECT_ID, '?pageNum=2'));
    await get(`${V1}/groups/${LARGE_PROJECT_ID}`);
    const counters = emulator.counters();
    assert.equal(counters.total, 3);
    assert.equal(counters.bearerAuthorized, 3);
    assert.equal(counters.byPath[list(SEED_PROJECT_ID)], 2);
    assert.deepEqual(counters.byProject, { [SEED_PROJECT_ID]: 2, [LARGE_PROJECT_ID]: 1 });
    assert.equal(counters.inFlightMax, 1);
  });

  describe('faults', () => {
    it('bursts switch off after count, scoped by project and path', async () => {
      emulator.setFault({ type: 'status', status: 503, retryAfterSeconds: 7, count: 2, projectId: SEED_PROJECT_ID });
      const first = await get(list(SEED_PROJECT_ID));
      assert.equal(first.status, 503);
      assert.equal(first.headers.get('retry-after'), '7');
      assert.equal((await get(list(LARGE_PROJECT_ID))).status, 200, 'another project is not affected');
      assert.equal((await get(list(SEED_PROJECT_ID))).status, 503);
      assert.equal((await get(list(SEED_PROJECT_ID))).status, 200, 'the burst is over');
      emulator.setFault({ type: 'forbidden', pathIncludes: '/privateEndpoint' });
      assert.equal((await get(`${V1}/groups/${SEED_PROJECT_ID}`)).status, 200);
      assert.equal((await get(list(SEED_PROJECT_ID))).status, 403);
      assert.equal(emulator.counters().faultsApplied, 3);
    });

    it('answers with Atlas bodies for 429, 403 IP access list, 410, and a proxy page for html', async () => {
      emulator.setFault({ type: 'rateLimit', retryAfterSeconds: 55, count: 1 });
      const limited = await get(list(SEED_PROJECT_ID));
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('retry-after'), '55');
      assert.equal((limited.body as { errorCode: string }).errorCode, 'RATE_LIMITED_TOKEN_BUCKET');
      emulator.setFault({ type: 'ipNotAllowed', count: 1 });
      assert.deepEqual((await get(list(SEED_PROJECT_ID))).body, {
        detail: 'IP address 203.0.113.9 is not allowed to access this resource.',
        error: 403,
        errorCode: 'IP_ADDRESS_NOT_ON_ACCESS_LIST',
        parameters: ['203.0.113.9'],
        reason: 'Forbidden',
      });
      emulator.setFault({ type: 'gone', count: 1 });
      assert.equal((await get(list(SEED_PROJECT_ID))).status, 410);
      emulator.setFault({ type: 'html', count: 1 });
      const html = await get(list(SEED_PROJECT_ID));
      assert.equal(html.status, 502);
      assert.match(html.headers.get('content-type') ?? '', /text\/html/);
      assert.match(html.text, /<h1>502 Bad Gateway<\/h1>/);
    });

    it('malformed JSON, wrong shapes, redirects, resets and oversize bodies', async () => {
      emulator.setFault({ type: 'malformedJson', count: 1 });
      assert.equal((await get(list(SEED_PROJECT_ID))).body, undefined);
      emulator.setFault({ type: 'wrongShape', variant: 'object', count: 1 });
      assert.ok(!Array.isArray((await get(list(SEED_PROJECT_ID))).body));
      emulator.setFault({ type: 'wrongShape', variant: 'missingId', count: 1 });
      assert.ok(((await get(list(SEED_PROJECT_ID))).body as Array<Record<string, unknown>>).every((item) => !('id' in item) && 'status' in item));
      emulator.setFault({ type: 'redirect', location: 'http://127.0.0.1:9/elsewhere', count: 1 });
      const redirect = await get(list(SEED_PROJECT_ID));
      assert.equal(redirect.status, 302);
      assert.equal(redirect.headers.get('location'), 'http://127.0.0.1:9/elsewhere');
      emulator.setFault({ type: 'reset', count: 1 });
      await assert.rejects(get(list(SEED_PROJECT_ID)), /fetch failed/);
      emulator.setFault({ type: 'oversize', bytes: 300_000, declareLength: true, count: 1 });
      const big = await get(list(SEED_PROJECT_ID));
      assert.equal(Number(big.headers.get('content-length')), Buffer.byteLength(big.text));
      assert.ok(big.text.length >= 300_000);
      assert.ok(Array.isArray(big.body));
    });

    it('a hanging request is cut when the emulator closes', async () => {
      const other = await startEmulator();
      const otherToken = await bearerToken(other);
      other.setFault({ type: 'hang' });
      const pending = getJson(other, otherToken, list(SEED_PROJECT_ID));
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(other.counters().inFlight, 1);
      await other.close();
      await assert.rejects(pending);
    });

    it('unknownAlgorithm changes the challenge', async () => {
      emulator.setFault({ type: 'unknownAlgorithm', count: 1 });
      const response = await fetch(`${emulator.url}${list(SEED_PROJECT_ID)}`);
      await response.arrayBuffer();
      assert.match(response.headers.get('www-authenticate') ?? '', /algorithm=SHA-512-256/);
    });

    it('latency faults delay only their project (checked through counters of requests still in flight)', async () => {
      emulator.setFault({ type: 'latency', ms: 300, projectId: LARGE_PROJECT_ID });
      const slow = get(list(LARGE_PROJECT_ID));
      await get(list(SEED_PROJECT_ID));
      assert.equal(emulator.counters().inFlight, 1, 'the seed project answered while the slow one is still waiting');
      await slow;
    });
  });

  describe('service accounts', () => {
    const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
    const postToken = (headers: Record<string, string>, body: string) => fetch(`${emulator.url}/api/oauth/token`, { method: 'POST', headers, body });

    it('issues Bearer tokens for client credentials and counts token requests', async () => {
      const { clientId, clientSecret } = emulator.serviceAccount;
      assert.match(clientId, /^mdb_sa_id_[0-9a-f]{24}$/);
      assert.match(clientSecret, /^mdb_sa_sk_/);
      const response = await postToken({ Authorization: basic(clientId, clientSecret), 'Content-Type': 'application/x-www-form-urlencoded' }, 'grant_type=client_credentials');
      const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
      assert.equal(response.status, 200);
      assert.equal(body.token_type, 'Bearer');
      assert.equal(body.expires_in, 3600);
      assert.equal(body.access_token.split('.').length, 3, 'JWT-shaped');
      assert.equal(emulator.counters().tokenRequests, 1);
    });

    it('refuses wrong credentials, wrong grant types and wrong content types', async () => {
      const { clientId, clientSecret } = emulator.serviceAccount;
      const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
      assert.equal((await postToken({ ...form, Authorization: basic(clientId, 'nope') }, 'grant_type=client_credentials')).status, 401);
      assert.equal((await postToken({ ...form, Authorization: basic(clientId, clientSecret) }, 'grant_type=password')).status, 400);
      assert.equal((await postToken({ 'Content-Type': 'application/json', Authorization: basic(clientId, clientSecret) }, '{}')).status, 400);
    });

    it('refuses an expired or unknown Bearer token', async () => {
      const fresh = await bearerToken(emulator);
      emulator.expireTokens();
      assert.equal((await getJson(emulator, fresh, list(SEED_PROJECT_ID))).status, 401);
      assert.equal((await getJson(emulator, 'made.up.token', list(SEED_PROJECT_ID))).status, 401);
      token = await bearerToken(emulator);
    });
  });

  describe('control API over HTTP', () => {
    const control = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${emulator.url}/__emulator/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    it('reads counters, sets and clears faults, resets, and is itself not counted', async () => {
      await get(list(SEED_PROJECT_ID));
      assert.equal((await control('GET', 'counters')).body.total, 1);
      await control('POST', 'faults', { type: 'status', status: 500, projectId: SEED_PROJECT_ID });
      assert.equal((await get(list(SEED_PROJECT_ID))).status, 500);
      await control('DELETE', 'faults');
      assert.equal((await get(list(SEED_PROJECT_ID))).status, 200);
      await control('POST', 'faults', [{ type: 'gone' }, { type: 'latency', ms: 1 }]);
      assert.equal(((await control('GET', 'faults')).body as unknown as unknown[]).length, 2);
      await control('POST', 'reset');
      assert.equal((await control('GET', 'counters')).body.total, 0);
      assert.equal((await get(list(SEED_PROJECT_ID))).status, 200);
      assert.equal((await control('POST', 'faults', { type: 'explode' })).status, 400);
    });

    it('rotates and revokes keys, and changes settings', async () => {
      const info = (await control('GET', 'info')).body as { url: string; projects: unknown[]; publicKey: string };
      assert.equal(info.url, emulator.url);
      assert.equal(info.projects.length, 4);
      const before = { publicKey: emulator.publicKey, privateKey: emulator.privateKey };
      const rotated = (await control('POST', 'keys', { privateKey: 'new-private-key' })).body as { privateKey: string };
      assert.equal(rotated.privateKey, 'new-private-key');
      assert.equal(emulator.privateKey, 'new-private-key');
      await control('POST', 'keys', { revoke: true });
      assert.notEqual(emulator.privateKey, 'new-private-key');
      emulator.setKeys(before);
      const settings = (await control('POST', 'settings', { shape: 'paginated', latencyMs: 0 })).body;
      assert.equal(settings.shape, 'paginated');
      assert.ok(!Array.isArray((await get(list(SEED_PROJECT_ID))).body));
      assert.equal((await control('POST', 'settings', { shape: 'triangle' })).status, 400);
    });
  });

  describe('status changes (the control that changes a connection\'s status over time)', () => {
    const statuses = async () => {
      const { body } = await getJson(emulator, token, `/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint`);
      return (body as Array<{ status: string }>).map((item) => item.status);
    };

    it('changes the status after the delay, in the legacy list and the endpoint services; reset restores the dataset', async () => {
      const [first] = JSON.parse(SEED_EXAMPLE_RESPONSE) as Array<{ id: string }>;
      await emulatorControl(emulator.url, 'POST', 'status-changes', { projectId: SEED_PROJECT_ID, connectionId: first.id, status: 'AVAILABLE', afterMs: 150 });
      assert.deepEqual(await statuses(), ['WAITING_FOR_USER', 'WAITING_FOR_USER'], 'not yet');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(await statuses(), ['AVAILABLE', 'WAITING_FOR_USER']);
      const { body } = await getJson(emulator, token, `/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint/AWS/endpointService`);
      assert.equal((body as Array<{ id: string; status: string }>).find((item) => item.id === first.id)?.status, 'AVAILABLE');
      await emulatorControl(emulator.url, 'POST', 'reset');
      assert.deepEqual(await statuses(), ['WAITING_FOR_USER', 'WAITING_FOR_USER']);
    });

    it('refuses a change for an unknown connection', async () => {
      await assert.rejects(emulatorControl(emulator.url, 'POST', 'status-changes', { projectId: SEED_PROJECT_ID, connectionId: 'nope', status: 'FAILED' }), /no connection nope/);
    });
  });
});
