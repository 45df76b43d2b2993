// Runs a PendingWatch while it may: the view visible, the workspace trusted, signed in (a model exists) and
// `watch.intervalSeconds` not 0. Any change of those stops the watch at once and starts a new one if it still may, so a
// hidden view or another profile costs no request after that.
import * as vscode from 'vscode';
import { explainAtlasError } from '../atlas';
import { configuration } from '../configuration';
import { outsideText } from '../outsideText';
import { readViewSettings } from '../settings';
import type { ConnectionsTree } from './connectionsTree';
import { connectionRowText } from './connectionRow';
import { PendingWatch } from './pendingWatch';
import type { RowChange } from './projectRows';
import { statusOf } from './connectionFields';

/** More changes than this in one poll of a project make one summary notification instead of one each. */
const MAX_NOTIFICATIONS_PER_POLL = 3;

export class WatchController implements vscode.Disposable {
  private watch: PendingWatch | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly tree: ConnectionsTree,
    private readonly view: vscode.TreeView<unknown>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions = [
      view.onDidChangeVisibility(() => this.restart()),
      tree.onDidChangeModel(() => this.restart()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.restart()),
    ];
  }

  /** Polls that sent requests since the current watch started (for tests). */
  get polls(): number {
    return this.watch?.polls ?? 0;
  }

  get running(): boolean {
    return this.watch !== undefined;
  }

  /** Settings, visibility, trust or the model changed: stop, and start again if watching may go on. */
  restart(): void {
    this.watch?.stop();
    this.watch = undefined;
    const target = this.tree.watchTarget();
    const { watchIntervalSeconds } = readViewSettings(configuration());
    if (!target || !this.view.visible || !vscode.workspace.isTrusted || watchIntervalSeconds === 0) {
      return;
    }
    const watch = new PendingWatch({
      model: target.model,
      source: target.source,
      pageSize: target.pageSize,
      intervalSeconds: watchIntervalSeconds,
      isActive: () => this.view.visible && vscode.workspace.isTrusted && this.tree.watchTarget()?.model === target.model,
      onDidChangeRows: (projectId, changes) => this.rowsChanged(projectId, changes),
      onDidFail: (error) => this.log.warn(`Watching pending connections: ${explainAtlasError(error, vscode.l10n)}; the next poll waits longer.`),
    });
    this.watch = watch;
    watch.start();
  }

  dispose(): void {
    this.watch?.stop();
    this.watch = undefined;
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private rowsChanged(projectId: string, changes: readonly RowChange[]): void {
    this.tree.rowsChanged(projectId, changes);
    if (!readViewSettings(configuration()).watchNotify) {
      return;
    }
    const project = this.tree.current?.project(projectId);
    const projectName = outsideText(project?.name ?? projectId, { maxLength: 100 });
    if (changes.length > MAX_NOTIFICATIONS_PER_POLL) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} connections in {1} changed status.', changes.length, projectName));
      return;
    }
    for (const { node } of changes) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} in {1} is now {2}', connectionRowText(node).label, projectName, outsideText(statusOf(node), { maxLength: 60 })));
    }
  }
}
