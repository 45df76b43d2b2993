// Retries: Retry-After honoured, bursts of 5xx and resets absorbed with backoff, 4xx never retried.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtlasApiError, AtlasClient, explainAtlasError } from '../../../src/atlas';
import { englishL10n } from '../../../src/localizer';
import { retryDelayMs } from '../../../src/atlas/retry';
import { SEED_PROJECT_ID } from '../../emulator';
import { Recorder, digestClient, rejectionOf, useEmulator } from './helpers';

const PAGE = { pageNum: 1, itemsPerPage: 100 };

describe('atlas/client retries (real emulator)', function () {
  this.timeout(20_000);
  const emulator = useEmulator();

  it('429 with Retry-After: waits the seconds Atlas asked for, then succeeds', async () => {
    emulator().setFault({ type: 'rateLimit', retryAfterSeconds: 1, count: 1 });
    const recorder = new Recorder();
    const page = await digestClient(emulator(), recorder).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    assert.equal(page.items.length, 2);
    assert.equal(emulator().counters().authorized, 2);
    assert.ok(recorder.lines.some((line) => /rateLimited on attempt 1 .* retrying in 1000 ms/.test(line)), recorder.lines.join('\n'));
    assert.deepEqual(
      recorder.entries.filter((entry) => entry.status !== 401).map((entry) => [entry.status, entry.attempt]),
      [
        [429, 1],
        [200, 2],
      ],
    );
  });

  it('503 burst with Retry-After 0: retried until it clears', async () => {
    emulator().setFault({ type: 'status', status: 503, retryAfterSeconds: 0, count: 2 });
    const page = await digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    assert.equal(page.items.length, 2);
    assert.equal(emulator().counters().authorized, 3);
  });

  it('bursts of 500, 502, 504 and connection resets are absorbed with backoff', async () => {
    for (const fault of [{ type: 'status', status: 500 }, { type: 'status', status: 502 }, { type: 'status', status: 504 }, { type: 'reset' }] as const) {
      emulator().clearFaults();
      emulator().resetCounters();
      emulator().setFault({ ...fault, count: 2 });
      const page = await digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
      assert.equal(page.items.length, 2, JSON.stringify(fault));
      assert.equal(emulator().counters().authorized, 3, JSON.stringify(fault));
    }
  });

  it('a Retry-After longer than the cap is handed back as rateLimited with retryAfterSeconds, without waiting', async () => {
    emulator().setFault({ type: 'rateLimit', retryAfterSeconds: 120 });
    const error = await rejectionOf(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.ok(error instanceof AtlasApiError);
    assert.equal(error.kind, 'rateLimited');
    assert.equal(error.retryAfterSeconds, 120);
    assert.equal(error.errorCode, 'RATE_LIMITED_TOKEN_BUCKET');
    assert.match(error.message, /Try again in 120 s/);
    assert.equal(emulator().counters().authorized, 1);
  });

  it('a 429 without Retry-After (real Atlas\'s RATE_LIMITED) is not retried at once, and says to wait a minute', async () => {
    emulator().setFault({ type: 'rateLimit', retryAfterSeconds: null });
    const error = await rejectionOf(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
    assert.ok(error instanceof AtlasApiError);
    assert.equal(error.kind, 'rateLimited');
    assert.equal(error.errorCode, 'RATE_LIMITED');
    assert.equal(error.retryAfterSeconds, undefined);
    assert.equal(emulator().counters().authorized, 1, 'quick retries against a per-minute limit');
    assert.match(error.message, /Wait a minute/);
    assert.match(explainAtlasError(error, englishL10n), /Wait a minute, then Retry/);
  });

  it('the wait for Retry-After is cancellable', async () => {
    emulator().setFault({ type: 'rateLimit', retryAfterSeconds: 30 });
    const controller = new AbortController();
    const client = digestClient(emulator(), undefined, {
      onRequest: (entry) => {
        if (entry.status === 429) controller.abort();
      },
    });
    const error = await rejectionOf(client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE, controller.signal));
    assert.ok(error instanceof AtlasApiError);
    assert.equal(error.kind, 'cancelled');
    assert.equal(emulator().counters().authorized, 1);
  });

  it('4xx answers are never retried', async () => {
    for (const fault of [{ type: 'ipNotAllowed' }, { type: 'forbidden' }, { type: 'notFound' }, { type: 'gone' }] as const) {
      emulator().clearFaults();
      emulator().resetCounters();
      emulator().setFault(fault);
      await assert.rejects(digestClient(emulator()).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE));
      assert.equal(emulator().counters().authorized, 1, fault.type);
    }
  });

  it('maxRetries bounds the attempts', async () => {
    emulator().setFault({ type: 'status', status: 500 });
    await assert.rejects(digestClient(emulator(), undefined, { maxRetries: 1 }).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE), { kind: 'serverError' });
    assert.equal(emulator().counters().authorized, 1);
    emulator().resetCounters();
    await assert.rejects(digestClient(emulator(), undefined, { maxRetries: 5 }).listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE), { kind: 'serverError' });
    assert.equal(emulator().counters().authorized, 5);
  });

  it('the token POST is not retried', async () => {
    let posts = 0;
    const server = createServer((req, res) => {
      if (req.method === 'POST') posts += 1;
      res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '0' });
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = new AtlasClient({ baseUrl: `http://127.0.0.1:${port}`, serviceAccount: { clientId: 'mdb_sa_id_x', clientSecret: 'mdb_sa_sk_y' }, maxRetries: 1 });
      await assert.rejects(client.getProject(SEED_PROJECT_ID), { kind: 'unavailable' });
      assert.equal(posts, 1);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it('backoff doubles with jitter and stays bounded', () => {
    const policy = { maxAttempts: 6, baseDelayMs: 100, maxRetryAfterSeconds: 60 };
    const serverError = new AtlasApiError({ kind: 'serverError', status: 500, message: 'x' });
    const low = (attempt: number) => retryDelayMs(serverError, attempt, { ...policy, random: () => 0 });
    const high = (attempt: number) => retryDelayMs(serverError, attempt, { ...policy, random: () => 1 });
    assert.deepEqual([1, 2, 3].map(low), [50, 100, 200]);
    assert.deepEqual([1, 2, 3].map(high), [100, 200, 400]);
    assert.equal(retryDelayMs(serverError, 6, policy), undefined, 'no attempt beyond maxAttempts');
    assert.ok((retryDelayMs(serverError, 5, { ...policy, baseDelayMs: 100_000 }) ?? 0) <= 10_000);
    const badRequest = new AtlasApiError({ kind: 'badRequest', status: 400, message: 'x' });
    assert.equal(retryDelayMs(badRequest, 1, policy), undefined);
    const notImplemented = new AtlasApiError({ kind: 'serverError', status: 501, message: 'x' });
    assert.equal(retryDelayMs(notImplemented, 1, policy), undefined);
  });
});
