// The emulator checked against real Atlas (test/fixtures/realapi/fixtures.json): status, content type, body keys, the
// digest challenge's exact layout, nulls in INITIATING services, and the legacy routes' answers.
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { RETIRED_PROJECT_ID, SEED_PROJECT_ID } from '../../emulator/dataset';
import { headerOf, realFixture } from '../../fixtures/realapi/fixtures';
import { bearerToken, getJson } from './helpers';

type Json = Record<string, unknown>;

const keysOf = (value: unknown): string[] => Object.keys(value as Json).sort();
const body = (id: string): unknown => JSON.parse(realFixture(id).body);

/** The challenge with its nonce replaced: what must match real Atlas character for character. */
function layout(challenge: string | null | undefined): string {
  return (challenge ?? '').replace(/nonce="[^"]*"/, 'nonce="…"');
}

describe('emulator against real Atlas responses (test/fixtures/realapi)', function () {
  this.timeout(20_000);
  let emulator: RunningEmulator;
  let token: string;

  before(async () => {
    emulator = await startEmulator();
    token = await bearerToken(emulator);
  });

  after(async () => {
    await emulator.close();
  });

  afterEach(() => emulator.clearFaults());

  it('401: the challenge header laid out like Atlas\'s, a 32-character standard base64 nonce, and Atlas\'s body key for key', async () => {
    const real = realFixture('err-401-challenge-2026-08');
    const response = await fetch(`${emulator.url}/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint`);
    const challenge = response.headers.get('www-authenticate');
    assert.equal(response.status, real.status);
    assert.equal(layout(challenge), layout(headerOf(real, 'www-authenticate')));
    assert.match(challenge ?? '', /nonce="[A-Za-z0-9+/]{32}"/);
    assert.equal(response.headers.get('content-type'), headerOf(real, 'content-type'));
    assert.deepEqual(await response.json(), body(real.id));
  });

  it('over many challenges, nonces use the standard base64 alphabet (+ and /), never base64url (- and _)', async () => {
    const nonces: string[] = [];
    for (let index = 0; index < 40; index += 1) {
      const response = await fetch(`${emulator.url}/api/atlas/v1.0/groups`);
      nonces.push(/nonce="([^"]*)"/.exec(response.headers.get('www-authenticate') ?? '')?.[1] ?? '');
    }
    assert.ok(nonces.every((nonce) => /^[A-Za-z0-9+/]{32}$/.test(nonce)), nonces.join(' '));
    assert.ok(nonces.some((nonce) => /[+/]/.test(nonce)), 'no + or / in 40 nonces');
  });

  for (const provider of ['AWS', 'AZURE', 'GCP'] as const) {
    it(`${provider} endpoint services: every item has the keys of Atlas's recorded items, INITIATING ones with Atlas's nulls`, async () => {
      const listed = (body(`v2-${provider.toLowerCase()}-list`) as Json[])[0];
      const initiating = body(`v2-${provider.toLowerCase()}-create-initiating`) as Json;
      const { status, body: served, headers } = await getJson(emulator, token, `/api/atlas/v1.0/groups/${RETIRED_PROJECT_ID}/privateEndpoint/${provider}/endpointService`);
      assert.equal(status, 200);
      assert.match(headers.get('content-type') ?? '', /^application\/json/);
      const items = served as Json[];
      for (const item of items) assert.deepEqual(keysOf(item), keysOf(item.status === 'INITIATING' ? initiating : listed), JSON.stringify(item));
      const starting = items.find((item) => item.status === 'INITIATING');
      assert.ok(starting, `the demo data has no INITIATING ${provider} service`);
      for (const [key, value] of Object.entries(initiating)) {
        if (value === null || (Array.isArray(value) && value.length === 0)) assert.deepEqual(starting[key], value, `${key} of an INITIATING ${provider} service`);
      }
    });
  }

  it('projects: the list\'s and the items\' keys are v1.0 Atlas\'s', async () => {
    const real = body('v1-groups-list-gosdk') as { results: Json[] };
    const { body: served } = await getJson(emulator, token, '/api/atlas/v1.0/groups');
    const page = served as { results: Json[] };
    assert.deepEqual(keysOf(page), keysOf(real));
    assert.deepEqual(keysOf(page.results[0]), keysOf(real.results[0]));
  });

  it('the deprecated list: items with the keys of the documented example', async () => {
    const real = body('v1-legacy-list-docs') as Json[];
    const { body: served } = await getJson(emulator, token, `/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint`);
    for (const item of served as Json[]) assert.deepEqual(keysOf(item), keysOf(real[0]));
  });

  it('GET …/privateEndpoint/{id}/interfaceEndpoints/{vpce} answers 200 with the interface object, as documented', async () => {
    const real = body('v1-legacy-interface-get-docs');
    const connection = emulator.dataset.find((project) => project.id === SEED_PROJECT_ID)?.connections[0];
    assert.ok(connection);
    const path = `/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint/${connection.id}/interfaceEndpoints/${connection.interfaceEndpoints[0]}`;
    const { status, body: served } = await getJson(emulator, token, path);
    assert.equal(status, 200);
    assert.deepEqual(keysOf(served), keysOf(real));
    assert.equal((served as Json).interfaceEndpointId, connection.interfaceEndpoints[0]);
  });

  it('error bodies: 404 GROUP_NOT_FOUND and 429 RATE_LIMITED (no Retry-After) with Atlas\'s keys and wording', async () => {
    const missing = '111111111111111111111111';
    const notFound = await getJson(emulator, token, `/api/atlas/v1.0/groups/${missing}`);
    assert.equal(notFound.status, 404);
    assert.deepEqual(notFound.body, body('err-404-group-not-found'));

    emulator.setFault({ type: 'rateLimit', retryAfterSeconds: null });
    const limited = await getJson(emulator, token, '/api/atlas/v1.0/groups');
    const real = body('err-429-rate-limited') as Json;
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), null);
    assert.deepEqual(keysOf(limited.body), keysOf(real));
    assert.equal((limited.body as Json).errorCode, real.errorCode);
    assert.match(String((limited.body as Json).detail), /is limited to \d+ requests every \d+ minutes\./);
  });
});
