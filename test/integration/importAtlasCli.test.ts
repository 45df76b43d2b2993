// Atlas CLI import in a real VS Code against the Atlas emulator: every imported profile's keys are checked with Atlas
// before anything is saved (one request per profile), a refused profile is not saved and the person is told which and
// why, Cancel on the progress notification saves nothing, and only the one profile the person chose becomes active.
// The command runs with its argument object (no picker); the confirmation and the Cancel click are the extension's test
// hook (neither can be clicked from the extension host).
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ImportResult } from '../../src/commands/importAtlasCliProfile';
import type { SignInResult } from '../../src/commands/signIn';
import { cancelProgress, credentialsState, secretKeyFor, signOutEverywhere } from './credentialsHelpers';
import { emulatorCounters, injectFault, resetEmulator, untilCounters } from './emulatorHelpers';
import { activatedExtension, emulatorInfo } from './env';
import { setSetting } from './treeHelpers';

const GROUPS_PATH = '/api/atlas/v1.0/groups';
const WRONG_PRIVATE_KEY = 'wrong0000-0000-0000-0000-000000000000';

describe('Atlas CLI import checks the keys with Atlas (real VS Code, Atlas emulator)', function () {
  this.timeout(60_000);
  const emulator = emulatorInfo();
  const project = emulator.projects[0];
  let folder: string;
  let configPath: string;

  const cliProfile = (name: string, privateKey: string, baseUrl = emulator.url) => [
    `[${name}]`,
    `public_api_key = '${emulator.publicKey}'`,
    `private_api_key = '${privateKey}'`,
    `project_id = '${project.id}'`,
    `ops_manager_url = '${baseUrl}/'`,
  ];
  const importProfiles = (...profiles: string[]) => vscode.commands.executeCommand<ImportResult>('atlasPrivateEndpoints.importAtlasCliProfile', { configPath, profiles });
  const savedProfiles = async () => (await credentialsState()).profiles.filter((profile) => !profile.readOnly);

  async function signInFirst(): Promise<string> {
    const result = await vscode.commands.executeCommand<SignInResult>('atlasPrivateEndpoints.signIn', {
      publicKey: emulator.publicKey,
      privateKey: emulator.privateKey,
      baseUrl: emulator.url,
      name: 'Current',
    });
    assert.ok(result.ok, JSON.stringify(result));
    return result.profileId;
  }

  before(async () => {
    await activatedExtension();
    // Project discovery would list /groups too; the counts below are the import's own.
    await setSetting('discoverProjects', false);
    folder = mkdtempSync(path.join(tmpdir(), 'atlascli-check-'));
    configPath = path.join(folder, 'config.toml');
    writeFileSync(
      configPath,
      [
        ...cliProfile('good', emulator.privateKey),
        ...cliProfile('typo', WRONG_PRIVATE_KEY),
        // Nothing listens on port 9 of this machine: the check cannot reach "Atlas".
        ...cliProfile('offline', emulator.privateKey, 'http://127.0.0.1:9'),
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
  });

  beforeEach(async () => {
    await signOutEverywhere();
    await resetEmulator();
  });

  after(async () => {
    await resetEmulator();
    await signOutEverywhere();
    await setSetting('discoverProjects', undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports a profile after Atlas accepted its key (one request after the handshake) and makes it active', async () => {
    const before = await signInFirst();
    await resetEmulator();
    const result = await importProfiles('good');
    const counters = await emulatorCounters();
    assert.equal(counters.byPath[GROUPS_PATH], 2, `the key was not checked once: ${JSON.stringify(counters.byPath)}`);
    assert.equal(counters.authorized >= 1, true);

    assert.ok(result?.ok, JSON.stringify(result));
    assert.deepEqual(result.refused, []);
    assert.equal(result.imported.length, 1);
    const profileId = result.imported[0].profileId;
    assert.equal(result.activeProfileId, profileId);
    const state = await credentialsState();
    assert.notEqual(state.activeProfileId, before);
    assert.equal(state.activeProfileId, profileId);
    assert.equal(state.secretPresent[secretKeyFor(profileId)], true);
    assert.deepEqual(state.session?.projectIds, [project.id]);
  });

  it('refuses a profile whose key Atlas rejects, says which and why, and saves nothing of it', async () => {
    const result = await importProfiles('typo');
    assert.ok(result?.ok, JSON.stringify(result));
    assert.deepEqual(result.imported, []);
    assert.deepEqual(
      result.refused.map((entry) => [entry.cliProfile, entry.reason]),
      [['typo', 'unauthorized']],
    );
    assert.match(result.refused[0].message, /did not accept the API key \(401\)\. Check the public and private key/);
    assert.ok(!JSON.stringify(result).includes(WRONG_PRIVATE_KEY), 'the key is in the result');
    assert.equal(result.activeProfileId, undefined);
    assert.deepEqual(await savedProfiles(), []);
    assert.equal((await credentialsState()).session, undefined);
    assert.equal((await emulatorCounters()).unauthorized >= 1, true, 'the key was not sent to Atlas');
  });

  it('of several profiles saves those Atlas accepts, names each refusal, and leaves the active profile alone', async () => {
    const before = await signInFirst();
    const result = await importProfiles('good', 'typo', 'offline');
    assert.ok(result?.ok, JSON.stringify(result));
    assert.deepEqual(result.imported.map((entry) => entry.cliProfile), ['good']);
    assert.deepEqual(
      result.refused.map((entry) => [entry.cliProfile, entry.reason]),
      [
        ['typo', 'unauthorized'],
        ['offline', 'network'],
      ],
    );
    assert.match(result.refused[1].message, /127\.0\.0\.1:9/);
    assert.equal(result.activeProfileId, undefined);
    const state = await credentialsState();
    assert.equal(state.activeProfileId, before, 'the active profile changed although several profiles were chosen');
    assert.deepEqual(
      state.profiles.filter((profile) => !profile.readOnly).map((profile) => profile.name),
      ['Current', 'good'],
    );
    assert.ok(!JSON.stringify(state.globalState).includes(WRONG_PRIVATE_KEY));
  });

  it('saves nothing when the person cancels the check, and ends the request in flight', async () => {
    await injectFault({ type: 'hang', pathIncludes: GROUPS_PATH });
    const running = importProfiles('good');
    await untilCounters('the check is in flight', (counters) => counters.inFlight >= 1 && counters.challenged >= 1);
    await cancelProgress();
    const result = await running;
    assert.equal(result?.ok, false, JSON.stringify(result));
    assert.equal(result.ok ? '' : result.reason, 'cancelled');
    assert.match(result.ok ? '' : result.message, /Import cancelled\. Nothing was saved\./);
    assert.deepEqual(await savedProfiles(), []);
    await untilCounters('the request in flight ends', (counters) => counters.inFlight === 0 && counters.abandoned >= 1);
  });
});
