// The client against a hostile server on loopback (real sockets): a server that reflects what it receives, or puts
// secrets, forged log lines and link syntax into its error bodies. Nothing it sends may reach a message unredacted.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtlasApiError, AtlasClient, explainAtlasError } from '../../../src/atlas';
import { englishL10n } from '../../../src/localizer';
import { rejectionOf } from './helpers';

const PROJECT = '5a0a1e7e0f2912c554080ae6';
const PAGE = { pageNum: 1, itemsPerPage: 10 };
const PUBLIC_KEY = 'hostilepub';
const PRIVATE_KEY = 'c0ffee00-1111-2222-3333-444455556666';
const CLIENT_ID = 'mdb_sa_id_0123456789abcdef01234567';
const CLIENT_SECRET = 'mdb_sa_sk_topsecretvalue';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function hostile(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

const CHALLENGE = 'Digest realm="MMS Public API", domain="", nonce="669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed", algorithm=MD5, qop="auth", stale=false';

/** Answers the first request with a digest challenge and every authenticated one with `body`. */
function digestThen(status: number, body: unknown): Handler {
  return (req, res) => {
    if (!req.headers.authorization) {
      res.writeHead(401, { 'WWW-Authenticate': CHALLENGE, 'Content-Type': 'application/json' });
      res.end('{}');
      return;
    }
    json(res, status, body);
  };
}

async function failure(promise: Promise<unknown>): Promise<AtlasApiError> {
  const error = await rejectionOf(promise);
  assert.ok(error instanceof AtlasApiError, `expected AtlasApiError, got ${String(error)}`);
  return error;
}

/** Everything of an error a person or a log could see. */
function everything(error: AtlasApiError): string {
  return [error.message, error.errorCode, error.detail, error.reason, JSON.stringify(error.parameters), explainAtlasError(error, englishL10n)].join('\n');
}

describe('atlas/client against a hostile server (real sockets)', function () {
  this.timeout(20_000);
  const servers: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  async function start(handler: Handler): Promise<string> {
    const server = await hostile(handler);
    servers.push(server);
    return server.url;
  }

  it('redacts and clips errorCode, and a line break in it cannot forge a log line', async () => {
    const forged = `${PRIVATE_KEY}\n2026-01-01 [error] forged line ${'X'.repeat(400)}`;
    const url = await start(digestThen(403, { error: 403, errorCode: forged, detail: 'denied', reason: `${PRIVATE_KEY}\r\nFORGED` }));
    const client = new AtlasClient({ baseUrl: url, publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY, maxRetries: 1 });
    const error = await failure(client.listPrivateEndpointsPage(PROJECT, PAGE));
    const shown = everything(error);
    assert.ok(!shown.includes(PRIVATE_KEY), shown);
    assert.ok(!/[\r\n]/.test(error.errorCode ?? ''), 'a line break survived in errorCode');
    assert.ok(!/[\r\n]/.test(error.message), 'a line break survived in the message');
    assert.ok(!/[\r\n]/.test(error.reason ?? ''), 'a line break survived in reason');
    assert.ok((error.errorCode ?? '').length <= 100, `errorCode is ${error.errorCode?.length} characters long`);
  });

  it('breaks link syntax in detail, so a notification cannot turn it into a command link', async () => {
    const link = '[Grant the role now](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22curl%20evil%22%7D)';
    const url = await start(digestThen(403, { error: 403, errorCode: 'FORBIDDEN', detail: `${link} or [docs](https://evil.example)` }));
    const client = new AtlasClient({ baseUrl: url, publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY, maxRetries: 1 });
    const error = await failure(client.listPrivateEndpointsPage(PROJECT, PAGE));
    for (const text of [error.detail ?? '', error.message, explainAtlasError(error, englishL10n)]) {
      assert.ok(!/\]\s*\(/.test(text.replace(/\] \(/g, '')), text);
      assert.ok(!text.includes('](command:'), text);
      assert.ok(!text.includes('](https:'), text);
    }
    assert.match(error.detail ?? '', /Grant the role now\] \(command:/, 'the text itself stays readable');
  });

  it('redacts the OAuth error field, even when the server reflects the Basic credential in it', async () => {
    const url = await start((req, res) => json(res, 401, { error: `invalid_client ${req.headers.authorization ?? ''}` }));
    const client = new AtlasClient({ baseUrl: url, serviceAccount: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }, maxRetries: 1 });
    const error = await failure(client.listProjectsPage(PAGE));
    const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
    const shown = everything(error);
    assert.equal(error.kind, 'unauthorized');
    assert.ok(!shown.includes(basic), `the Basic credential reached the error: ${shown}`);
    assert.ok(!shown.includes(CLIENT_SECRET), shown);
    assert.match(error.errorCode ?? '', /^invalid_client/);
    assert.equal(error.credential, 'serviceAccount');
    const advice = explainAtlasError(error, englishL10n);
    assert.match(advice, /did not accept the service account/);
    assert.doesNotMatch(advice, /API key/);
  });

  it('keeps a token Atlas refused with 401 in the redaction list', async () => {
    let issued = 0;
    const url = await start((req, res) => {
      if (req.url === '/api/oauth/token') {
        issued += 1;
        json(res, 200, { access_token: `token-number-${issued}-abcdefgh`, token_type: 'Bearer', expires_in: 3600 });
        return;
      }
      const auth = req.headers.authorization ?? '';
      if (auth.includes('token-number-1-')) {
        json(res, 401, { error: 401, errorCode: 'UNEXPECTED_ERROR', detail: 'You are not authorized for this resource.' });
        return;
      }
      // The second token is accepted, but the server reflects the first one in its error.
      json(res, 500, { error: 500, errorCode: 'UNEXPECTED_ERROR', detail: 'stale credential token-number-1-abcdefgh was used' });
    });
    const client = new AtlasClient({ baseUrl: url, serviceAccount: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }, maxRetries: 1 });
    const error = await failure(client.listProjectsPage(PAGE));
    assert.equal(issued, 2);
    assert.ok(!everything(error).includes('token-number-1-abcdefgh'), everything(error));
  });

  it('renews a short-lived service-account token only when half its lifetime has passed, not on every request', async () => {
    let issued = 0;
    const url = await start((req, res) => {
      if (req.url === '/api/oauth/token') {
        issued += 1;
        json(res, 200, { access_token: `short-lived-token-${issued}`, token_type: 'Bearer', expires_in: 30 });
        return;
      }
      json(res, 200, { results: [], totalCount: 0 });
    });
    const client = new AtlasClient({ baseUrl: url, serviceAccount: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } });
    for (let request = 0; request < 10; request += 1) await client.listProjectsPage(PAGE);
    assert.equal(issued, 1, `${issued} tokens for 10 requests within a 30 s token's lifetime`);
  });
});
