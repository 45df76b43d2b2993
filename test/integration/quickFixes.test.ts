// Issue 14 in a real extension host: every kind of quick fix applies through VS Code's own code-action machinery
// (REST path with its body, Go client, Atlas CLI, Pulumi, Terraform's whole-file migration), and "Fix all" covers them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { scanText } from '../../src/deprecation';
import { diagnosticsWhen, waitFor, writeFile } from './diagnosticsHelpers';
import { activatedExtension, testWorkspace } from './env';

const opened: vscode.TextDocument[] = [];

async function open(content: string, language: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  opened.push(document);
  await vscode.window.showTextDocument(document);
  return document;
}

async function quickFixes(document: vscode.TextDocument, line: number): Promise<vscode.CodeAction[]> {
  const diagnostics = await diagnosticsWhen(document.uri, `a diagnostic on line ${line + 1}`, (found) => found.some((diagnostic) => diagnostic.range.start.line === line));
  const range = diagnostics.find((diagnostic) => diagnostic.range.start.line === line)?.range as vscode.Range;
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', document.uri, range);
  return actions.filter((action): action is vscode.CodeAction => 'edit' in action && action.edit !== undefined && action.isPreferred === true);
}

/** Applies the preferred quick fix on `line` and waits until VS Code shows the result. */
async function applyQuickFix(document: vscode.TextDocument, line: number): Promise<string> {
  const [fix] = await quickFixes(document, line);
  assert.ok(fix, `a preferred quick fix on line ${line + 1}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit as vscode.WorkspaceEdit));
  return fix.title;
}

describe('Quick fixes for every kind of finding', function () {
  this.timeout(60_000);

  before(async () => {
    await activatedExtension();
  });

  afterEach(async () => {
    for (const document of opened.splice(0)) {
      if (!document.isClosed) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await waitFor('the document to close', () => (document.isClosed ? true : undefined));
      }
    }
  });

  it('REST: rewrites the path and the request body of "add an interface endpoint"; the hover says the body changes', async () => {
    const document = await open('url = f"{B}/groups/{g}/privateEndpoint/{link}/interfaceEndpoints"\nrequests.post(url, json={"interfaceEndpointId": vpce})\n', 'python');
    const [diagnostic] = await diagnosticsWhen(document.uri, 'one diagnostic', (found) => found.length === 1);
    assert.match(diagnostic.message, /The request body changes too/);
    await applyQuickFix(document, 0);
    assert.equal(document.getText(), 'url = f"{B}/groups/{g}/privateEndpoint/AWS/endpointService/{link}/endpoint"\nrequests.post(url, json={"id": vpce})\n');
  });

  it('Go client: adds the provider argument', async () => {
    const document = await open('package x\n\nfunc f() {\n\tc.PrivateEndpointsDeprecated.Get(ctx, g, id)\n}\n', 'go');
    assert.equal(await applyQuickFix(document, 3), 'Replace with PrivateEndpoints.Get(…, "AWS", …)');
    assert.equal(document.lineAt(3).text, '\tc.PrivateEndpoints.Get(ctx, g, "AWS", id)');
  });

  it('Atlas CLI: maps the command and its flags', async () => {
    const document = await open('atlas privateEndpoints create --provider AWS --region us-east-1\n', 'shellscript');
    await applyQuickFix(document, 0);
    assert.equal(document.lineAt(0).text, 'atlas privateEndpoints aws create --region us-east-1');
  });

  it('Pulumi: renames the resource and its arguments', async () => {
    const document = await open('link = mongodbatlas.PrivateEndpointInterfaceLink("l", project_id=p, private_link_id=l, interface_endpoint_id=v)\n', 'python');
    await applyQuickFix(document, 0);
    assert.equal(document.lineAt(0).text, 'link = mongodbatlas.PrivateLinkEndpointService("l", provider_name="AWS", project_id=p, private_link_id=l, endpoint_service_id=v)');
  });

  it('Terraform: one quick fix migrates the whole .tf file, keeping the state; nothing is left to fix', async () => {
    const uri = vscode.Uri.joinPath(testWorkspace(), 'quickfix-migration.tf');
    const source = 'resource "mongodbatlas_private_endpoint" "pe" {\n  project_id    = var.project_id\n  provider_name = "AWS"\n  region        = "us-east-1"\n}\n\noutput "name" {\n  value = mongodbatlas_private_endpoint.pe.endpoint_service_name\n}\n';
    await writeFile(uri, source);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const title = await applyQuickFix(document, 0);
    assert.match(title, /^Migrate this file to /);
    const text = document.getText();
    assert.match(text, /resource "mongodbatlas_privatelink_endpoint" "pe"/);
    assert.match(text, /value = mongodbatlas_privatelink_endpoint\.pe\.endpoint_service_name/);
    assert.match(text, /removed \{\n {2}from = mongodbatlas_private_endpoint\.pe\n/);
    assert.match(text, /import \{\n {2}to = mongodbatlas_privatelink_endpoint\.pe\n {2}id = "PROJECT_ID-PRIVATE_LINK_ID-AWS-us-east-1"\n\}/);
    await diagnosticsWhen(document.uri, 'no diagnostic left', (found) => found.length === 0);
    // A file-backed document stays open in the extension host for a while after its editor closes.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('Fix all covers every kind in one file', async () => {
    const content = [
      'curl "https://cloud.mongodb.com/api/atlas/v1.0/groups/$G/privateEndpoint"',
      'atlas privateEndpoints describe 5df264b8f10fab7d2cad2f0d',
      '# go: c.PrivateEndpointsDeprecated.Delete(ctx, g, id)',
      '',
    ].join('\n');
    const document = await open(content, 'shellscript');
    await diagnosticsWhen(document.uri, '3 diagnostics', (found) => found.length === 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.atlasPrivateEndpoints');
    assert.equal(actions.length, 1);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit as vscode.WorkspaceEdit));
    assert.deepEqual(scanText(document.getText(), 'shellscript'), []);
    assert.equal(document.lineAt(1).text, 'atlas privateEndpoints aws describe 5df264b8f10fab7d2cad2f0d');
  });
});
