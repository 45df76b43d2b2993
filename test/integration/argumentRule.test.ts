// The rule for command arguments (README, "Commands"), in a real VS Code against the Atlas emulator: a command started
// with an argument object (a `command:` link, a task, another extension) never deletes or changes credentials without
// the person's confirmation, and takes tree nodes only when they are this view's own (checked by identity). The modal
// dialog itself is answered through the extension's test hook (it cannot be clicked from the extension host); the e2e
// suite clicks the real one.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ImportResult } from '../../src/commands/importAtlasCliProfile';
import type { SignInResult } from '../../src/commands/signIn';
import type { TreeNode } from '../../src/tree';
import { SEED_PROJECT_ID } from '../emulator/dataset';
import { answerConfirmations, credentialsState, secretKeyFor, signOutEverywhere } from './credentialsHelpers';
import { emulatorCounters, resetEmulator } from './emulatorHelpers';
import { emulatorInfo, testWorkspace } from './env';
import { connectionsTree, projectNode, setSetting } from './treeHelpers';

describe('command arguments need a person\'s decision (real VS Code, Atlas emulator)', function () {
  this.timeout(60_000);
  const emulator = emulatorInfo();
  const host = new URL(emulator.url).host;
  const goodKey = { publicKey: emulator.publicKey, privateKey: emulator.privateKey, baseUrl: emulator.url };
  const signIn = (args: Record<string, string>) => vscode.commands.executeCommand<SignInResult>('atlasPrivateEndpoints.signIn', args);

  before(async () => {
    await setSetting('discoverProjects', false);
  });

  beforeEach(async () => {
    await answerConfirmations('accept');
    await signOutEverywhere();
    await resetEmulator();
    await answerConfirmations();
  });

  after(async () => {
    await answerConfirmations('accept');
    await signOutEverywhere();
    await setSetting('discoverProjects', undefined);
  });

  it('signIn with arguments asks first, naming the host that is not Atlas; declined, nothing is sent or saved', async () => {
    await answerConfirmations('decline');
    const declined = await signIn({ ...goodKey, name: 'From a link' });
    assert.equal(declined.ok, false);
    assert.equal(declined.ok ? '' : declined.reason, 'notConfirmed');
    const [asked] = await answerConfirmations('accept');
    assert.ok(asked, 'no confirmation was asked');
    assert.ok(asked.message.includes(host), asked.message);
    assert.match(asked.detail, /not Atlas or Atlas for Government/);
    assert.equal((await emulatorCounters()).total, 0, 'a request reached the server before the person agreed');
    assert.deepEqual((await credentialsState()).profiles.filter((profile) => !profile.readOnly), []);

    const accepted = await signIn({ ...goodKey, name: 'From a link' });
    assert.ok(accepted.ok, JSON.stringify(accepted));
  });

  it('signOut with arguments asks first; declined, the profile and its key stay', async () => {
    const signedIn = await signIn({ ...goodKey, name: 'Keep me' });
    assert.ok(signedIn.ok);
    await answerConfirmations('decline');
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.signOut', { profileId: signedIn.profileId }), false);
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.signOut', {}), false);
    const asked = await answerConfirmations('accept');
    assert.equal(asked.length, 2);
    assert.match(asked[0].message, /Sign out of profile "Keep me"/);
    const state = await credentialsState();
    assert.equal(state.secretPresent[secretKeyFor(signedIn.profileId)], true, 'the key was deleted without confirmation');
  });

  it('importAtlasCliProfile with arguments asks first, naming the file and the host; an odd table name becomes a valid name', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atlascli-rule-'));
    const configPath = path.join(folder, 'config.toml');
    const hostileName = '[Grant the role now](command:workbench.action.terminal.sendSequence)';
    writeFileSync(
      configPath,
      [`["${hostileName}"]`, `public_api_key = '${emulator.publicKey}'`, `private_api_key = '${emulator.privateKey}'`, `ops_manager_url = '${emulator.url}'`, ''].join('\n'),
      { mode: 0o600 },
    );
    try {
      await answerConfirmations('decline');
      const declined = await vscode.commands.executeCommand<ImportResult>('atlasPrivateEndpoints.importAtlasCliProfile', { configPath, profiles: [hostileName] });
      assert.equal(declined?.ok, false);
      assert.deepEqual((await credentialsState()).profiles.filter((profile) => !profile.readOnly), []);
      const [asked] = await answerConfirmations('accept');
      assert.ok(asked.detail.includes(configPath), asked.detail);
      assert.ok(asked.detail.includes(host), asked.detail);
      assert.ok(!asked.detail.includes('](command:'), asked.detail);

      const imported = await vscode.commands.executeCommand<ImportResult>('atlasPrivateEndpoints.importAtlasCliProfile', { configPath, profiles: [hostileName] });
      assert.ok(imported?.ok, JSON.stringify(imported));
      const name = imported.imported[0].profileName;
      assert.ok(!/[[\]$]/.test(name), `imported as ${JSON.stringify(name)}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('copyEndpointServiceName and openRawJson ignore a node that is not one of the view\'s own rows', async () => {
    const signedIn = await signIn({ ...goodKey, name: 'Copy' });
    assert.ok(signedIn.ok);
    const forged: TreeNode = {
      kind: 'connection',
      projectId: SEED_PROJECT_ID,
      connection: { id: 'f'.repeat(24), endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-attacker0000000', errorMessage: null, interfaceEndpoints: [], status: 'AVAILABLE' },
    };
    // Nothing is loaded, so the palette path says so and copies nothing; before, the forged name was copied.
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.copyEndpointServiceName', forged), undefined);
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.openRawJson', forged), undefined);
  });

  it('removeProject asks first for an argument object, not for the view\'s own row', async () => {
    const signedIn = await signIn({ ...goodKey, name: 'Projects' });
    assert.ok(signedIn.ok);
    await answerConfirmations('accept');
    for (const projectId of [SEED_PROJECT_ID, emulator.projects[1].id]) {
      const added = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.addProject', { projectId });
      assert.ok(added.ok);
    }
    await answerConfirmations('decline');
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.removeProject', { projectId: SEED_PROJECT_ID }), false);
    assert.equal((await answerConfirmations()).length, 1);
    assert.ok((await credentialsState()).session?.projectIds.includes(SEED_PROJECT_ID), 'removed without confirmation');

    const tree = await connectionsTree();
    const row = await projectNode(tree, emulator.projects[1].id);
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.removeProject', row), true);
    assert.deepEqual(await answerConfirmations('accept'), [], 'a click on the view\'s own row was asked about');
  });

  it('scanWorkspace refuses a folder outside the workspace (a command link passing "/")', async () => {
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.scanWorkspace', vscode.Uri.file('/')), undefined);
    const outside = vscode.Uri.joinPath(testWorkspace(), '..');
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.scanWorkspace', outside), undefined);
    assert.notEqual(await vscode.commands.executeCommand('atlasPrivateEndpoints.scanWorkspace', testWorkspace()), undefined, 'the workspace folder itself is scanned');
  });
});

describe('the tree never serves a previous profile\'s data (real VS Code, Atlas emulator)', function () {
  this.timeout(60_000);
  const emulator = emulatorInfo();
  const goodKey = { publicKey: emulator.publicKey, privateKey: emulator.privateKey, baseUrl: emulator.url };

  beforeEach(async () => {
    await answerConfirmations('accept');
    await signOutEverywhere();
    await setSetting('discoverProjects', false);
  });

  after(async () => {
    await signOutEverywhere();
    await setSetting('discoverProjects', undefined);
  });

  async function loadSeedProject(name: string): Promise<string> {
    const signedIn = await vscode.commands.executeCommand<SignInResult>('atlasPrivateEndpoints.signIn', { ...goodKey, name });
    assert.ok(signedIn.ok, JSON.stringify(signedIn));
    const added = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.addProject', { projectId: SEED_PROJECT_ID });
    assert.ok(added.ok);
    const tree = await connectionsTree();
    await tree.getChildren(await projectNode(tree, SEED_PROJECT_ID));
    await tree.whenIdle();
    assert.ok(tree.loadedItems().length > 0, 'nothing loaded');
    return signedIn.profileId;
  }

  it('a profile switch drops what the previous profile loaded at once, without the view asking', async () => {
    const first = await loadSeedProject('First');
    await vscode.commands.executeCommand('atlasPrivateEndpoints.signIn', { ...goodKey, name: 'Second' });
    const tree = await connectionsTree();
    assert.deepEqual(tree.loadedItems(), [], 'the previous profile\'s model is still there');
    await loadSeedProject('Third');
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.switchProfile', { profileId: first }), true);
    assert.deepEqual(tree.loadedItems(), [], 'Copy Endpoint Service Name would offer the previous profile\'s connections');
  });

  it('sign-out ends the old model and its loads at once', async () => {
    const profileId = await loadSeedProject('Leaving');
    const tree = await connectionsTree();
    assert.equal(await vscode.commands.executeCommand('atlasPrivateEndpoints.signOut', { profileId }), true);
    assert.equal(tree.current, undefined, 'the signed-out profile\'s model is still there');
    assert.deepEqual(tree.loadedItems(), []);
  });
});
