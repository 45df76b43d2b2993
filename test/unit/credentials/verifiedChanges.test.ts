// Sign-in checks and project pinning over real HTTP: the real AtlasClient against the Atlas emulator (real digest
// auth, real OAuth token endpoint), with the profile store on in-memory stand-ins for globalState and SecretStorage.
import * as assert from 'node:assert/strict';
import { AtlasApiError, AtlasClient } from '../../../src/atlas';
import { clientCredentials, type ProfileSecret } from '../../../src/credentials/model';
import { ProfileStore, ProfileStoreError } from '../../../src/credentials/profileStore';
import { fetchAndPinProject, verifyAndSaveProfile } from '../../../src/credentials/verifiedChanges';
import { SEED_PROJECT_ID, startEmulator, type RunningEmulator } from '../../emulator';
import { MemorySecrets, MemoryState } from './memoryStores';

function clientFor(baseUrl: string, secret: ProfileSecret): AtlasClient {
  return new AtlasClient({ baseUrl, ...clientCredentials(secret), maxRetries: 1 });
}

function isAtlasError(kind: string) {
  return (error: unknown) => error instanceof AtlasApiError && error.kind === kind;
}

describe('verified profile changes against the Atlas emulator', () => {
  let emulator: RunningEmulator;
  let state: MemoryState;
  let secrets: MemorySecrets;
  let store: ProfileStore;
  let apiKey: ProfileSecret;

  before(async () => {
    emulator = await startEmulator();
    apiKey = { kind: 'apiKey', publicKey: emulator.publicKey, privateKey: emulator.privateKey };
  });
  after(() => emulator.close());
  beforeEach(() => {
    emulator.clearFaults();
    emulator.resetCounters();
    state = new MemoryState();
    secrets = new MemorySecrets();
    store = new ProfileStore(state, secrets, undefined);
  });

  it('saves an API key Atlas accepts, after one challenge and one authenticated request', async () => {
    const profile = await verifyAndSaveProfile(store, clientFor(emulator.url, apiKey), { baseUrl: emulator.url, secret: apiKey });
    assert.equal(profile.name, '127.0.0.1');
    assert.equal(store.active()?.id, profile.id);
    assert.deepEqual(await store.secretFor(profile), apiKey);
    const counters = emulator.counters();
    assert.equal(counters.authorized, 1);
    assert.equal(counters.challenged, 1);
    assert.equal(counters.byPath['/api/atlas/v1.0/groups'], 2);
    assert.ok(!state.dump().includes(emulator.privateKey));
  });

  it('saves nothing when Atlas refuses the key', async () => {
    const wrong: ProfileSecret = { ...apiKey, privateKey: 'wrong-key-value' } as ProfileSecret;
    await assert.rejects(verifyAndSaveProfile(store, clientFor(emulator.url, wrong), { baseUrl: emulator.url, secret: wrong }), isAtlasError('unauthorized'));
    assert.deepEqual(store.profiles(), []);
    assert.equal(secrets.values.size, 0);
  });

  it('reports the IP address Atlas names when it is not on the access list', async () => {
    emulator.setFault({ type: 'ipNotAllowed', ip: '203.0.113.9' });
    await assert.rejects(
      verifyAndSaveProfile(store, clientFor(emulator.url, apiKey), { baseUrl: emulator.url, secret: apiKey }),
      (error: unknown) => error instanceof AtlasApiError && error.kind === 'ipNotAllowed' && error.ipAddress === '203.0.113.9',
    );
    assert.deepEqual(store.profiles(), []);
  });

  it('reports an unreachable Atlas as a network error', async () => {
    const closed = await startEmulator();
    const url = closed.url;
    await closed.close();
    await assert.rejects(verifyAndSaveProfile(store, clientFor(url, apiKey), { baseUrl: url, secret: apiKey }), isAtlasError('network'));
    assert.deepEqual(store.profiles(), []);
  });

  it('saves a service account Atlas accepts and refuses a wrong secret', async () => {
    const account: ProfileSecret = { kind: 'serviceAccount', ...emulator.serviceAccount };
    const wrong: ProfileSecret = { kind: 'serviceAccount', clientId: emulator.serviceAccount.clientId, clientSecret: 'mdb_sa_sk_wrong' };
    await assert.rejects(verifyAndSaveProfile(store, clientFor(emulator.url, wrong), { baseUrl: emulator.url, secret: wrong }), isAtlasError('unauthorized'));
    assert.deepEqual(store.profiles(), []);
    const profile = await verifyAndSaveProfile(store, clientFor(emulator.url, account), { name: 'Robot', baseUrl: emulator.url, secret: account });
    assert.equal(profile.kind, 'serviceAccount');
    assert.equal(emulator.counters().bearerAuthorized, 1);
  });

  it('pins a project with the name Atlas returns, refuses duplicates and explains unknown ids', async () => {
    const client = clientFor(emulator.url, apiKey);
    const profile = await verifyAndSaveProfile(store, client, { baseUrl: emulator.url, secret: apiKey });
    const seed = emulator.projects.find((project) => project.id === SEED_PROJECT_ID);
    assert.ok(seed);
    assert.deepEqual(await fetchAndPinProject(store, client, profile.id, SEED_PROJECT_ID.toUpperCase()), { id: SEED_PROJECT_ID, name: seed.name });
    await assert.rejects(fetchAndPinProject(store, client, profile.id, SEED_PROJECT_ID), (error: unknown) => error instanceof ProfileStoreError && error.code === 'duplicateProject');
    await assert.rejects(fetchAndPinProject(store, client, profile.id, '0123456789abcdef01234567'), (error: unknown) => error instanceof AtlasApiError && (error.kind === 'notFound' || error.kind === 'unauthorized'));
    assert.deepEqual(store.get(profile.id)?.projects, [{ id: SEED_PROJECT_ID, name: seed.name }]);
  });
});
