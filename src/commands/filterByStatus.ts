// Atlas: Filter by Status… and Atlas: Clear Status Filter
import * as vscode from 'vscode';
import type { ConnectionsTree } from '../tree/connectionsTree';
import { statusesToOffer } from '../tree/statusFilter';
import type { CommandServices } from './services';

/**
 * A multi-select QuickPick of statuses (the known ones and any loaded), the current filter ticked. Automation may pass
 * `{ statuses: [...] }`. Resolves to the statuses now shown (empty: all), or undefined when dismissed.
 */
export async function filterByStatus({ tree }: CommandServices, args?: unknown): Promise<string[] | undefined> {
  const given = statusesArg(args);
  if (given) {
    tree.setFilter(given);
    return given;
  }
  const counts = loadedCounts(tree);
  const items = statusesToOffer(counts.keys()).map((status) => ({
    label: status,
    description: counts.has(status) ? vscode.l10n.t('{0} loaded', counts.get(status) ?? 0) : undefined,
    picked: tree.filter.has(status),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Show connections with these statuses'),
    placeHolder: vscode.l10n.t('Pick none to show every status'),
  });
  if (!picked) {
    return undefined;
  }
  const statuses = picked.map((item) => item.label);
  tree.setFilter(statuses);
  return statuses;
}

export function clearFilter({ tree }: CommandServices): void {
  tree.setFilter([]);
}

function loadedCounts(tree: ConnectionsTree): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { project } of tree.current?.loadedProjects() ?? []) {
    for (const [status, count] of tree.current?.existingLoader(project.id)?.rows.statusCounts() ?? []) {
      if (count > 0) counts.set(status, (counts.get(status) ?? 0) + count);
    }
  }
  return counts;
}

function statusesArg(args: unknown): string[] | undefined {
  if (typeof args !== 'object' || args === null || !Array.isArray((args as { statuses?: unknown }).statuses)) {
    return undefined;
  }
  return ((args as { statuses: unknown[] }).statuses).filter((status): status is string => typeof status === 'string');
}
