import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { reactToSettingsAndTrust } from './configuration';
import { createCredentials } from './credentials';
import { createDeprecationDiagnostics } from './diagnostics';
import { LoadedInventory } from './migration/inventory';
import { createConnectionsView, type ConnectionsTree } from './tree';

/** What `activate` returns: the tree model, read by the integration tests through `extension.exports`. */
export interface AtlasPrivateEndpointsApi {
  readonly connections: ConnectionsTree;
  /** Watching pending connections: whether it runs and how many polls sent requests (read by the integration tests). */
  readonly watch: { readonly running: boolean; readonly polls: number };
}

/**
 * Wiring only: build the services, hand them their dependencies, push every disposable to the context.
 * No request, scan or file read happens here.
 */
export function activate(context: vscode.ExtensionContext): AtlasPrivateEndpointsApi {
  const log = vscode.window.createOutputChannel('Atlas Private Endpoints', { log: true });
  context.subscriptions.push(log);

  const { store, sessions, testSecrets } = createCredentials(context, log);
  const { tree, documents, watch } = createConnectionsView(context, log, sessions);
  const inventory = new LoadedInventory();
  const diagnostics = createDeprecationDiagnostics(context, log, () => inventory.current(tree.current));
  registerCommands(context, { store, sessions, tree, documents, scanner: diagnostics.scanner, log, testSecrets });
  context.subscriptions.push(
    reactToSettingsAndTrust({
      clientSettingsChanged: () => sessions.refresh({ rebuildClient: true }),
      treeSettingsChanged: () => tree.settingsChanged(),
      viewSettingsChanged: () => {
        tree.viewSettingsChanged();
        watch.restart();
      },
      deprecationSettingsChanged: (changed) => diagnostics.settingsChanged(changed),
      // The session (and with it the view) becomes available; the view renders again from the session's change event.
      workspaceTrusted: () => sessions.refresh(),
    }),
  );
  return { connections: tree, watch };
}

export function deactivate(): void {}
