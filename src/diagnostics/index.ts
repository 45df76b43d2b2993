import * as vscode from 'vscode';
import type { LegacyInventory } from '../deprecation/fixes';
import { SETTINGS, type SettingName } from '../ids';
import { DeprecationCodeActions } from './codeActions';
import { FindingsStore } from './findingsStore';
import { DeprecationHover } from './hover';
import { LiveDocumentScanner } from './liveDocuments';
import { deprecationSettings } from './settings';
import { WorkspaceScanner } from './workspaceScan';

export type { WorkspaceScanResult } from './workspaceScan';

export interface DeprecationDiagnostics {
  /** The workspace scan (the Scan Workspace command runs it). */
  readonly scanner: WorkspaceScanner;
  /** Some `deprecation.*` settings changed: render, rescan open documents, drop results now excluded. */
  settingsChanged(changed: readonly SettingName[]): void;
}

/**
 * Deprecation diagnostics: live diagnostics for open documents, quick fixes, a hover, and the workspace scan.
 * Needs no sign-in and works in untrusted workspaces: it only reads text. `inventory` (optional) fills Terraform import
 * ids from the legacy connections the view has loaded.
 */
export function createDeprecationDiagnostics(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  inventory?: () => LegacyInventory | undefined,
): DeprecationDiagnostics {
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
    vscode.languages.registerCodeActionsProvider(everyDocument, new DeprecationCodeActions(findingsFor, inventory), {
      providedCodeActionKinds: DeprecationCodeActions.providedCodeActionKinds,
    }),
    vscode.languages.registerHoverProvider(everyDocument, new DeprecationHover(findingsFor)),
  );

  documents.scanAll();
  if (deprecationSettings().scanWorkspaceOnStartup && (vscode.workspace.workspaceFolders?.length ?? 0) > 0) {
    void scanner.run({ silent: true });
  }

  return {
    scanner,
    settingsChanged: (changed) => {
      store.renderAll();
      documents.scanAll();
      if (changed.includes(SETTINGS.deprecationExclude)) {
        scanner.dropExcludedResults().catch((error: unknown) => log.error(`Applying deprecation.exclude failed: ${String(error)}`));
      }
    },
  };
}
