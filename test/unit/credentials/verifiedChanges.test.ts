// Sign-in checks, the Atlas CLI import's checks of several profiles, and project pinning over real HTTP: the real
// AtlasClient against the Atlas emulator (real digest auth, real OAuth token endpoint), with the profile store on
// in-memory stand-ins for globalState and SecretStorage. And the rule for which imported profile becomes active.
import * as assert from 'node:assert/strict';
import { AtlasApiError, AtlasClient, isCancellation } from '../../../src/atlas';
import { clientCredentials, type ProfileSecret } from '../../../src/credentials/model';
import { ProfileStore, ProfileStoreError } from '../../../src/credentials/profileStore';
import { checkEachCredentials, fetchAndPinProject, profileToActivate, verifyAndSaveProfile, type CredentialCheck } from '../../../src/credentials/verifiedChanges';
import { SEED_PROJECT_ID, startEmulator, type RunningEmulator } from '../../emulator';
import { MemorySecrets, MemoryState } from './memoryStores';

interface Item {
  name: string;
  baseUrl: string;
  secret: ProfileSecret;
}

const WRONG_PRIVATE_KEY = 'wrong-0000-0000-0000-000000000000';

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

  describe('several profiles at once (the Atlas CLI import)', () => {
    const closed: string[] = [];
    beforeEach(() => {
      closed.length = 0;
    });

    function clientFor(item: Item): AtlasClient {
      const client = new AtlasClient({ baseUrl: item.baseUrl, ...clientCredentials(item.secret), maxRetries: 1 });
      const close = client.close.bind(client);
      client.close = () => {
        closed.push(item.name);
        close();
      };
      return client;
    }

    function good(name: string): Item {
      return { name, baseUrl: emulator.url, secret: apiKey };
    }

    it('checks each profile with one authenticated request and answers in the profiles\' order, a refusal per profile', async () => {
      const unreachable = await startEmulator();
      const deadUrl = unreachable.url;
      await unreachable.close();
      const items: Item[] = [
        good('good'),
        { name: 'wrong', baseUrl: emulator.url, secret: { ...apiKey, privateKey: WRONG_PRIVATE_KEY } as ProfileSecret },
        { name: 'unreachable', baseUrl: deadUrl, secret: apiKey },
        { name: 'robot', baseUrl: emulator.url, secret: { kind: 'serviceAccount', ...emulator.serviceAccount } },
      ];
      const answered: number[] = [];
      const checks = await checkEachCredentials(items, clientFor, { concurrency: 4, onChecked: (_check, count) => answered.push(count) });

      assert.deepEqual(checks.map((check) => [check.item.name, check.accepted]), [['good', true], ['wrong', false], ['unreachable', false], ['robot', true]]);
      assert.deepEqual(checks.map(errorKind), [undefined, 'unauthorized', 'network', undefined]);
      assert.deepEqual(answered, [1, 2, 3, 4]);
      assert.deepEqual([...closed].sort(), ['good', 'robot', 'unreachable', 'wrong'], 'every client is closed after its answer');
      const counters = emulator.counters();
      assert.equal(counters.authorized, 2, 'one authenticated request for the good key, one for the service account');
      assert.equal(counters.bearerAuthorized, 1, 'the service account\'s, with its token');
      assert.equal(counters.tokenRequests, 1);
      for (const check of checks) {
        if (!check.accepted) assert.ok(!String((check.error as Error).message).includes(WRONG_PRIVATE_KEY), 'the key is in the error');
      }
    });

    it('keeps at most `concurrency` checks in flight', async () => {
      emulator.setFault({ type: 'latency', ms: 150 });
      const items = ['a', 'b', 'c', 'd', 'e', 'f'].map(good);
      const checks = await checkEachCredentials(items, clientFor, { concurrency: 2 });
      assert.ok(checks.every((check) => check.accepted));
      assert.equal(emulator.counters().inFlightMax, 2);
      assert.equal(emulator.counters().authorized, 6);
    });

    it('rejects as cancelled when the signal aborts, ending the requests in flight and starting no other', async () => {
      emulator.setFault({ type: 'hang' });
      const abort = new AbortController();
      const answered: CredentialCheck<Item>[] = [];
      const running = checkEachCredentials(['a', 'b', 'c'].map(good), clientFor, { concurrency: 2, signal: abort.signal, onChecked: (check) => answered.push(check) });
      const outcome = running.then(
        () => 'resolved',
        (error: unknown) => (isCancellation(error) ? 'cancelled' : `rejected: ${String(error)}`),
      );
      // The emulator answers the digest challenges and hangs on the authenticated requests.
      while (emulator.counters().inFlight < 2) await new Promise((resolve) => setTimeout(resolve, 10));
      const sent = emulator.counters().total;
      abort.abort();
      assert.equal(await outcome, 'cancelled');
      assert.deepEqual(answered, []);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const counters = emulator.counters();
      assert.equal(counters.total, sent, 'a check started after the cancellation');
      assert.equal(counters.abandoned, 2, 'the requests in flight were not ended');
      assert.equal(counters.inFlight, 0);
    });

    it('sends nothing when cancelled before it starts', async () => {
      const abort = new AbortController();
      abort.abort();
      await assert.rejects(checkEachCredentials([good('a')], clientFor, { concurrency: 2, signal: abort.signal }), isCancellation);
      assert.equal(emulator.counters().total, 0);
    });
  });
});

describe('which imported profile becomes active', () => {
  const saved = (...ids: string[]) => ids.map((profileId) => ({ profileId }));

  it('the one profile the person chose, once Atlas accepted it and it was saved', () => {
    assert.equal(profileToActivate(1, saved('a')), 'a');
  });

  it('none when that profile was refused', () => {
    assert.equal(profileToActivate(1, saved()), undefined);
  });

  it('none when several were chosen, even if only one was accepted', () => {
    assert.equal(profileToActivate(2, saved('a', 'b')), undefined);
    assert.equal(profileToActivate(3, saved('a')), undefined);
  });
});

function errorKind(check: CredentialCheck<Item>): string | undefined {
  return check.accepted ? undefined : check.error instanceof AtlasApiError ? check.error.kind : 'not an AtlasApiError';
}
