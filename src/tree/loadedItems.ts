// The connections and endpoint services loaded so far, for the QuickPicks of commands run from the palette.
// Pure (no `vscode`).
import type { Localizer } from '../localizer';
import { outsideText } from '../outsideText';
import { describeNode } from './nodeLook';
import type { ConnectionLikeNode } from './nodes';
import type { ProjectEntry } from './projectDirectory';
import type { ProjectState } from './projectLoader';

export interface LoadedItem {
  readonly project: ProjectEntry;
  readonly node: ConnectionLikeNode;
}

/** Every connection and endpoint service loaded so far, across projects, in tree order. */
export function loadedItems(projects: ReadonlyArray<{ readonly project: ProjectEntry; readonly state: ProjectState }>): LoadedItem[] {
  const items: LoadedItem[] = [];
  for (const { project, state } of projects) {
    if (state.kind === 'connections') {
      items.push(...state.connections.map((connection) => ({ project, node: { kind: 'connection' as const, projectId: project.id, connection } })));
    } else if (state.kind === 'endpointServices') {
      items.push(...state.services.map((service) => ({ project, node: { kind: 'endpointService' as const, projectId: project.id, service } })));
    }
  }
  return items;
}

/** The QuickPick row of a loaded item: name (or the placeholder), status and project. */
export function quickPickLook(item: LoadedItem, l10n: Localizer): { label: string; description: string; detail: string } {
  const look = describeNode(item.node, l10n);
  return { label: look.label, description: look.description ?? '', detail: item.project.name ? `${outsideText(item.project.name)} (${item.project.id})` : item.project.id };
}
