import * as vscode from 'vscode';
import { registerCopyEndpointServiceNameCommand } from '../commands/copyEndpointServiceName';
import { registerLoadMoreCommand } from '../commands/loadMore';
import { registerOpenRawJsonCommand } from '../commands/openRawJson';
import { registerRefreshCommand } from '../commands/refresh';
import { registerRetryCommand } from '../commands/retry';
import type { SessionProvider } from '../session';
import { ConnectionsTree, VIEW_ID } from './connectionsTree';
import { RawJsonDocuments } from './rawJsonDocuments';
import { SETTINGS_SECTION, TREE_SETTINGS, readModelSettings } from './settings';

export type { ConnectionsTree } from './connectionsTree';
export type { TreeNode } from './nodes';

/**
 * The "Atlas Private Endpoints" view and its commands (refresh, retry, load more, copy, raw JSON).
 * Returns the tree so that `activate()` can expose it to the integration tests.
 */
export function registerConnectionsView(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, sessions: SessionProvider): ConnectionsTree {
  const tree = new ConnectionsTree({
    sessions,
    log,
    readSettings: () => {
      const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
      return readModelSettings((key) => config.get(key));
    },
    isTrusted: () => vscode.workspace.isTrusted,
    showProgress: (work) => void vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => work),
    // The title, not the description: VS Code hides the header (and with it the description) of a container's only view.
    showProfile: (profileName) => {
      view.title = profileName ? vscode.l10n.t('Atlas Private Endpoints · {0}', profileName) : vscode.l10n.t('Atlas Private Endpoints');
    },
  });
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const documents = new RawJsonDocuments();

  context.subscriptions.push(
    tree,
    view,
    documents,
    registerRefreshCommand(tree),
    registerRetryCommand(tree),
    registerLoadMoreCommand(tree),
    registerCopyEndpointServiceNameCommand(tree),
    registerOpenRawJsonCommand(tree, documents),
    sessions.onDidChange(() => tree.rootChanged()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => tree.rootChanged()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (TREE_SETTINGS.some((key) => event.affectsConfiguration(`${SETTINGS_SECTION}.${key}`))) {
        tree.settingsChanged();
      }
    }),
  );
  return tree;
}
