// Deprecation diagnostics in a real extension host: live diagnostics, quick fixes, hover, workspace scan, settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEPRECATION_CODE, REPLACEMENT_DOCS_URL, scanText } from '../../src/deprecation';
import type { WorkspaceScanResult } from '../../src/diagnostics';
import { atlasDiagnostics, diagnosticsWhen, SettingsOverride, waitFor, writeFile } from './diagnosticsHelpers';
import { activatedExtension, testWorkspace } from './env';

const PYTHON = [
  'import requests',
  'BASE = "https://cloud.mongodb.com/api/atlas/v1.0"',
  'def list_connections(g):',
  '    return requests.get(f"{BASE}/groups/{g}/privateEndpoint").json()',
  'def delete_connection(g, link):',
  '    requests.delete(f"{BASE}/groups/{g}/privateEndpoint/{link}")',
  'def services(g):',
  '    return requests.get(f"{BASE}/groups/{g}/privateEndpoint/AWS/endpointService").json()',
  '# run: atlas privateEndpoints list --projectId 5e2211c17a3e5a48f5497de3',
  '',
].join('\n');

/** Untitled documents this suite opened: always dirty, so they are reverted and closed (no save prompt) after each test. */
const untitled: vscode.TextDocument[] = [];

let untitledCount = 0;

/**
 * A new untitled document with `content`, at a name of its own: `openTextDocument({ content })` can hand back
 * `Untitled-1` restored from the backup of an earlier test's document, with that test's text.
 */
async function openUntitled(content: string, language = 'python', extension = ''): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `atlas-diagnostics-test-${++untitledCount}-${Date.now()}${extension}` });
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), language);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the untitled document takes its text');
  assert.equal(document.getText(), content);
  untitled.push(document);
  await vscode.window.showTextDocument(document);
  return document;
}

async function closeUntitled(): Promise<void> {
  for (const document of untitled.splice(0)) {
    if (!document.isClosed) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('an untitled document to close', () => (document.isClosed ? true : undefined));
    }
  }
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, range, kind);
  return actions.filter((action): action is vscode.CodeAction => 'title' in action && 'edit' in action && action.edit !== undefined);
}

