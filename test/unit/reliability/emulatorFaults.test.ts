// The emulator's additions for the fault matrix: in-flight and abandoned-request counters per project, an unknown
// digest algorithm in the challenge that answers an expired nonce, and the legacy list removed with a 404.
import assert from 'node:assert/strict';
import { waitFor } from '../../../scripts/vscode-host/waitFor';
import { AtlasApiError, isLegacyEndpointGone, type AtlasClient } from '../../../src/atlas';
import { LARGE_PROJECT_ID, parseFault, SEED_PROJECT_ID, type EmulatorCounters, type RunningEmulator } from '../../emulator';
import { digestClient, useEmulator } from '../atlas/helpers';

const PAGE = { pageNum: 1, itemsPerPage: 100 };

function until(emulator: RunningEmulator, accept: (counters: EmulatorCounters) => boolean): Promise<EmulatorCounters> {
  return waitFor(
    'the emulator counters',
    () => {
      const counters = emulator.counters();
      return accept(counters) ? counters : undefined;
    },
    4000,
    10,
  );
}

describe('emulator faults for the fault matrix', function () {
  this.timeout(20_000);
  const started = useEmulator();
  let emulator: RunningEmulator;
  let client: AtlasClient;

  beforeEach(() => {
    emulator = started();
    client = digestClient(emulator, undefined, { retryBaseDelayMs: 1 });
  });

  it('counts requests in flight per project, the most at once, and requests abandoned before their answer', async () => {
    await client.listPrivateEndpointsPage(LARGE_PROJECT_ID, PAGE); // the digest handshake, out of the way
    emulator.resetCounters();
    emulator.setFault({ type: 'latency', ms: 5000, projectId: SEED_PROJECT_ID });
    const controller = new AbortController();
    const slow = client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE, controller.signal).catch((error: unknown) => error);
    await until(emulator, (counters) => counters.inFlightByProject[SEED_PROJECT_ID] === 1);
    await client.listPrivateEndpointsPage(LARGE_PROJECT_ID, PAGE);
    controller.abort();
    const counters = await until(emulator, (seen) => seen.abandoned === 1);
    assert.equal(((await slow) as AtlasApiError).kind, 'cancelled');
    assert.equal(counters.inFlightByProject[SEED_PROJECT_ID], 0);
    assert.equal(counters.inFlightMaxByProject[SEED_PROJECT_ID], 1);
    assert.equal(counters.inFlightByProject[LARGE_PROJECT_ID], 0);
    assert.equal(counters.abandoned, 1, 'answered requests are not abandoned');
  });

  it('an unknownAlgorithm fault also changes the challenge that answers an expired nonce (a client mid-session)', async () => {
    await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    emulator.expireNonces();
    emulator.setFault({ type: 'unknownAlgorithm', algorithm: 'SHA-512-256', projectId: SEED_PROJECT_ID, count: 1 });
    const error = await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE).catch((caught: unknown) => caught);
    assert.ok(error instanceof AtlasApiError && error.kind === 'unsupportedAuth', String(error));
    assert.match(error.message, /SHA-512-256/);
    assert.equal(emulator.counters().stale, 1);
    const page = await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE);
    assert.equal(page.items.length, 2, 'once the fault is used up the session continues');
  });

  it('the legacy list removed: 410 by default, 404 RESOURCE_NOT_FOUND with status 404; both mean "use endpoint services"', async () => {
    for (const [fault, kind, errorCode] of [
      [{ type: 'gone' }, 'gone', 'NO_LONGER_SUPPORTED'],
      [{ type: 'gone', status: 404 }, 'notFound', 'RESOURCE_NOT_FOUND'],
    ] as const) {
      emulator.setFault({ ...fault, projectId: SEED_PROJECT_ID, count: 1 });
      const error = await client.listPrivateEndpointsPage(SEED_PROJECT_ID, PAGE).catch((caught: unknown) => caught);
      assert.ok(error instanceof AtlasApiError, String(error));
      assert.equal(error.kind, kind);
      assert.ok(isLegacyEndpointGone(error));
      if (kind === 'notFound') assert.equal(error.errorCode, errorCode);
    }
    assert.throws(() => parseFault({ type: 'gone', status: 500 }), /404 or 410/);
  });
});
