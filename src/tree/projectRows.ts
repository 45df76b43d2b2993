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
  /** Every row built, in Atlas's order; the first `visible` are shown, the rest are staged (built, not yet shown). */
  private readonly rows: ConnectionLikeNode[] = [];
  /** The status of each row, by index: a filter reads this array, not the nodes. */
  private readonly statuses: string[] = [];
  /** Each row's index. A Map, not a WeakMap: `rows` holds the nodes anyway, and 10,000 weak entries slow every GC. */
  private readonly indexes = new Map<ConnectionLikeNode, number>();
  private visible = 0;
  /** The look of each row, by index. */
  private readonly looks: NodeLook[] = [];
  /** The first shown row of each id (a watch updates that one). */
  private readonly byId = new Map<string, ConnectionLikeNode>();
  private readonly occurrences = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  /** Bumped whenever the shown rows or a status change; keys the cached views. */
  private version = 0;
  private cachedView: { version: number; key: string; nodes: readonly ConnectionLikeNode[] } | undefined;

  constructor(
    private readonly projectId: string,
    private readonly l10n: Localizer,
  ) {}

  /** How many rows are shown. */
  get size(): number {
    return this.visible;
  }

  /** How many rows are built (shown or staged). */
  get built(): number {
    return this.rows.length;
  }

  /** Builds and shows the rows of the connections past the ones held (pages only ever add to the end). */
  syncConnections(connections: readonly PrivateEndpointConnection[]): void {
    this.buildConnections(connections, connections.length);
    this.show(connections.length);
  }

  syncServices(services: readonly EndpointService[]): void {
    this.buildServices(services, services.length);
    this.show(services.length);
  }

  /**
   * Builds, without showing them, the rows of `connections` past the ones built, up to index `end` and at most `max`
   * of them (a slice of a page, so that no turn of the event loop builds a whole page). True while rows up to `end` remain.
   */
  buildConnections(connections: readonly PrivateEndpointConnection[], end: number, max = Infinity): boolean {
    const stop = Math.min(end, connections.length, this.rows.length + max);
    for (let index = this.rows.length; index < stop; index++) {
      this.build({ kind: 'connection', projectId: this.projectId, connection: connections[index] });
    }
    return this.rows.length < Math.min(end, connections.length);
  }

  buildServices(services: readonly EndpointService[], end: number, max = Infinity): boolean {
    const stop = Math.min(end, services.length, this.rows.length + max);
    for (let index = this.rows.length; index < stop; index++) {
      this.build({ kind: 'endpointService', projectId: this.projectId, service: services[index] });
    }
    return this.rows.length < Math.min(end, services.length);
  }

  /** Shows the first `count` built rows (never fewer than are shown): they join the views, the counts and the ids. */
  show(count: number): void {
    const end = Math.min(count, this.rows.length);
    if (end <= this.visible) {
      return;
    }
    for (let index = this.visible; index < end; index++) {
      const node = this.rows[index];
      if (!node.occurrence) this.byId.set(node.kind === 'connection' ? node.connection.id : node.service.id, node);
      this.count(this.statuses[index], 1);
    }
    this.visible = end;
    this.version++;
  }

  /** The look built with the row (undefined for nodes this project does not hold). */
  look(node: ConnectionLikeNode): NodeLook | undefined {
    const index = this.indexes.get(node);
    return index === undefined ? undefined : this.looks[index];
  }

  node(id: string): ConnectionLikeNode | undefined {
    return this.byId.get(id);
  }

  /** Shown rows in Atlas's order, or filtered by status and with FAILED first; the same array until something changes. */
  nodes(view: RowView = {}): readonly ConnectionLikeNode[] {
    const statuses = view.statuses && view.statuses.size > 0 ? view.statuses : undefined;
    if (!statuses && !view.failedFirst && this.visible === this.rows.length) {
      return this.rows;
    }
    const key = `${view.failedFirst ? 'failed-first' : 'atlas'}|${statuses ? [...statuses].sort().join(',') : '*'}`;
    if (this.cachedView?.version === this.version && this.cachedView.key === key) {
      return this.cachedView.nodes;
    }
    const failed: ConnectionLikeNode[] = [];
    const others: ConnectionLikeNode[] = [];
    for (let index = 0; index < this.visible; index++) {
      const status = this.statuses[index];
      if (statuses && !statuses.has(status)) continue;
      (view.failedFirst && status === FAILED ? failed : others).push(this.rows[index]);
    }
    const nodes = failed.length > 0 ? failed.concat(others) : others;
    this.cachedView = { version: this.version, key, nodes };
    return nodes;
  }

  /** How many shown rows have each status. */
  statusCounts(): ReadonlyMap<string, number> {
    return this.counts;
  }

  /**
   * A newer copy of a row (a watch poll): updates its node in place, so the view refreshes that row alone. Returns the
   * node and whether its status changed; undefined when the row is not shown.
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
    const status = statusOf(node);
    const index = this.indexes.get(node) as number;
    this.statuses[index] = status;
    this.count(status, 1);
    this.looks[index] = describeNode(node, this.l10n);
    this.version++;
    return { node, previousStatus };
  }

  private build(fresh: ConnectionLikeNode): void {
    const id = fresh.kind === 'connection' ? fresh.connection.id : fresh.service.id;
    // An id a server sends twice still gets a row of its own, numbered (`…#2`): VS Code refuses two rows with one id.
    const occurrence = (this.occurrences.get(id) ?? 0) + 1;
    this.occurrences.set(id, occurrence);
    const node = occurrence > 1 ? { ...fresh, occurrence } : fresh;
    this.indexes.set(node, this.rows.length);
    this.rows.push(node);
    this.statuses.push(statusOf(node));
    this.looks.push(describeNode(node, this.l10n));
  }

  private count(status: string, delta: number): void {
    this.counts.set(status, (this.counts.get(status) ?? 0) + delta);
  }
}
