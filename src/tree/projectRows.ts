// The connection rows of one project, built once and reused: one node and one look per connection (or endpoint
// service), appended page by page, counted by status as they arrive, and updated in place when one changes. The view
// asks for the same objects again on every render, so a page costs only its own rows and a changed row only itself.
// Pure (no `vscode`).
import type { EndpointService, PrivateEndpointConnection } from '../atlas/types';
import type { Localizer } from '../localizer';
import { statusOf } from './connectionFields';
import { describeNode, type NodeLook } from './nodeLook';
import type { ConnectionLikeNode } from './nodes';

/** Which rows a level shows and in what order. `statuses` empty or undefined: every status. */
export interface RowView {
  readonly statuses?: ReadonlySet<string>;
  readonly failedFirst?: boolean;
}

const FAILED = 'FAILED';

/** A row whose content changed in place, with its status before. */
export interface RowChange {
  readonly node: ConnectionLikeNode;
  readonly previousStatus: string;
}

export class ProjectRows {
  private readonly rows: ConnectionLikeNode[] = [];
  private readonly looks = new WeakMap<ConnectionLikeNode, NodeLook>();
  /** The first row of each id (a watch updates that one). */
  private readonly byId = new Map<string, ConnectionLikeNode>();
  private readonly occurrences = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  /** Bumped whenever the rows or a status change; keys the cached views. */
  private version = 0;
  private cachedView: { version: number; key: string; nodes: readonly ConnectionLikeNode[] } | undefined;

  constructor(
    private readonly projectId: string,
    private readonly l10n: Localizer,
  ) {}

  get size(): number {
    return this.rows.length;
  }

  /** Appends the connections past the ones already held (pages only ever add to the end). */
  syncConnections(connections: readonly PrivateEndpointConnection[]): void {
    for (let index = this.rows.length; index < connections.length; index++) {
      this.add({ kind: 'connection', projectId: this.projectId, connection: connections[index] });
    }
  }

  syncServices(services: readonly EndpointService[]): void {
    for (let index = this.rows.length; index < services.length; index++) {
      this.add({ kind: 'endpointService', projectId: this.projectId, service: services[index] });
    }
  }

  /** The look built when the row arrived (undefined for nodes this project does not hold). */
  look(node: ConnectionLikeNode): NodeLook | undefined {
    return this.looks.get(node);
  }

  node(id: string): ConnectionLikeNode | undefined {
    return this.byId.get(id);
  }

  /** Rows in Atlas's order, or filtered by status and with FAILED first; the same array until something changes. */
  nodes(view: RowView = {}): readonly ConnectionLikeNode[] {
    const statuses = view.statuses && view.statuses.size > 0 ? view.statuses : undefined;
    if (!statuses && !view.failedFirst) {
      return this.rows;
    }
    const key = `${view.failedFirst ? 'failed-first' : 'atlas'}|${statuses ? [...statuses].sort().join(',') : '*'}`;
    if (this.cachedView?.version === this.version && this.cachedView.key === key) {
      return this.cachedView.nodes;
    }
    const failed: ConnectionLikeNode[] = [];
    const others: ConnectionLikeNode[] = [];
    for (const node of this.rows) {
      const status = statusOf(node);
      if (statuses && !statuses.has(status)) continue;
      (view.failedFirst && status === FAILED ? failed : others).push(node);
    }
    const nodes = failed.length > 0 ? failed.concat(others) : others;
    this.cachedView = { version: this.version, key, nodes };
    return nodes;
  }

  /** How many rows have each status. */
  statusCounts(): ReadonlyMap<string, number> {
    return this.counts;
  }

  /**
   * A newer copy of a row (a watch poll): updates its node in place, so the view refreshes that row alone. Returns the
   * node and whether its status changed; undefined when the row is not held.
   */
  replace(item: PrivateEndpointConnection | EndpointService): RowChange | undefined {
    const node = this.byId.get(item.id);
    if (!node) {
      return undefined;
    }
    const previousStatus = statusOf(node);
    this.count(previousStatus, -1);
    // The node object is the view's handle on the row: it stays, its content changes.
    if (node.kind === 'connection') {
      (node as { connection: PrivateEndpointConnection }).connection = item as PrivateEndpointConnection;
    } else {
      (node as { service: EndpointService }).service = { ...(item as EndpointService), cloudProvider: node.service.cloudProvider };
    }
    this.count(statusOf(node), 1);
    this.looks.set(node, describeNode(node, this.l10n));
    this.version++;
    return { node, previousStatus };
  }

  private add(fresh: ConnectionLikeNode): void {
    const id = fresh.kind === 'connection' ? fresh.connection.id : fresh.service.id;
    // An id a server sends twice still gets a row of its own, numbered (`…#2`): VS Code refuses two rows with one id.
    const occurrence = (this.occurrences.get(id) ?? 0) + 1;
    this.occurrences.set(id, occurrence);
    const node = occurrence > 1 ? { ...fresh, occurrence } : fresh;
    this.rows.push(node);
    if (occurrence === 1) this.byId.set(id, node);
    this.looks.set(node, describeNode(node, this.l10n));
    this.count(statusOf(node), 1);
    this.version++;
  }

  private count(status: string, delta: number): void {
    this.counts.set(status, (this.counts.get(status) ?? 0) + delta);
  }
}
