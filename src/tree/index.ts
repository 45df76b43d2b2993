import * as vscode from 'vscode';
import { configuration } from '../configuration';
import { VIEW_ID } from '../ids';
import { outsideText } from '../outsideText';
import type { SessionProvider } from '../session';
import { readClientSettings, readTreeSettings, readViewSettings } from '../settings';
import { ConnectionsTree } from './connectionsTree';
import { RawJsonDocuments } from './rawJsonDocuments';
import { WatchController } from './watchController';

export type { ConnectionsTree } from './connectionsTree';
export type { TreeNode } from './nodes';

export interface ConnectionsView {
  readonly tree: ConnectionsTree;
  /** The read-only raw-JSON documents that "Open Raw JSON" shows. */
  readonly documents: RawJsonDocuments;
  /** Watching pending connections while the view is visible. */
  readonly watch: WatchController;
}

/** The "Atlas Private Endpoints" view: its tree, rendered again whenever the session changes. */
export function createConnectionsView(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, sessions: SessionProvider): ConnectionsView {
  const tree = new ConnectionsTree({
    sessions,
    log,
    readSettings: () => readTreeSettings(configuration()),
    readFailedFirst: () => readViewSettings(configuration()).failedFirst,
    readLoadAllConcurrency: () => readClientSettings(configuration()).maxConcurrentRequests,
    showMessage: (message) => {
      view.message = message;
    },
    isTrusted: () => vscode.workspace.isTrusted,
    showProgress: (work) => void vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => work),
    // The title, not the description: VS Code hides the header (and with it the description) of a container's only view.
    showProfile: (profileName) => {
      view.title = profileName ? vscode.l10n.t('Atlas Private Endpoints · {0}', outsideText(profileName, { maxLength: 64 })) : vscode.l10n.t('Atlas Private Endpoints');
    },
  });
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const documents = new RawJsonDocuments();
  const watch = new WatchController(tree, view, log);

  context.subscriptions.push(
    tree,
    view,
    documents,
    watch,
    // Sign-in, sign-out, another profile, its projects, and workspace trust all arrive as a session change.
    sessions.onDidChange(() => tree.rootChanged()),
    sessions.onDidEnd(() => tree.sessionEnded()),
  );
  return { tree, documents, watch };
}
