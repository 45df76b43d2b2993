// Authentication: digest (MD5, SHA-256, stale nonces, nc and cnonce), service accounts, and what is sent.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtlasClient, DEFAULT_USER_AGENT, createPrivateEndpointPager, userAgentFor } from '../../../src/atlas';
import { DigestAuth } from '../../../src/atlas/digestAuth';
import { LARGE_PROJECT_CONNECTIONS, LARGE_PROJECT_ID, SEED_PROJECT_ID, parseDigestParams } from '../../emulator';
import { Recorder, digestClient, serviceAccountClient, useEmulator } from './helpers';

const PAGE = { pageNum: 1, itemsPerPage: 100 };
const CHALLENGE = 'Digest realm="MMS Public API", domain="", nonce="n1", algorithm=MD5, qop="auth", stale=false';

describe('atlas/digestAuth', () => {
  it('gives every request its own nc and a random 32-hex cnonce, and restarts nc for a new nonce', () => {
    const auth = new DigestAuth('pk', 'sk');
    assert.equal(auth.authorize('GET', 'http://h/a'), undefined, 'no header before the first challenge');
    assert.ok(auth.absorb(CHALLENGE));
    const first = parseDigestParams(auth.authorize('GET', 'http://h/a?x=1')?.header ?? '');
    const second = parseDigestParams(auth.authorize('GET', 'http://h/a?x=1')?.header ?? '');
    assert.equal(first?.get('nc'), '00000001');
    assert.equal(second?.get('nc'), '00000002');
    assert.match(first?.get('cnonce') ?? '', /^[0-9a-f]{32}$/);
    assert.notEqual(first?.get('cnonce'), second?.get('cnonce'));
    assert.equal(first?.get('uri'), '/a?x=1');
    assert.equal(first?.get('username'), 'pk');
    assert.equal(first?.get('realm'), 'MMS Public API');
    assert.equal(first?.get('qop'), 'auth');
    auth.absorb(CHALLENGE); // the same nonce again keeps counting
    assert.equal(parseDigestParams(auth.authorize('GET', 'http://h/a')?.header ?? '')?.get('nc'), '00000003');
    auth.absorb(CHALLENGE.replace('n1', 'n2').replace('MD5', 'SHA-256'));
    const renewed = parseDigestParams(auth.authorize('GET', 'http://h/a')?.header ?? '');
    assert.equal(renewed?.get('nc'), '00000001');
    assert.equal(renewed?.get('algorithm'), 'SHA-256');
    assert.match(renewed?.get('response') ?? '', /^[0-9a-f]{64}$/);
  });

  it('refuses algorithms other than MD5 and SHA-256, and ignores non-digest challenges', () => {
    const auth = new DigestAuth('pk', 'sk');
    assert.throws(() => auth.absorb(CHALLENGE.replace('MD5', 'MD5-sess')), { kind: 'unsupportedAuth' });
    assert.throws(() => auth.absorb(CHALLENGE.replace('MD5', 'SHA-512-256')), { kind: 'unsupportedAuth' });
    assert.equal(auth.absorb('Basic realm="x"'), false);
    assert.equal(auth.absorb(null), false);
    assert.equal(auth.ready, false);
  });
});

