// Atlas: Load All (a project row, or its "Load more…" row)
import * as vscode from 'vscode';
import type { TreeNode } from '../tree/nodes';
import { formatCount } from '../tree/projectSummary';
import type { CommandServices } from './services';

/** Loads every remaining page of the project under a cancellable notification; Cancel keeps what is loaded. */
export async function loadAll({ tree }: CommandServices, node?: TreeNode): Promise<void> {
  const projectId = node?.kind === 'project' ? node.project.id : node?.kind === 'loadMore' ? node.projectId : undefined;
  if (!projectId) {
    return;
  }
  const name = tree.current?.project(projectId)?.name ?? projectId;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Loading every connection of {0}', name), cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      let reported = 0;
      try {
        await tree.loadAll(projectId, abort.signal, ({ loaded, totalCount }) => {
          const increment = totalCount ? ((loaded - reported) / totalCount) * 100 : undefined;
          reported = loaded;
          progress.report({
            increment,
            message: totalCount !== undefined ? vscode.l10n.t('{0} of {1}', formatCount(loaded), formatCount(totalCount)) : vscode.l10n.t('{0} loaded', formatCount(loaded)),
          });
        });
      } finally {
        subscription.dispose();
      }
    },
  );
}
