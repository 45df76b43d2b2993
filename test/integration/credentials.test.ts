// Credentials in a real VS Code against the Atlas emulator: sign-in checks, where keys are kept, profiles, projects,
// Atlas CLI import, sign-out. The commands are called with their argument objects (no prompts); the prompts as a
// person sees them are covered by test/e2e/credentials.e2e.ts.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { SignInResult } from '../../src/commands/signIn';
import type { AddProjectResult } from '../../src/commands/addProject';
import type { ImportResult } from '../../src/commands/importAtlasCliProfile';
import { activatedExtension, emulatorInfo } from './env';
import { allSettingsText, credentialsState, emulatorServiceAccount, secretKeyFor, signOutEverywhere } from './credentialsHelpers';
import { clearFaults, injectFault } from './emulatorHelpers';

const UNKNOWN_PROJECT_ID = '0123456789abcdef01234567';

function signIn(args: Record<string, string>): Thenable<SignInResult> {
  return vscode.commands.executeCommand<SignInResult>('atlasPrivateEndpoints.signIn', args);
}

function expectSignedIn(result: SignInResult): { profileId: string; profileName: string } {
  assert.ok(result.ok, `sign-in failed: ${result.ok ? '' : `${result.reason}: ${result.message}`}`);
  return result;
}

function expectFailure(result: SignInResult, reason: string): string {
  assert.equal(result.ok, false, 'sign-in succeeded but should not have');
  if (result.ok) throw new Error('unreachable');
  assert.equal(result.reason, reason, result.message);
  return result.message;
}

