// Issue 7's fault matrix, in a real VS Code against the Atlas emulator: one row per fault, one test per row. The rows
// live by fault family in faultMatrix/ (the key and its rights, error statuses, the connection, unusable responses);
// how a row runs is in faultMatrix/world.ts.
//
// Every row runs the same way. The view is open with two projects loaded (Seed Example, the affected one, and Payments
// Production, the other one). The row's `setup` puts its fault in place; the person clicks Refresh (or the row's own
// `act`) and expands the projects. Then, whatever the fault:
//   - the view shows what `expect` says: an error node with an actionable message on the affected project only (other
//     projects load) or on every project for key and host failures; or the data, when the fault is absorbed;
//   - every load settles (no progress left running), and every profile still has its key in SecretStorage;
//   - after the fault clears, Retry on the error node loads the project;
//   - nothing went unhandled in the extension host (HostWatch: process listeners and the host's own log).
// The matrix (row -> result) is printed and written next to the integration report; the launcher prints it too.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../../scripts/vscode-host/waitFor';
import { credentialsState, secretKeyFor, signOutEverywhere } from './credentialsHelpers';
import { atlasDiagnostics, diagnosticsWhen } from './diagnosticsHelpers';
import { injectFault, resetEmulator } from './emulatorHelpers';
import { emulatorInfo } from './env';
import { CONNECTION_FAULTS } from './faultMatrix/connectionFaults';
import { CREDENTIAL_FAULTS } from './faultMatrix/credentialFaults';
import { RESPONSE_FAULTS } from './faultMatrix/responseFaults';
import { STATUS_FAULTS } from './faultMatrix/statusFaults';
import { AFFECTED, AFFECTED_CONNECTIONS, OTHER, expectationTitle, kinds, runRow, showLoaded, signIn, type World } from './faultMatrix/world';
import { extensionLogText, HostWatch, MatrixReport, RecordingServer, SecondEmulator } from './faultMatrixHelpers';
import { recordShownText } from './secretsAuditSink';
import { connectionsTree, projectNode, setSetting } from './treeHelpers';

const ROWS = [...CREDENTIAL_FAULTS, ...STATUS_FAULTS, ...CONNECTION_FAULTS, ...RESPONSE_FAULTS];

describe('fault matrix (real VS Code, Atlas emulator)', function () {
  this.timeout(90_000);
  const emulator = emulatorInfo();
  const matrix = new MatrixReport();
  const watch = new HostWatch();
  let world: World;

  before(async () => {
    const tree = await connectionsTree();
    await signOutEverywhere();
    await setSetting('discoverProjects', false);
    const signedIn = await signIn({ publicKey: emulator.publicKey, privateKey: emulator.privateKey, baseUrl: emulator.url, name: 'Fault matrix' });
    for (const projectId of [AFFECTED, OTHER]) {
      const added = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.addProject', { projectId });
      assert.ok(added?.ok, `adding ${projectId}: ${JSON.stringify(added)}`);
    }
    const recorder = new RecordingServer();
    await recorder.start();
    const notes: string[] = [];
    world = {
      tree,
      url: emulator.url,
      mainProfileId: signedIn.profileId,
      recorder,
      second: new SecondEmulator({ publicKey: emulator.publicKey, privateKey: emulator.privateKey }),
      notes,
      fault: (spec) => injectFault({ projectId: AFFECTED, ...spec }),
      children: async (projectId) => tree.getChildren(await projectNode(tree, projectId)),
    };
    watch.start();
    await watch.selfCheck();
  });

  after(async () => {
    watch.dispose();
    matrix.write();
    if (world) await resetEmulator();
    await world?.recorder.stop();
    await world?.second.stop();
    await setSetting('discoverProjects', undefined);
    await signOutEverywhere();
  });

  for (const row of ROWS) {
    it(`${row.fault} -> ${expectationTitle(row.expect)}`, async () => {
      world.notes.length = 0;
      try {
        const result = await runRow(world, row, watch);
        matrix.add(row.fault, result);
      } catch (error) {
        matrix.add(row.fault, `FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        throw error;
      }
    });
  }

  it('keyring failure (SecretStorage throws on get and store) -> explained, no key lost, diagnostics keep working', async () => {
    const { tree } = world;
    await showLoaded(world);
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'requests.get(f"{BASE}/groups/{g}/privateEndpoint")\n' });
    await vscode.window.showTextDocument(document);
    const logBefore = (await extensionLogText()).length;
    try {
      // The extension's test hook makes its SecretStorage throw: a real keyring cannot be broken on demand here.
      await credentialsState({ failSecretStorage: true });
      await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
      assert.deepEqual(await tree.getChildren(), [], 'without readable keys the view shows its signed-out content');
      const result = await signIn({ publicKey: emulatorInfo().publicKey, privateKey: emulatorInfo().privateKey, baseUrl: emulatorInfo().url, name: 'Second try' }, false);
      assert.equal(result.ok ? 'ok' : result.reason, 'secretStorage', 'storing a key explains the keyring failure');
      recordShownText('sign-in result', result.ok ? '' : result.message);
      assert.match(result.ok ? '' : result.message, /secret storage|keyring/i);
      const logged = await waitFor(
        'the read failure in the extension log',
        async () => (await extensionLogText()).slice(logBefore).split('\n').find((line) => /Secret storage failed to read/.test(line)),
        15_000,
      );
      recordShownText('extension log', logged);
      await diagnosticsWhen(document.uri, 'a deprecation diagnostic while the keyring fails', (found) => found.length === 1);
    } finally {
      await credentialsState({ failSecretStorage: false });
    }
    const state = await credentialsState();
    assert.equal(state.secretPresent[secretKeyFor(world.mainProfileId)], true, 'the key survived the keyring failure');
    assert.equal(state.profiles.filter((profile) => !profile.readOnly).length, 1, 'no profile was added or lost');
    await vscode.commands.executeCommand('atlasPrivateEndpoints.refresh');
    assert.deepEqual(kinds(await world.children(AFFECTED)), Array(AFFECTED_CONNECTIONS).fill('connection'), 'the view recovers with the keyring');
    assert.equal(atlasDiagnostics(document.uri).length, 1);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepEqual(watch.take(), []);
    matrix.add('keyring failure (get and store throw)', 'explained (sign-in reason secretStorage, log); key kept; diagnostics kept working; view recovered');
  });
});
