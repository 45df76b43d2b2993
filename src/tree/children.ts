// Which children each level of the view has, from the load states. Pure (no `vscode`).
import { explainAtlasError, isAtlasErrorLike } from '../atlas';
import type { Localizer } from '../localizer';
import { interfaceEndpointsOf } from './connectionFields';
import { escapeMarkdown } from './markdown';
import { nodeId, projectNodeId, type ConnectionLikeNode, type TreeNode } from './nodes';
import type { DirectoryState } from './projectDirectory';
import type { ProjectState } from './projectLoader';
import { ProjectRows, type RowView } from './projectRows';

export function rootChildren(state: DirectoryState, l10n: Localizer): TreeNode[] {
  const nodes: TreeNode[] = state.projects.map((project) => ({ kind: 'project', project }));
  if (state.kind === 'failed') {
    nodes.push({
      kind: 'error',
      parentId: 'root',
      target: { kind: 'discovery' },
      message: l10n.t('Could not list your projects: {0}', explainAtlasError(state.error, l10n)),
    });
  }
  return nodes;
}

/**
 * The children of a project. `rows` are the project's reused rows (the loader's); without them, rows are built afresh.
 * `view` filters by status and puts FAILED first; it applies to what is loaded, and Load more stays.
 */
export function projectChildren(projectId: string, state: ProjectState, l10n: Localizer, rows?: ProjectRows, view: RowView = {}): TreeNode[] {
  const parentId = projectNodeId(projectId);
  const rowsOf = (): readonly TreeNode[] => {
    const held = rows ?? freshRows(projectId, state, l10n);
    return held.nodes(view);
  };
  const filtered = view.statuses !== undefined && view.statuses.size > 0;
  switch (state.kind) {
    case 'idle':
    case 'loading':
      return [];
    case 'failed':
      return [{ kind: 'error', parentId, target: { kind: 'project', projectId }, message: explainAtlasError(state.error, l10n) }];
    case 'connections': {
      const nodes: TreeNode[] = [...rowsOf()];
      if (filtered && nodes.length === 0 && state.connections.length > 0) {
        nodes.push(noMatchNote(parentId, l10n));
      }
      if (state.moreError !== undefined) {
        nodes.push({ kind: 'error', parentId, target: { kind: 'project', projectId }, message: explainAtlasError(state.moreError, l10n) });
      } else if (state.hasMore) {
        nodes.push({ kind: 'loadMore', projectId, loaded: state.connections.length, totalCount: state.totalCount, loading: state.loadingMore });
      } else if (state.connections.length === 0) {
        nodes.push({ kind: 'note', parentId, key: 'empty', label: l10n.t('No private endpoint connections'), icon: 'info' });
      }
      return nodes;
    }
    case 'endpointServices': {
      const nodes: TreeNode[] = [];
      if (state.fallbackFrom !== undefined) {
        nodes.push(fallbackNote(projectId, state.fallbackFrom, l10n));
      }
      const shown = rowsOf();
      nodes.push(...shown);
      if (filtered && shown.length === 0 && state.services.length > 0) {
        nodes.push(noMatchNote(parentId, l10n));
      }
      if (state.services.length === 0) {
        nodes.push({ kind: 'note', parentId, key: 'empty', label: l10n.t('No endpoint services on AWS, Azure or GCP'), icon: 'info' });
      }
      return nodes;
    }
  }
}

function noMatchNote(parentId: string, l10n: Localizer): TreeNode {
  return { kind: 'note', parentId, key: 'noMatch', label: l10n.t('No loaded connection has the statuses of the filter'), icon: 'filter' };
}

function freshRows(projectId: string, state: ProjectState, l10n: Localizer): ProjectRows {
  const rows = new ProjectRows(projectId, l10n);
  if (state.kind === 'connections') rows.syncConnections(state.connections);
  if (state.kind === 'endpointServices') rows.syncServices(state.services);
  return rows;
}

function fallbackNote(projectId: string, legacyError: unknown, l10n: Localizer): TreeNode {
  const status = isAtlasErrorLike(legacyError) && legacyError.status ? String(legacyError.status) : '404/410';
  return {
    kind: 'note',
    parentId: projectNodeId(projectId),
    key: 'fallback',
    icon: 'info',
    label: l10n.t('Deprecated API unavailable ({0}): showing endpoint services', status),
    tooltip: escapeMarkdown(
      l10n.t(
        'Atlas answered {0} to the deprecated list of private endpoint connections for this project, so the view shows its endpoint services from the replacement API for AWS, Azure and GCP. Set "atlasPrivateEndpoints.api" to "endpointService" to skip the deprecated request.',
        status,
      ),
    ),
  };
}

export function connectionChildren(node: ConnectionLikeNode): TreeNode[] {
  const parentId = nodeId(node);
  return distinctIds(interfaceEndpointsOf(node).map((name): TreeNode => ({ kind: 'interfaceEndpoint', parentId, name })));
}

type RepeatableNode = Extract<TreeNode, { kind: 'connection' | 'endpointService' | 'interfaceEndpoint' }>;

/** Every row keeps its own id when a server sends the same id twice: the second is numbered (`…#2`). */
function distinctIds<T extends TreeNode>(nodes: T[]): T[] {
  const seen = new Map<string, number>();
  return nodes.map((node) => {
    const id = nodeId(node);
    const occurrence = (seen.get(id) ?? 0) + 1;
    seen.set(id, occurrence);
    return occurrence > 1 && isRepeatable(node) ? { ...node, occurrence } : node;
  });
}

function isRepeatable(node: TreeNode): node is RepeatableNode {
  return node.kind === 'connection' || node.kind === 'endpointService' || node.kind === 'interfaceEndpoint';
}
