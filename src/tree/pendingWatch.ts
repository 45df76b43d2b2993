// Watching pending connections: while the view is visible, the loaded connections that are on their way somewhere
// (INITIATING, WAITING_FOR_USER, DELETING, …) are asked for again every interval, with the fewest requests that can
// tell: one per page that holds a pending connection (the deprecated list has no per-connection filter), or one per
// cloud provider with a pending endpoint service. Rows update in place. Errors and 429 back off. Pure (no `vscode`).
import { CLOUD_PROVIDERS, isAtlasErrorLike, type CloudProvider, type EndpointService, type PrivateEndpointConnection } from '../atlas';
import type { ConnectionsModel } from './connectionsModel';
import type { ProjectSource } from './projectLoader';
import type { RowChange } from './projectRows';
import { PENDING_STATUSES } from './projectSummary';

export interface WatchTimer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface PendingWatchOptions {
  readonly model: ConnectionsModel;
  readonly source: ProjectSource;
  /** The page size the loaded pages were asked with (read at every poll). */
  pageSize(): number;
  readonly intervalSeconds: number;
  /** Checked before every poll: the view is visible, the workspace trusted, this model still the current one. */
  isActive(): boolean;
  /** Rows whose status changed in one poll of a project. */
  onDidChangeRows(projectId: string, changes: readonly RowChange[]): void;
  onDidFail?(error: unknown): void;
  timer?: WatchTimer;
}

/** Longest wait between polls after failures: 16 intervals. */
const MAX_BACKOFF_FACTOR = 16;

const realTimer: WatchTimer = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as NodeJS.Timeout) };

/** The pages (1-based) that hold a pending connection, given the loaded connections in page order. */
export function pagesToPoll(connections: readonly PrivateEndpointConnection[], pageSize: number): number[] {
  const pages = new Set<number>();
  connections.forEach((connection, index) => {
    if (PENDING_STATUSES.has(connection.status)) pages.add(Math.floor(index / pageSize) + 1);
  });
  return [...pages].sort((a, b) => a - b);
}

export function providersToPoll(services: readonly EndpointService[]): CloudProvider[] {
  return CLOUD_PROVIDERS.filter((provider) => services.some((service) => service.cloudProvider === provider && PENDING_STATUSES.has(service.status)));
}

/** The next wait: the interval, doubled per failure in a row (up to 16×), and never shorter than a 429's Retry-After. */
export function nextDelayMs(intervalSeconds: number, failuresInARow: number, retryAfterSeconds?: number): number {
  const factor = Math.min(MAX_BACKOFF_FACTOR, 2 ** failuresInARow);
  return Math.max(intervalSeconds * factor, retryAfterSeconds ?? 0) * 1000;
}

export class PendingWatch {
  private handle: unknown;
  private readonly abort = new AbortController();
  private failures = 0;
  private stopped = false;
  /** Polls that sent at least one request (for tests). */
  polls = 0;

  constructor(private readonly options: PendingWatchOptions) {}

  start(): void {
    this.schedule(this.options.intervalSeconds * 1000);
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
    if (this.handle !== undefined) (this.options.timer ?? realTimer).clear(this.handle);
    this.handle = undefined;
  }

  /** One poll now (the timer calls it); resolves when its rows are applied. */
  async poll(): Promise<void> {
    if (this.stopped || !this.options.isActive()) {
      this.stop();
      return;
    }
    let retryAfterSeconds: number | undefined;
    try {
      if (await this.pollProjects()) this.polls++;
      this.failures = 0;
    } catch (error) {
      if (this.stopped) return;
      this.failures++;
      retryAfterSeconds = isAtlasErrorLike(error) ? error.retryAfterSeconds : undefined;
      this.options.onDidFail?.(error);
    }
    if (!this.stopped) this.schedule(nextDelayMs(this.options.intervalSeconds, this.failures, retryAfterSeconds));
  }

  private schedule(ms: number): void {
    this.handle = (this.options.timer ?? realTimer).set(() => void this.poll(), ms);
  }

  /** Returns whether any request was sent. */
  private async pollProjects(): Promise<boolean> {
    const { model, source } = this.options;
    const pageSize = this.options.pageSize();
    const signal = this.abort.signal;
    let sent = false;
    for (const { project, state } of model.loadedProjects()) {
      const loader = model.existingLoader(project.id);
      if (!loader || state.kind === 'idle' || state.kind === 'loading' || state.kind === 'failed') continue;
      let changes: RowChange[] = [];
      if (state.kind === 'connections') {
        const pages = pagesToPoll(state.connections, pageSize);
        if (pages.length === 0) continue;
        sent = true;
        const results = await Promise.all(pages.map((pageNum) => source.listPrivateEndpointsPage(project.id, { pageNum, itemsPerPage: pageSize }, signal)));
        if (this.stopped) return sent;
        changes = loader.applyNewer(results.flatMap((page) => page.items));
      } else {
        const providers = providersToPoll(state.services);
        if (providers.length === 0) continue;
        sent = true;
        const lists = await Promise.all(providers.map((provider) => source.listEndpointServices(project.id, provider, signal)));
        if (this.stopped) return sent;
        changes = loader.applyNewer(lists.flatMap((list, index) => list.items.map((service) => ({ ...service, cloudProvider: service.cloudProvider ?? providers[index] }))));
      }
      if (changes.length > 0) this.options.onDidChangeRows(project.id, changes);
    }
    return sent;
  }
}
