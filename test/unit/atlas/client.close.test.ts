// AtlasClient.close(): what sign-out, a profile switch or new keys do to the old client (real emulator).
import assert from 'node:assert/strict';
import { AtlasApiError } from '../../../src/atlas';
import { SEED_PROJECT_ID } from '../../emulator';
import { digestClient, rejectionOf, serviceAccountClient, useEmulator } from './helpers';

const PAGE = { pageNum: 1, itemsPerPage: 100 };

describe('atlas/client close (real emulator)', function () {
  this.timeout(20_000);
  const emulator = useEmulator();

  it('aborts the requests in flight and refuses new ones, without another request reaching Atlas', async () => {
    const client = digestClient(emulator());
    await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    emulator().setFault({ type: 'latency', ms: 5000 });
    const inFlight = client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    client.close();
    const error = await rejectionOf(inFlight);
    assert.ok(error instanceof AtlasApiError && error.kind === 'cancelled', String(error));
    assert.ok(Date.now() - started < 2000, 'the request ran on after close()');
    const before = emulator().counters().total;
    const later = await rejectionOf(client.getProject(SEED_PROJECT_ID));
    assert.ok(later instanceof AtlasApiError && later.kind === 'cancelled', String(later));
    assert.equal(emulator().counters().total, before, 'a closed client sent a request');
    assert.equal(client.closed, true);
  });

  it('a closed service-account client asks for no token', async () => {
    const client = serviceAccountClient(emulator());
    client.close();
    await rejectionOf(client.listProjectsPage(PAGE));
    assert.equal(emulator().counters().tokenRequests, 0);
  });
});
