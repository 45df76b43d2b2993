import * as assert from 'node:assert/strict';
import { ProfileStore, ProfileStoreError, SecretStorageUnavailableError } from '../../../src/credentials/profileStore';
import { STATE_KEYS, secretKeyFor, type ProfileSecret } from '../../../src/credentials/model';
import type { EnvironmentProfileSource } from '../../../src/credentials/environment';
import { MemorySecrets, MemoryState } from './memoryStores';

const PRIVATE_KEY = 'PRIVATE-7d1c9a2e-5b4f-4e8a-9c3d-1f2e3d4c5b6a';
const apiKey: ProfileSecret = { kind: 'apiKey', publicKey: 'abcdefgh', privateKey: PRIVATE_KEY };
const PROJECT = '5a0a1e7e0f2912c554080ae6';
const OTHER_PROJECT = '5a0a1e7e0f2912c554080ae7';

function setup(environment?: EnvironmentProfileSource) {
  const state = new MemoryState();
  const secrets = new MemorySecrets();
  let counter = 0;
  const store = new ProfileStore(state, secrets, environment, () => `id-${++counter}`);
  return { state, secrets, store };
}

describe('ProfileStore', () => {
  it('keeps keys in the secret store only and the rest in state', async () => {
    const { state, secrets, store } = setup();
    const profile = await store.add({ name: 'Work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);

    assert.equal(profile.name, 'Work');
    assert.equal(store.active()?.id, profile.id);
    assert.deepEqual(await store.secretFor(profile), apiKey);
    assert.deepEqual([...secrets.values.keys()], [secretKeyFor(profile.id)]);
    assert.ok(!state.dump().includes(PRIVATE_KEY), 'private key found in state');
    assert.ok(!state.dump().includes('abcdefgh'), 'public key found in state');
  });

  it('saves a profile without making it active when asked (the Atlas CLI import of several profiles)', async () => {
    const { store } = setup();
    const first = await store.add({ name: 'One', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    const second = await store.add({ name: 'Two', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey, { activate: false });
    assert.equal(store.active()?.id, first.id);
    assert.deepEqual(await store.secretFor(second), apiKey);
  });

  it('makes each new profile active and switches between profiles', async () => {
    const { store } = setup();
    const first = await store.add({ name: 'One', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    const second = await store.add({ name: 'Two', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    assert.equal(store.active()?.id, second.id);
    await store.setActive(first.id);
    assert.equal(store.active()?.id, first.id);
    await assert.rejects(store.setActive('nope'), (error: unknown) => error instanceof ProfileStoreError && error.code === 'unknownProfile');
  });

  it('refuses a second profile with the same name, ignoring case', async () => {
    const { store } = setup();
    await store.add({ name: 'Work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    await assert.rejects(
      store.add({ name: 'work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey),
      (error: unknown) => error instanceof ProfileStoreError && error.code === 'duplicateName',
    );
    assert.equal(store.profiles().length, 1);
    assert.equal(store.uniqueName('WORK'), 'WORK (2)');
    assert.equal(store.uniqueName('Other'), 'Other');
  });

  it('removes the secret and the profile on sign out, and falls back to another profile', async () => {
    const { state, secrets, store } = setup();
    const first = await store.add({ name: 'One', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    const second = await store.add({ name: 'Two', kind: 'serviceAccount', baseUrl: 'https://cloud.mongodb.com' }, {
      kind: 'serviceAccount',
      clientId: 'mdb_sa_id_0123456789abcdef01234567',
      clientSecret: 'mdb_sa_sk_secret',
    });
    await store.remove(second.id);
    assert.equal(secrets.values.has(secretKeyFor(second.id)), false);
    assert.deepEqual(store.profiles().map((profile) => profile.id), [first.id]);
    assert.equal(store.active()?.id, first.id);
    assert.equal(state.get(STATE_KEYS.activeProfileId), undefined);
    await store.remove(first.id);
    assert.equal(secrets.values.size, 0);
    assert.equal(store.active(), undefined);
  });

  it('saves nothing when the secret store fails, and explains it with a typed error', async () => {
    const { state, secrets, store } = setup();
    secrets.failing = true;
    await assert.rejects(
      store.add({ name: 'Work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey),
      (error: unknown) => error instanceof SecretStorageUnavailableError && error.operation === 'write' && !error.message.includes(PRIVATE_KEY),
    );
    assert.deepEqual(store.profiles(), []);
    assert.equal(state.get(STATE_KEYS.activeProfileId), undefined);
  });

  it('keeps the profile when its secret cannot be deleted, so sign out can be tried again', async () => {
    const { secrets, store } = setup();
    const profile = await store.add({ name: 'Work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    secrets.failing = true;
    await assert.rejects(store.remove(profile.id), SecretStorageUnavailableError);
    await assert.rejects(store.secretFor(profile), (error: unknown) => error instanceof SecretStorageUnavailableError && error.operation === 'read');
    secrets.failing = false;
    assert.equal(store.profiles().length, 1);
    await store.remove(profile.id);
    assert.equal(store.profiles().length, 0);
  });

  it('treats a missing or corrupt secret entry as no keys', async () => {
    const { secrets, store } = setup();
    const profile = await store.add({ name: 'Work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    secrets.values.set(secretKeyFor(profile.id), '{not json');
    assert.equal(await store.secretFor(profile), undefined);
    secrets.values.set(secretKeyFor(profile.id), JSON.stringify({ kind: 'apiKey', publicKey: 'x' }));
    assert.equal(await store.secretFor(profile), undefined);
    secrets.values.delete(secretKeyFor(profile.id));
    assert.equal(await store.secretFor(profile), undefined);
  });

  it('ignores malformed entries in state instead of failing', () => {
    const { state, store } = setup();
    void state.update(STATE_KEYS.profiles, [null, 3, { id: 'x' }, { id: 'ok', name: 'Ok', kind: 'apiKey', baseUrl: 'https://a', projects: [] }]);
    assert.deepEqual(store.profiles().map((profile) => profile.id), ['ok']);
    void state.update(STATE_KEYS.profiles, 'garbage');
    assert.deepEqual(store.profiles(), []);
  });

  it('pins projects per profile and refuses duplicates', async () => {
    const { store } = setup();
    const profile = await store.add({ name: 'Work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    await store.addProject(profile.id, { id: PROJECT.toUpperCase(), name: 'Prod' });
    await assert.rejects(store.addProject(profile.id, { id: PROJECT }), (error: unknown) => error instanceof ProfileStoreError && error.code === 'duplicateProject');
    await store.addProject(profile.id, { id: OTHER_PROJECT });
    assert.deepEqual(store.get(profile.id)?.projects, [{ id: PROJECT, name: 'Prod' }, { id: OTHER_PROJECT }]);
    await store.removeProject(profile.id, PROJECT);
    assert.deepEqual(store.get(profile.id)?.projects, [{ id: OTHER_PROJECT }]);
    await assert.rejects(store.removeProject(profile.id, PROJECT), (error: unknown) => error instanceof ProfileStoreError && error.code === 'unknownProject');
  });

  it('does not lose an update when two changes are made at once', async () => {
    const { store } = setup();
    const profile = await store.add({ name: 'Work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
    await Promise.all([store.addProject(profile.id, { id: PROJECT }), store.addProject(profile.id, { id: OTHER_PROJECT })]);
    assert.equal(store.get(profile.id)?.projects.length, 2);
  });

  describe('with an environment profile', () => {
    const environment: EnvironmentProfileSource = { secret: apiKey, baseUrl: 'https://cloud.mongodb.com', projectId: PROJECT };

    it('is active by default when no other profile exists, and read-only', async () => {
      const { store } = setup(environment);
      const active = store.active();
      assert.equal(active?.kind, 'environment');
      assert.equal(active?.readOnly, true);
      assert.deepEqual(active?.projects, [{ id: PROJECT }]);
      assert.deepEqual(await store.secretFor(active!), apiKey);
      await assert.rejects(store.remove(active!.id), (error: unknown) => error instanceof ProfileStoreError && error.code === 'readOnly');
    });

    it('lets a saved profile take over, and keeps user-added projects for the environment profile', async () => {
      const { state, store } = setup(environment);
      const saved = await store.add({ name: 'Work', kind: 'apiKey', baseUrl: 'https://cloud.mongodb.com' }, apiKey);
      assert.equal(store.active()?.id, saved.id);
      await store.addProject('environment', { id: OTHER_PROJECT, name: 'Staging' });
      assert.deepEqual(store.get('environment')?.projects, [{ id: PROJECT }, { id: OTHER_PROJECT, name: 'Staging' }]);
      assert.deepEqual(state.get(STATE_KEYS.environmentProjects), [{ id: OTHER_PROJECT, name: 'Staging' }]);
      await assert.rejects(store.removeProject('environment', PROJECT), (error: unknown) => error instanceof ProfileStoreError && error.code === 'environmentProject');
      await store.removeProject('environment', OTHER_PROJECT);
      assert.deepEqual(store.get('environment')?.projects, [{ id: PROJECT }]);
      assert.ok(!state.dump().includes(PRIVATE_KEY));
    });
  });
});
