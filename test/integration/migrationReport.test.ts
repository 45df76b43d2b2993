// The migration report in a real extension host, against the Atlas emulator: a project with legacy connections,
// a project whose legacy list is gone (404), and signed out (the workspace half only).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RETIRED_PROJECT_ID, SEED_PROJECT_ID } from '../emulator/dataset';
import { signOutEverywhere } from './credentialsHelpers';
import { resetEmulator } from './emulatorHelpers';
import { emulatorInfo, testWorkspace } from './env';
import { writeFile } from './diagnosticsHelpers';
import { connectionsTree, projectNode, setSetting } from './treeHelpers';

async function report(node?: unknown): Promise<string> {
  const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('atlasPrivateEndpoints.migrationReport', node);
  assert.ok(document, 'the report opens');
  assert.equal(document.uri.scheme, 'atlas-migration-report');
  assert.equal(document.languageId, 'markdown');
  return document.getText();
}

describe('Migration report', function () {
  this.timeout(90_000);
  const script = vscode.Uri.joinPath(testWorkspace(), 'report-legacy-call.sh');

  before(async () => {
    await writeFile(script, 'curl "https://cloud.mongodb.com/api/atlas/v1.0/groups/$G/privateEndpoint"\n');
    await signOutEverywhere();
    await setSetting('discoverProjects', true);
    const emulator = emulatorInfo();
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('atlasPrivateEndpoints.signIn', {
      publicKey: emulator.publicKey,
      privateKey: emulator.privateKey,
      baseUrl: emulator.url,
      name: 'Report tests',
    });
    assert.ok(result?.ok, `sign-in failed: ${JSON.stringify(result)}`);
    await resetEmulator();
  });

  after(async () => {
    await vscode.workspace.fs.delete(script);
    await setSetting('discoverProjects', undefined);
    await signOutEverywhere();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('joins a project\'s legacy connections to their endpoint services, with links to the code and Terraform blocks', async () => {
    const tree = await connectionsTree();
    const text = await report(await projectNode(tree, SEED_PROJECT_ID));
    assert.match(text, /^# Atlas private endpoint migration report/);
    assert.match(text, /for the profile Report tests/);
    assert.match(text, /\| Legacy connection \| Region \| Legacy status \| Endpoint service \| Status \| Interface endpoints \|/);
    assert.match(text, /\| `5df264b8f10fab7d2cad2f0d` \| `us-east-1` \| [^|]+ \| `5df264b8f10fab7d2cad2f0d` \|/);
    assert.match(text, new RegExp(`id = "${SEED_PROJECT_ID}-5df264b8f10fab7d2cad2f0d-AWS-us-east-1"`));
    assert.match(text, /\[report-legacy-call\.sh:1\]\(\/report-legacy-call\.sh#L1\) list:/);
    assert.match(text, /### Checklist/);
    const shown = vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'atlas-migration-report');
    assert.ok(shown);
    assert.deepEqual(vscode.languages.getDiagnostics(shown.uri), [], 'the report itself is not checked for deprecated calls');
  });

  it('works when the legacy list is gone: endpoint services only', async () => {
    const tree = await connectionsTree();
    const text = await report(await projectNode(tree, RETIRED_PROJECT_ID));
    assert.match(text, /The legacy list answered HTTP 404/);
    assert.match(text, /\| Endpoint service \| Region \| Status \| Interface endpoints \|/);
  });

  it('takes a project row only from the view: a forged one (a command link\'s argument) reports every project instead', async () => {
    const forged = { kind: 'project', project: { id: '0123456789abcdef01234567', name: 'Forged [click](command:workbench.action.openSettings)' } };
    const text = await report(forged);
    assert.doesNotMatch(text, /Forged|0123456789abcdef01234567/);
    assert.match(text, new RegExp(SEED_PROJECT_ID));
  });

  it('works signed out, with the workspace half only', async () => {
    await signOutEverywhere();
    const text = await report();
    assert.match(text, /Not signed in/);
    assert.match(text, /report-legacy-call\.sh:1/);
  });
});