describe('atlas/client authentication (real emulator)', function () {
  this.timeout(20_000);

  describe('digest, MD5', () => {
    const emulator = useEmulator();

    it('answers a nonce expiring mid-paging (stale=true) transparently, once', async () => {
      const client = digestClient(emulator());
      const pager = createPrivateEndpointPager(client, LARGE_PROJECT_ID, 100);
      await pager.loadNext();
      await pager.loadNext();
      emulator().expireNonces();
      await pager.loadAll();
      assert.equal(pager.items.length, LARGE_PROJECT_CONNECTIONS);
      const counters = emulator().counters();
      assert.equal(counters.stale, 1);
      assert.equal(counters.challenged, 1);
      assert.equal(counters.unauthorized, 0);
      assert.equal(counters.total, 13 + 2);
    });

    it('concurrent requests that all meet an expired nonce each recover, without a wrong-key error', async () => {
      emulator().setSettings({ latencyMs: 10 });
      try {
        const client = digestClient(emulator());
        await client.getProject(LARGE_PROJECT_ID);
        emulator().expireNonces();
        const pages = await Promise.all(Array.from({ length: 12 }, (_, index) => client.listPrivateEndpointsPage(LARGE_PROJECT_ID, { pageNum: index + 1, itemsPerPage: 100 })));
        assert.equal(pages.reduce((sum, page) => sum + page.items.length, 0), 1200);
        const counters = emulator().counters();
        assert.equal(counters.unauthorized, 0);
        assert.ok(counters.stale >= 1 && counters.stale <= 4, `stale ${counters.stale}: only the requests in flight with the old nonce`);
        assert.equal(counters.authorized, 13);
      } finally {
        emulator().setSettings({ latencyMs: 0 });
      }
    });

    it('requests waiting for the first challenge go as soon as it is answered, alongside the handshake\'s own request', async () => {
      emulator().setSettings({ latencyMs: 20 });
      try {
        const client = digestClient(emulator(), undefined, { maxConcurrentRequests: 4 });
        const pages = await Promise.all([1, 2, 3, 4].map((pageNum) => client.listPrivateEndpointsPage(LARGE_PROJECT_ID, { pageNum, itemsPerPage: 100 })));
        assert.equal(pages.reduce((sum, page) => sum + page.items.length, 0), 400);
        const counters = emulator().counters();
        assert.deepEqual([counters.challenged, counters.authorized, counters.unauthorized], [1, 4, 0]);
        assert.equal(counters.inFlightMax, 4, 'the other three waited for the handshake\'s page, a round trip later');
      } finally {
        emulator().setSettings({ latencyMs: 0 });
      }
    });

    it('a client used for many requests keeps one handshake', async () => {
      const client = digestClient(emulator());
      for (let index = 0; index < 5; index += 1) await client.getProject(SEED_PROJECT_ID);
      assert.deepEqual([emulator().counters().challenged, emulator().counters().authorized], [1, 5]);
    });
  });

  describe('digest, SHA-256 (Atlas for Government)', () => {
    const emulator = useEmulator({ algorithm: 'SHA-256' });

    it('pages with SHA-256 digests, one challenge', async () => {
      const pager = createPrivateEndpointPager(digestClient(emulator()), LARGE_PROJECT_ID, 500);
      await pager.loadAll();
      assert.equal(pager.items.length, LARGE_PROJECT_CONNECTIONS);
      assert.deepEqual([emulator().counters().challenged, emulator().counters().authorized, emulator().counters().unauthorized], [1, 3, 0]);
    });
  });

  describe('service accounts (OAuth2 client credentials)', () => {
    const emulator = useEmulator();
    afterEach(() => emulator().setSettings({ tokenLifetimeSeconds: 3600 }));

    it('obtains one Bearer token and reuses it; concurrent first requests share the token request', async () => {
      const client = serviceAccountClient(emulator());
      await Promise.all(Array.from({ length: 8 }, () => client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE)));
      await client.getProject(SEED_PROJECT_ID);
      const counters = emulator().counters();
      assert.equal(counters.tokenRequests, 1);
      assert.equal(counters.bearerAuthorized, 9);
      assert.equal(counters.challenged, 0);
    });

    it('renews the token before it expires, at most half way through a short lifetime (not on every request)', async () => {
      emulator().setSettings({ tokenLifetimeSeconds: 2 }); // shorter than the 60 s margin: renewed after 1 s
      const client = serviceAccountClient(emulator());
      await client.getProject(SEED_PROJECT_ID);
      await client.getProject(SEED_PROJECT_ID);
      assert.equal(emulator().counters().tokenRequests, 1, 'a short-lived token was renewed on every request');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await client.getProject(SEED_PROJECT_ID);
      assert.equal(emulator().counters().tokenRequests, 2, 'the token was not renewed before it expired');
    });

    it('renews once on a 401 (token revoked or expired early)', async () => {
      const client = serviceAccountClient(emulator());
      await client.getProject(SEED_PROJECT_ID);
      emulator().expireTokens();
      const project = await client.getProject(SEED_PROJECT_ID);
      assert.equal(project.id, SEED_PROJECT_ID);
      const counters = emulator().counters();
      assert.equal(counters.tokenRequests, 2);
      assert.equal(counters.unauthorized, 1);
    });

    it('a wrong client secret is unauthorized, without the secret in the message', async () => {
      const recorder = new Recorder();
      const client = new AtlasClient({ baseUrl: emulator().url, serviceAccount: { clientId: emulator().serviceAccount.clientId, clientSecret: 'mdb_sa_sk_wrong-secret' }, logger: recorder.logger });
      await assert.rejects(client.getProject(SEED_PROJECT_ID), (error: Error & { kind?: string }) => {
        assert.equal(error.kind, 'unauthorized');
        assert.ok(!error.message.includes('wrong-secret'));
        assert.ok(!error.message.includes(emulator().serviceAccount.clientId));
        return true;
      });
      assert.ok(!recorder.lines.join('\n').includes('wrong-secret'));
      assert.equal(emulator().counters().total, 0, 'no API request without a token');
    });
  });

  it('sends User-Agent and Accept, and no credentials to a server that does not ask', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('[]');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const base = { baseUrl: `http://127.0.0.1:${port}`, publicKey: 'pk-123', privateKey: 'sk-456' };
      await new AtlasClient(base).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
      await new AtlasClient({ ...base, userAgent: userAgentFor('9.9.9') }).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
      assert.equal(seen[0]['user-agent'], DEFAULT_USER_AGENT);
      assert.match(DEFAULT_USER_AGENT, /^atlas-private-endpoints-vscode\/\d+\.\d+\.\d+$/);
      assert.equal(seen[1]['user-agent'], 'atlas-private-endpoints-vscode/9.9.9');
      assert.equal(seen[0].accept, 'application/json');
      assert.equal(seen[0].authorization, undefined);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });
});
