import * as vscode from 'vscode';
import { DeprecationCodeActions } from './codeActions';
import { FindingsStore } from './findingsStore';
import { DeprecationHover } from './hover';
import { LiveDocumentScanner } from './liveDocuments';
import { affectsDeprecationSettings, deprecationSettings } from './settings';
import { WorkspaceScanner } from './workspaceScan';

export type { WorkspaceScanResult } from './workspaceScan';

/**
 * Deprecation diagnostics: live diagnostics for open documents, quick fixes, a hover, and the workspace scan command.
 * Needs no sign-in and works in untrusted workspaces: it only reads text.
 */
export function registerDeprecationDiagnostics(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const collection = vscode.languages.createDiagnosticCollection('atlasPrivateEndpoints.deprecation');
  const store = new FindingsStore(collection);
  const scanner = new WorkspaceScanner(store, log);
  const documents = new LiveDocumentScanner(store, (uri) => {
    scanner.rescanFromDisk(uri).catch((error: unknown) => log.error(`Deprecation rescan of ${uri.toString(true)} failed: ${String(error)}`));
  });
  const findingsFor = (document: vscode.TextDocument) => documents.findingsFor(document);
  const everyDocument: vscode.DocumentSelector = '*';

  context.subscriptions.push(
    collection,
    store,
    scanner,
    documents,
    vscode.languages.registerCodeActionsProvider(everyDocument, new DeprecationCodeActions(findingsFor), {
      providedCodeActionKinds: DeprecationCodeActions.providedCodeActionKinds,
    }),
    vscode.languages.registerHoverProvider(everyDocument, new DeprecationHover(findingsFor)),
    vscode.commands.registerCommand('atlasPrivateEndpoints.scanWorkspace', (folder?: unknown) =>
      scanner.run({ folder: folder instanceof vscode.Uri ? folder : undefined }),
    ),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsDeprecationSettings(event)) {
        return;
      }
      store.renderAll();
      documents.scanAll();
      if (event.affectsConfiguration('atlasPrivateEndpoints.deprecation.exclude')) {
        scanner.dropExcludedResults().catch((error: unknown) => log.error(`Applying deprecation.exclude failed: ${String(error)}`));
      }
    }),
  );

  documents.scanAll();
  if (deprecationSettings().scanWorkspaceOnStartup && (vscode.workspace.workspaceFolders?.length ?? 0) > 0) {
    void scanner.run({ silent: true });
  }
}