describe('Deprecation diagnostics', function () {
  this.timeout(60_000);
  const settings = new SettingsOverride();

  before(async () => {
    await activatedExtension();
  });

  afterEach(async () => {
    await settings.restore();
    await closeUntitled();
  });

  it('shows a diagnostic per deprecated use in an untitled document, with range, message, tag, code and source', async () => {
    const document = await openUntitled(PYTHON);
    const expected = scanText(PYTHON, 'python');
    assert.equal(expected.length, 3);
    const diagnostics = await diagnosticsWhen(document.uri, '3 diagnostics', (found) => found.length === 3);
    const sorted = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start));
    sorted.forEach((diagnostic, index) => {
      const finding = expected[index];
      assert.deepEqual(
        [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
        [finding.line, finding.character, finding.line, finding.character + finding.length],
      );
      assert.equal(diagnostic.message, finding.message);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(diagnostic.tags, [vscode.DiagnosticTag.Deprecated]);
      assert.equal(diagnostic.source, 'Atlas');
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, DEPRECATION_CODE);
      assert.equal(code.target.toString(), vscode.Uri.parse(REPLACEMENT_DOCS_URL).toString());
    });
    assert.equal(document.getText(sorted[0].range), '/groups/{g}/privateEndpoint');
    assert.match(sorted[0].message, /privateEndpoint\/AWS\/endpointService/);
  });

  it('reads a plain-text document as the language its name implies (a REST Client .http file), as the quick fixes do', async () => {
    const text = '@links = {{host}}/api/atlas/v1.0/groups/{{group}}/privateEndpoint\n\n###\nGET {{links}}/{{id}}\n';
    // Read as plain text, only the definition is a finding; read as a request file, the request that extends it is too.
    assert.deepEqual(scanText(text, 'plaintext').map((finding) => finding.line), [0]);
    const expected = scanText(text, 'http');
    assert.deepEqual(expected.map((finding) => finding.line), [0, 3]);
    const document = await openUntitled(text, 'plaintext', '.http');
    assert.equal(document.languageId, 'plaintext');
    const diagnostics = await diagnosticsWhen(document.uri, 'the definition and the request line', (found) => found.length === 2);
    const request = diagnostics.find((diagnostic) => diagnostic.range.start.line === 3);
    assert.equal(request?.message, expected[1].message);
  });

  it('follows edits as the user types, ending with the diagnostics of the final text', async () => {
    const document = await openUntitled('# notes\n', 'shellscript');
    const editor = await vscode.window.showTextDocument(document);
    for (const piece of ['curl "$API/groups/$G', '/privateEndpoint"\n', 'atlas privateEndpoints describe x\n']) {
      await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, piece));
    }
    const diagnostics = await diagnosticsWhen(document.uri, 'the list and CLI findings', (found) => found.length === 2);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.range.start.line).sort(), [1, 2]);
    await editor.edit((edit) => edit.delete(new vscode.Range(1, 0, 3, 0)));
    await diagnosticsWhen(document.uri, 'no diagnostics once the lines are gone', (found) => found.length === 0);
  });

  it('offers a preferred quick fix that rewrites the path; the diagnostic then disappears', async () => {
    const document = await openUntitled(PYTHON);
    const [first] = await diagnosticsWhen(document.uri, 'diagnostics', (found) => found.length === 3).then((found) =>
      [...found].sort((a, b) => a.range.start.compareTo(b.range.start)),
    );
    const actions = await codeActions(document.uri, first.range);
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix, `a preferred quick fix among ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(fix.title, 'Replace with /groups/{g}/privateEndpoint/AWS/endpointService');
    assert.ok(await vscode.workspace.applyEdit(fix.edit as vscode.WorkspaceEdit));
    assert.equal(document.lineAt(3).text, '    return requests.get(f"{BASE}/groups/{g}/privateEndpoint/AWS/endpointService").json()');
    const remaining = await diagnosticsWhen(document.uri, 'one diagnostic fewer', (found) => found.length === 2);
    assert.ok(remaining.every((diagnostic) => diagnostic.range.start.line !== 3));
  });

  it('fixes all calls of a file at once (quick fix and source.fixAll), the CLI command included', async () => {
    const document = await openUntitled(PYTHON);
    const diagnostics = await diagnosticsWhen(document.uri, 'diagnostics', (found) => found.length === 3);
    const first = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start))[0];
    const fixAll = (await codeActions(document.uri, first.range)).find(
      (action) => action.title === 'Fix all deprecated Atlas private endpoint calls in this file',
    );
    assert.ok(fixAll, 'a fix-all quick fix');
    const sourceFixAll = await codeActions(document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.atlasPrivateEndpoints');
    assert.deepEqual(
      sourceFixAll.map((action) => action.kind?.value),
      ['source.fixAll.atlasPrivateEndpoints'],
    );
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit as vscode.WorkspaceEdit));
    assert.equal(document.lineAt(5).text, '    requests.delete(f"{BASE}/groups/{g}/privateEndpoint/AWS/endpointService/{link}")');
    assert.equal(document.lineAt(8).text, '# run: atlas privateEndpoints aws list --projectId 5e2211c17a3e5a48f5497de3');
    await diagnosticsWhen(document.uri, 'no finding left', (found) => found.length === 0);
    assert.deepEqual(scanText(document.getText(), 'python'), []);
  });

  it('explains the deprecation on hover, with the documentation link', async () => {
    const document = await openUntitled(PYTHON);
    const [first] = await diagnosticsWhen(document.uri, 'diagnostics', (found) => found.length === 3).then((found) =>
      [...found].sort((a, b) => a.range.start.compareTo(b.range.start)),
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, first.range.start.translate(0, 3));
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .join('\n');
    assert.match(text, /Deprecated Atlas private endpoint API/);
    assert.ok(text.includes(REPLACEMENT_DOCS_URL), text);
  });

  it('clears the diagnostics of a document when it closes', async () => {
    const document = await openUntitled(PYTHON);
    await diagnosticsWhen(document.uri, 'diagnostics', (found) => found.length === 3);
    await closeUntitled();
    await diagnosticsWhen(document.uri, 'no diagnostics after closing', (found) => found.length === 0);
  });

  it('follows the severity setting, and the enabled setting turns diagnostics off and on again', async () => {
    const document = await openUntitled(PYTHON);
    await diagnosticsWhen(document.uri, 'warnings', (found) => found.length === 3 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await settings.set('atlasPrivateEndpoints.deprecation', 'severity', 'Error');
    await diagnosticsWhen(document.uri, 'errors', (found) => found.length === 3 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    await settings.set('atlasPrivateEndpoints.deprecation', 'severity', 'Hint');
    await diagnosticsWhen(document.uri, 'hints', (found) => found.length === 3 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Hint));
    await settings.set('atlasPrivateEndpoints.deprecation', 'enabled', false);
    await diagnosticsWhen(document.uri, 'no diagnostics while disabled', (found) => found.length === 0);
    await settings.restore();
    await diagnosticsWhen(document.uri, 'warnings again', (found) => found.length === 3 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  describe('workspace scan', () => {
    let folder: vscode.Uri;
    const file = (relative: string) => vscode.Uri.joinPath(folder, relative);
    const legacyShell = 'curl --digest "$API/groups/$GROUP_ID/privateEndpoint"\n';

    beforeEach(async () => {
      folder = vscode.Uri.joinPath(testWorkspace(), `deprecation-scan-${Date.now()}`);
      await writeFile(file('src/legacy.go'), 'conns, _, err := client.PrivateEndpointsDeprecated.List(ctx, g, nil)\nu := "/api/atlas/v1.0/groups/%s/privateEndpoint/%s"\n');
      await writeFile(file('scripts/deploy.sh'), 'set -e\natlas privateEndpoints create --provider AWS --region us-east-1\n');
      await writeFile(file('src/clean.py'), 'requests.get(f"{V2}/groups/{g}/privateEndpoint/AWS/endpointService")\n');
      await writeFile(file('node_modules/pkg/index.js'), legacyShell);
      await writeFile(file('gen/client.generated.ts'), legacyShell);
      await writeFile(file('vendor/old.sh'), legacyShell);
      await writeFile(file('big.txt'), `${'#'.repeat(2048)}\n${legacyShell}`);
      await writeFile(file('image.bin'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, ...new TextEncoder().encode(legacyShell)]));
    });

    afterEach(async () => {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    });

    it('scans a folder honouring files.exclude, search.exclude, deprecation.exclude, the size cap and binaries', async () => {
      const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
      await settings.set('files', 'exclude', { ...filesExclude, '**/*.generated.ts': true });
      await settings.set('search', 'exclude', { '**/node_modules': true });
      await settings.set('atlasPrivateEndpoints.deprecation', 'exclude', ['**/vendor/**']);
      await settings.set('atlasPrivateEndpoints.deprecation', 'maxFileSizeKB', 1);

      const result = await vscode.commands.executeCommand<WorkspaceScanResult>('atlasPrivateEndpoints.scanWorkspace', folder);
      assert.deepEqual(result, {
        filesScanned: 3,
        filesWithFindings: 2,
        findings: 3,
        skippedBinary: 1,
        skippedLarge: 1,
        unreadable: 0,
        cancelled: false,
      });
      // In the Problems view without being opened.
      assert.deepEqual(
        atlasDiagnostics(file('src/legacy.go')).map((diagnostic) => diagnostic.message.split(' ')[0]),
        // The Go line shows no HTTP method: the message does not guess one (issue 12).
        ['PrivateEndpointsDeprecated.List', '/groups/{GROUP-ID}/privateEndpoint/{ID}'],
      );
      assert.equal(atlasDiagnostics(file('scripts/deploy.sh')).length, 1);
      for (const skipped of ['src/clean.py', 'node_modules/pkg/index.js', 'gen/client.generated.ts', 'vendor/old.sh', 'big.txt', 'image.bin']) {
        assert.deepEqual(atlasDiagnostics(file(skipped)), [], skipped);
      }

      // Later setting changes apply to the scan results too.
      await settings.set('atlasPrivateEndpoints.deprecation', 'severity', 'Information');
      await diagnosticsWhen(file('src/legacy.go'), 'information severity', (found) =>
        found.length === 2 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Information),
      );
      await settings.set('atlasPrivateEndpoints.deprecation', 'exclude', ['**/vendor/**', '**/scripts/**']);
      await diagnosticsWhen(file('scripts/deploy.sh'), 'the newly excluded file dropped', (found) => found.length === 0);
      assert.equal(atlasDiagnostics(file('src/legacy.go')).length, 2);
    });

    it('does not show diagnostics in an open document that deprecation.exclude matches', async () => {
      await settings.set('atlasPrivateEndpoints.deprecation', 'exclude', ['**/vendor/**']);
      const vendored = await vscode.workspace.openTextDocument(file('vendor/old.sh'));
      await vscode.window.showTextDocument(vendored);
      const scripts = await vscode.workspace.openTextDocument(file('scripts/deploy.sh'));
      await vscode.window.showTextDocument(scripts);
      await diagnosticsWhen(scripts.uri, 'the open, not excluded file', (found) => found.length === 1);
      assert.deepEqual(atlasDiagnostics(vendored.uri), []);
      await settings.set('atlasPrivateEndpoints.deprecation', 'exclude', []);
      await diagnosticsWhen(vendored.uri, 'diagnostics once no longer excluded', (found) => found.length === 1);
      // Like findFiles, a glob without `**/` is relative to the workspace folder.
      await settings.set('atlasPrivateEndpoints.deprecation', 'exclude', [`${vscode.workspace.asRelativePath(folder, false)}/vendor/**`]);
      await diagnosticsWhen(vendored.uri, 'cleared again by a workspace-relative glob', (found) => found.length === 0);
    });

    it('scans every workspace folder when no folder is given', async () => {
      const result = await vscode.commands.executeCommand<WorkspaceScanResult>('atlasPrivateEndpoints.scanWorkspace');
      assert.equal(result.cancelled, false);
      assert.ok(result.findings >= 3, `found ${result.findings}`);
      assert.equal(atlasDiagnostics(file('src/legacy.go')).length, 2);
      assert.deepEqual(atlasDiagnostics(file('node_modules/pkg/index.js')), [], 'search.exclude keeps node_modules out by default');
    });
  });
});