describe('credentials (real VS Code, Atlas emulator)', function () {
  this.timeout(60_000);
  const emulator = emulatorInfo();
  const goodKey = { publicKey: emulator.publicKey, privateKey: emulator.privateKey, baseUrl: emulator.url };

  before(async () => {
    await activatedExtension();
  });

  beforeEach(async () => {
    await clearFaults();
    await signOutEverywhere();
  });

  after(async () => {
    await clearFaults();
    await signOutEverywhere();
  });

  it('signs in with a good API key and keeps the key in SecretStorage only', async () => {
    const { profileId, profileName } = expectSignedIn(await signIn({ ...goodKey, name: 'Emulator' }));
    assert.equal(profileName, 'Emulator');

    const state = await credentialsState();
    assert.equal(state.activeProfileId, profileId);
    assert.equal(state.secretPresent[secretKeyFor(profileId)], true, 'no secret stored for the profile');
    const persisted = JSON.stringify(state.globalState);
    assert.ok(!persisted.includes(emulator.privateKey), 'private key found in globalState');
    assert.ok(!persisted.includes(emulator.publicKey), 'public key found in globalState');
    assert.ok(!allSettingsText().includes(emulator.privateKey), 'private key found in settings');
    assert.deepEqual(state.session && { profileId: state.session.profileId, baseUrl: state.session.baseUrl }, { profileId, baseUrl: emulator.url.replace(/\/$/, '') });
  });

  it('refuses a wrong private key with an explanation, and saves nothing', async () => {
    const message = expectFailure(await signIn({ ...goodKey, privateKey: 'wrong-0000-0000-0000-000000000000' }), 'unauthorized');
    assert.match(message, /did not accept the API key/);
    assert.match(message, /Nothing was saved/);
    assert.ok(!message.includes('wrong-0000'), 'the typed key is echoed in the message');
    const state = await credentialsState();
    assert.deepEqual(state.profiles.filter((profile) => !profile.readOnly), []);
    assert.equal(state.session, undefined);
  });

  it('names the IP address Atlas reports when it is not on the API access list', async () => {
    await injectFault({ type: 'ipNotAllowed', ip: '203.0.113.9' });
    const message = expectFailure(await signIn(goodKey), 'ipNotAllowed');
    assert.match(message, /203\.0\.113\.9/);
    assert.match(message, /access list/);
  });

  it('explains an unreachable Atlas, and refuses plain http to another host before sending anything', async () => {
    const unreachable = expectFailure(await signIn({ ...goodKey, baseUrl: 'http://127.0.0.1:9' }), 'network');
    assert.match(unreachable, /reach Atlas/);
    const insecure = expectFailure(await signIn({ ...goodKey, baseUrl: 'http://atlas.example.com' }), 'invalidInput');
    assert.match(insecure, /plain http/);
  });

  it('signs in with a service account, and refuses a wrong secret', async () => {
    const account = emulatorServiceAccount();
    const wrong = await vscode.commands.executeCommand<SignInResult>('atlasPrivateEndpoints.signInWithServiceAccount', {
      clientId: account.clientId,
      clientSecret: 'mdb_sa_sk_wrong',
      baseUrl: emulator.url,
    });
    assert.match(expectFailure(wrong, 'unauthorized'), /service account/);
    const result = await vscode.commands.executeCommand<SignInResult>('atlasPrivateEndpoints.signInWithServiceAccount', { ...account, baseUrl: emulator.url });
    const { profileId } = expectSignedIn(result);
    const state = await credentialsState();
    assert.equal(state.session?.profileId, profileId);
    assert.ok(!JSON.stringify(state.globalState).includes(account.clientSecret), 'client secret found in globalState');
  });

  it('switches between profiles', async () => {
    const first = expectSignedIn(await signIn({ ...goodKey, name: 'First' }));
    const second = expectSignedIn(await signIn({ ...goodKey, name: 'Second' }));
    assert.equal((await credentialsState()).activeProfileId, second.profileId);
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.switchProfile', { profileId: first.profileId }), true);
    const state = await credentialsState();
    assert.equal(state.activeProfileId, first.profileId);
    assert.equal(state.session?.profileId, first.profileId);
  });

  it('adds a project with its name, refuses duplicates and unknown ids, and removes it', async () => {
    const { profileId } = expectSignedIn(await signIn(goodKey));
    const project = emulator.projects[0];
    const added = await vscode.commands.executeCommand<AddProjectResult>('atlasPrivateEndpoints.addProject', { projectId: project.id });
    assert.deepEqual(added, { ok: true, project: { id: project.id, name: project.name } });

    const duplicate = await vscode.commands.executeCommand<AddProjectResult>('atlasPrivateEndpoints.addProject', { projectId: project.id.toUpperCase() });
    assert.ok(!duplicate?.ok && duplicate?.reason === 'invalidInput' && /already in the list/.test(duplicate.message));
    const unknown = await vscode.commands.executeCommand<AddProjectResult>('atlasPrivateEndpoints.addProject', { projectId: UNKNOWN_PROJECT_ID });
    assert.ok(!unknown?.ok && /not found, or the key/.test(unknown?.message ?? ''), JSON.stringify(unknown));
    const malformed = await vscode.commands.executeCommand<AddProjectResult>('atlasPrivateEndpoints.addProject', { projectId: 'xyz' });
    assert.ok(!malformed?.ok && malformed?.reason === 'invalidInput');

    assert.deepEqual((await credentialsState()).session?.projectIds, [project.id]);
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.removeProject', { projectId: project.id }), true);
    const state = await credentialsState();
    assert.deepEqual(state.profiles.find((profile) => profile.id === profileId)?.projects, []);
  });

  it('signs out and leaves no secret behind', async () => {
    const { profileId } = expectSignedIn(await signIn(goodKey));
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.signOut', { profileId }), true);
    const state = await credentialsState({ secretKeys: [secretKeyFor(profileId)] });
    assert.equal(state.secretPresent[secretKeyFor(profileId)], false, 'the secret survived sign-out');
    assert.equal(state.profiles.some((profile) => profile.id === profileId), false);
    assert.equal(state.session, undefined);
  });

  it('imports Atlas CLI profiles from a config file, and lists keyring-only profiles as not importable', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atlascli-'));
    const configPath = path.join(folder, 'config.toml');
    const project = emulator.projects[0];
    writeFileSync(
      configPath,
      [
        'version = 2',
        '[emu]',
        `public_api_key = '${emulator.publicKey}'`,
        `private_api_key = '${emulator.privateKey}'`,
        `project_id = '${project.id}'`,
        `ops_manager_url = '${emulator.url}/'`,
        '[keyring]',
        "auth_type = 'api_keys'",
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    try {
      const result = await vscode.commands.executeCommand<ImportResult>('atlasPrivateEndpoints.importAtlasCliProfile', { configPath, profiles: ['emu', 'keyring'] });
      assert.ok(result?.ok, JSON.stringify(result));
      assert.equal(result.imported.length, 1, JSON.stringify(result));
      assert.equal(result.imported[0].cliProfile, 'emu');
      assert.deepEqual(result.skipped.map((entry) => entry.cliProfile), ['keyring']);
      assert.match(result.skipped[0].reason, /keyring/);

      const state = await credentialsState();
      const profileId = result.imported[0].profileId;
      assert.equal(state.activeProfileId, profileId);
      assert.equal(state.secretPresent[secretKeyFor(profileId)], true);
      assert.deepEqual(state.session?.projectIds, [project.id]);
      assert.ok(!JSON.stringify(state.globalState).includes(emulator.privateKey), 'private key found in globalState');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('explains a malformed Atlas CLI config without quoting it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atlascli-'));
    const configPath = path.join(folder, 'config.toml');
    writeFileSync(configPath, `[emu]\nprivate_api_key = '${emulator.privateKey}\n`);
    try {
      const result = await vscode.commands.executeCommand<ImportResult>('atlasPrivateEndpoints.importAtlasCliProfile', { configPath, profiles: ['emu'] });
      const message = result?.ok === false ? result.message : '';
      assert.match(message, /not valid TOML \(line 2, column \d+\)/);
      assert.ok(!message.includes(emulator.privateKey));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('explains a secret storage that fails (no keyring), saves nothing and keeps working once it recovers', async () => {
    // The keyring failure is simulated by the extension's test hook: a real keyring cannot be broken on demand here.
    try {
      await credentialsState({ failSecretStorage: true });
      const result = await signIn(goodKey);
      expectFailure(result, 'secretStorage');
      const state = await credentialsState();
      assert.deepEqual(state.profiles.filter((profile) => !profile.readOnly), []);
    } finally {
      await credentialsState({ failSecretStorage: false });
    }
    expectSignedIn(await signIn(goodKey));
  });
});
