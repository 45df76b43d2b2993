// The emulator's digest auth checked with the real curl --digest, an independent implementation.
import assert from 'node:assert/strict';
import { SEED_EXAMPLE_RESPONSE, SEED_PROJECT_ID, LARGE_PROJECT_ID, startEmulator, type RunningEmulator } from '../../emulator';
import { curlDigest } from './helpers';

const SEED_PATH = `/api/atlas/v1.0/groups/${SEED_PROJECT_ID}/privateEndpoint?pretty=true`;

describe('emulator digest auth with curl --digest', function () {
  this.timeout(20_000);

  describe('MD5 (default)', () => {
    let emulator: RunningEmulator;
    before(async () => {
      emulator = await startEmulator();
    });
    after(() => emulator.close());

    it("answers the seed's example request with the seed's example response, byte for byte", async () => {
      const result = await curlDigest(emulator, SEED_PATH);
      assert.equal(result.status, 200);
      assert.equal(result.body, SEED_EXAMPLE_RESPONSE);
      const counters = emulator.counters();
      assert.equal(counters.challenged, 1, 'curl is challenged first');
      assert.equal(counters.authorized, 1);
    });

    it('answers the same request with a wrong private key with 401 and an Atlas error body', async () => {
      const result = await curlDigest(emulator, SEED_PATH, [], { publicKey: emulator.publicKey, privateKey: 'wrong' });
      assert.equal(result.status, 401);
      // Real Atlas's body, key for key (fixture err-401-challenge-2026-08).
      assert.deepEqual(JSON.parse(result.body), {
        error: 401,
        reason: 'Unauthorized',
        detail: 'You are not authorized for this resource.',
        errorCode: 'UNEXPECTED_ERROR',
      });
    });

    it('answers a wrong public key with 401 too', async () => {
      const result = await curlDigest(emulator, SEED_PATH, [], { publicKey: 'someoneelse', privateKey: emulator.privateKey });
      assert.equal(result.status, 401);
    });

    it('a revoked key stops working, a rotated key works', async () => {
      const original = { publicKey: emulator.publicKey, privateKey: emulator.privateKey };
      emulator.setKeys({ publicKey: 'rotatedk', privateKey: 'rotated-private' });
      try {
        assert.equal((await curlDigest(emulator, SEED_PATH, [], original)).status, 401);
        assert.equal((await curlDigest(emulator, SEED_PATH)).status, 200);
      } finally {
        emulator.setKeys(original);
      }
    });

    it('serves paging parameters to curl too', async () => {
      const result = await curlDigest(emulator, `/api/atlas/v1.0/groups/${LARGE_PROJECT_ID}/privateEndpoint?pageNum=3&itemsPerPage=500`);
      assert.equal(result.status, 200);
      assert.equal((JSON.parse(result.body) as unknown[]).length, 234);
    });
  });

  describe('SHA-256 (Atlas for Government)', () => {
    let emulator: RunningEmulator;
    before(async () => {
      emulator = await startEmulator({ algorithm: 'SHA-256' });
    });
    after(() => emulator.close());

    it('interoperates with curl --digest using SHA-256', async () => {
      const result = await curlDigest(emulator, SEED_PATH);
      assert.equal(result.status, 200);
      assert.equal(result.body, SEED_EXAMPLE_RESPONSE);
      assert.equal((await curlDigest(emulator, SEED_PATH, [], { publicKey: emulator.publicKey, privateKey: 'nope' })).status, 401);
    });
  });
});
