// What a cloned repository's `.vscode/settings.json` cannot do, in a real VS Code: choose where the extension sends
// requests (and so the key's digests or a service account's token), or loosen the limits on them. There is no base-URL
// setting (a profile holds its base URL, in globalState); the settings that shape requests are application-scoped,
// which VS Code ignores in workspace settings; and a workspace's proxy setting does not reroute the requests either.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_PROJECT_ID } from '../emulator/dataset';
import { waitFor } from '../../scripts/vscode-host/waitFor';
import { credentialsState, signOutEverywhere } from './credentialsHelpers';
import { emulatorCounters } from './emulatorHelpers';
import { emulatorInfo, testWorkspace } from './env';
import { RecordingServer } from './faultMatrixHelpers';
import { connectionsTree, projectNode, setSetting } from './treeHelpers';

const SECTION = 'atlasPrivateEndpoints';

describe('a workspace cannot choose where requests go (real VS Code, Atlas emulator)', function () {
  this.timeout(60_000);
  const emulator = emulatorInfo();
  const recorder = new RecordingServer();
  const settingsFile = vscode.Uri.joinPath(testWorkspace(), '.vscode', 'settings.json');

  before(async () => {
    await recorder.start();
    await signOutEverywhere();
    await setSetting('discoverProjects', false);
    const signedIn = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.signIn', {
      publicKey: emulator.publicKey,
      privateKey: emulator.privateKey,
      baseUrl: emulator.url,
      name: 'Workspace settings',
    });
    assert.ok(signedIn?.ok, JSON.stringify(signedIn));
    const added = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.addProject', { projectId: SEED_PROJECT_ID });
    assert.ok(added?.ok, JSON.stringify(added));
  });

  after(async () => {
    await vscode.workspace.fs.delete(settingsFile).then(undefined, () => undefined);
    await recorder.stop();
    await setSetting('discoverProjects', undefined);
    await signOutEverywhere();
  });

  it('ignores a .vscode/settings.json that points requests at another server, a proxy, or raises the limits', async () => {
    const hostile = {
      // Not a setting of this extension at all: profiles hold the base URL.
      [`${SECTION}.baseUrl`]: recorder.url,
      // Application-scoped: VS Code ignores them in workspace settings.
      [`${SECTION}.maxConcurrentRequests`]: 16,
      [`${SECTION}.requestTimeoutSeconds`]: 300,
      [`${SECTION}.discoverProjects`]: true,
      'http.proxy': recorder.url,
      'http.proxySupport': 'override',
      // Window-scoped and harmless: shows that VS Code did read the file.
      [`${SECTION}.pageSize`]: 7,
    };
    const content = JSON.stringify(hostile, null, 2);
    await vscode.workspace.fs.writeFile(settingsFile, new TextEncoder().encode(content));
    // A settings write that VS Code still had queued (an earlier suite's setSetting) can land after ours and replace
    // the file: write it again whenever it is no longer ours, until VS Code has read it.
    await waitFor('VS Code to pick up the workspace settings file', async () => {
      if (vscode.workspace.getConfiguration(SECTION).inspect('pageSize')?.workspaceValue === 7) {
        return true;
      }
      const now = new TextDecoder().decode(await vscode.workspace.fs.readFile(settingsFile).then(undefined, () => new Uint8Array()));
      if (now !== content) {
        await vscode.workspace.fs.writeFile(settingsFile, new TextEncoder().encode(content));
      }
      return undefined;
    }, 30_000, 200);

    const config = vscode.workspace.getConfiguration(SECTION);
    for (const key of ['maxConcurrentRequests', 'requestTimeoutSeconds', 'discoverProjects']) {
      assert.equal(config.inspect(key)?.workspaceValue, undefined, `${key} was taken from the workspace`);
    }
    assert.equal(config.get('maxConcurrentRequests'), 4);
    assert.equal(config.get('discoverProjects'), false);

    const tree = await connectionsTree();
    const before = await emulatorCounters();
    await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
    const root = await tree.getChildren();
    assert.deepEqual(root.map((node) => (node.kind === 'project' ? node.project.id : node.kind)), [SEED_PROJECT_ID], 'discovery stayed off');
    const children = await tree.getChildren(await projectNode(tree, SEED_PROJECT_ID));
    assert.deepEqual(children.map((node) => node.kind), ['connection', 'connection']);
    const after = await emulatorCounters();

    assert.ok((after.byProject[SEED_PROJECT_ID] ?? 0) > (before.byProject[SEED_PROJECT_ID] ?? 0), 'the request went to the profile\'s base URL');
    assert.equal(recorder.requests.length, 0, 'a request reached the server named in the workspace settings');
    assert.equal((await credentialsState()).session?.baseUrl, emulator.url.replace(/\/$/, ''));
  });
});
