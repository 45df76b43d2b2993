// The emulator's RFC 7616 checks, driven by hand-built Authorization headers over real sockets.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { REALM, SEED_PROJECT_ID, parseDigestParams, startEmulator, type RunningEmulator } from '../../emulator';

const PATH = `/api/atlas/v1.0/groups/${SEED_PROJECT_ID}`;

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

function authorization(params: { user: string; password: string; nonce: string; uri: string; nc: string; cnonce?: string; algorithm?: string }): string {
  const cnonce = params.cnonce ?? 'abcdef0123456789';
  const ha1 = md5(`${params.user}:${REALM}:${params.password}`);
  const ha2 = md5(`GET:${params.uri}`);
  const response = md5(`${ha1}:${params.nonce}:${params.nc}:${cnonce}:auth:${ha2}`);
  return `Digest username="${params.user}", realm="${REALM}", nonce="${params.nonce}", uri="${params.uri}", algorithm=${params.algorithm ?? 'MD5'}, response="${response}", qop=auth, nc=${params.nc}, cnonce="${cnonce}"`;
}

async function get(emulator: RunningEmulator, header?: string): Promise<Response> {
  const response = await fetch(`${emulator.url}${PATH}`, { headers: header ? { Authorization: header } : {} });
  await response.arrayBuffer();
  return response;
}

async function challenge(emulator: RunningEmulator): Promise<Map<string, string>> {
  const response = await get(emulator);
  assert.equal(response.status, 401);
  const params = parseDigestParams(response.headers.get('www-authenticate') ?? '');
  assert.ok(params);
  return params;
}

describe('emulator digest verification', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ nonceLifetimeMs: 60_000 });
  });
  after(() => emulator.close());
  beforeEach(() => emulator.resetCounters());

  it('challenges every request without credentials, as the reference shows', async () => {
    const response = await get(emulator);
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.match(response.headers.get('www-authenticate') ?? '', /^Digest realm="MMS Public API", domain="", nonce="[^"]+", algorithm=MD5, qop="auth", stale=false$/);
    await get(emulator);
    assert.equal(emulator.counters().challenged, 2);
  });

  it('accepts a correct digest once per nc and refuses a replay', async () => {
    const { nonce } = Object.fromEntries(await challenge(emulator));
    const header = authorization({ user: emulator.publicKey, password: emulator.privateKey, nonce, uri: PATH, nc: '00000001' });
    assert.equal((await get(emulator, header)).status, 200);
    assert.equal((await get(emulator, header)).status, 401, 'the same nc again is a replay');
    assert.equal((await get(emulator, authorization({ user: emulator.publicKey, password: emulator.privateKey, nonce, uri: PATH, nc: '00000003' }))).status, 200, 'a later nc is fine');
    assert.equal((await get(emulator, authorization({ user: emulator.publicKey, password: emulator.privateKey, nonce, uri: PATH, nc: '00000002' }))).status, 200, 'out of order but unused is fine');
    assert.equal(emulator.counters().unauthorized, 1);
  });

  it('says stale=true for an expired or unknown nonce when the keys are right, and stale=false when they are wrong', async () => {
    const { nonce } = Object.fromEntries(await challenge(emulator));
    emulator.expireNonces();
    const stale = await get(emulator, authorization({ user: emulator.publicKey, password: emulator.privateKey, nonce, uri: PATH, nc: '00000001' }));
    assert.equal(stale.status, 401);
    assert.match(stale.headers.get('www-authenticate') ?? '', /stale=true/);
    const invented = await get(emulator, authorization({ user: emulator.publicKey, password: emulator.privateKey, nonce: 'never-issued', uri: PATH, nc: '00000001' }));
    assert.match(invented.headers.get('www-authenticate') ?? '', /stale=true/);
    const wrong = await get(emulator, authorization({ user: emulator.publicKey, password: 'wrong', nonce: 'never-issued', uri: PATH, nc: '00000001' }));
    assert.match(wrong.headers.get('www-authenticate') ?? '', /stale=false/);
    assert.deepEqual([emulator.counters().stale, emulator.counters().unauthorized], [2, 1]);
  });

  it('refuses a digest for another URI, another algorithm, or without qop', async () => {
    const { nonce } = Object.fromEntries(await challenge(emulator));
    const base = { user: emulator.publicKey, password: emulator.privateKey, nonce, nc: '00000001' };
    assert.equal((await get(emulator, authorization({ ...base, uri: `${PATH}/privateEndpoint` }))).status, 401);
    assert.equal((await get(emulator, authorization({ ...base, uri: PATH, algorithm: 'SHA-256' }))).status, 401);
    assert.equal((await get(emulator, authorization({ ...base, uri: PATH }).replace('qop=auth, ', ''))).status, 401);
    assert.equal((await get(emulator, 'Basic cGs6c2s=')).status, 401);
  });

  it('parses quoted values holding commas and escapes', () => {
    const params = parseDigestParams('Digest username="a,b", realm="MMS Public API", uri="/x?a=1,2", nc=00000001, cnonce="c\\"d"');
    assert.equal(params?.get('username'), 'a,b');
    assert.equal(params?.get('uri'), '/x?a=1,2');
    assert.equal(params?.get('nc'), '00000001');
    assert.equal(params?.get('cnonce'), 'c"d');
    assert.equal(parseDigestParams('Bearer x'), undefined);
  });
});
