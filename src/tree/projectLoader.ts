// The children of one project, loaded page by page: a small state machine with one load in flight at a time.
// Pure (no `vscode`): the tree adapter renders `state()` and calls `load`, `loadMore`, `retry` and `reset`.
import {
  CLOUD_PROVIDERS,
  createPrivateEndpointPager,
  isLegacyEndpointGone,
  type Pager,
  type CloudProvider,
  type EndpointService,
  type ListResult,
  type Page,
  type PageRequest,
  type PrivateEndpointConnection,
} from '../atlas';
import { englishL10n, type Localizer } from '../localizer';
import type { ApiMode } from '../settings';
import { LatestLoad } from './latestLoad';
import { ProjectRows, type RowChange } from './projectRows';

/** What a project loader needs from `AtlasClient`. */
export interface ProjectSource {
  listPrivateEndpointsPage(groupId: string, page: PageRequest, signal?: AbortSignal): Promise<Page<PrivateEndpointConnection>>;
  listEndpointServices(groupId: string, provider: CloudProvider, signal?: AbortSignal): Promise<ListResult<EndpointService>>;
}

export type ProjectState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  /** The first load failed; nothing is shown but the error. */
  | { readonly kind: 'failed'; readonly error: unknown }
  | {
      readonly kind: 'connections';
      readonly connections: readonly PrivateEndpointConnection[];
      readonly rawPages: readonly unknown[];
      readonly hasMore: boolean;
      readonly totalCount?: number;
      readonly loadingMore: boolean;
      /** A failed "Load more": the loaded connections stay, the error shows after them. */
      readonly moreError?: unknown;
    }
  | {
      readonly kind: 'endpointServices';
      readonly services: readonly EndpointService[];
      readonly rawByProvider: Readonly<Partial<Record<CloudProvider, unknown>>>;
      /** Set when `auto` fell back because the deprecated list failed with this error (404/410). */
      readonly fallbackFrom?: unknown;
    };

export interface ProjectLoaderOptions {
  projectId: string;
  source: ProjectSource;
  pageSize: number;
  mode: ApiMode;
  /** Most page requests "Load all" keeps in flight (`maxConcurrentRequests`); default 1. */
  loadAllConcurrency?: number;
  /** For the rows' text; plain English by default. */
  l10n?: Localizer;
  /** Called after every state change. */
  onDidChange(): void;
  /** Called with every load that starts (for progress and for waiting in tests); the promise never rejects. */
  onDidStartLoad?(work: Promise<void>): void;
  /** Called once per failed load (for the log). */
  onDidFail?(error: unknown): void;
}

/** `auto` falls back to the endpoint service API when the deprecated list is gone (404/410) for the project. */
export function shouldFallBack(mode: ApiMode, legacyError: unknown): boolean {
  return mode === 'auto' && isLegacyEndpointGone(legacyError);
}

/** Progress of "Load all": connections loaded so far, and the total when Atlas gave one. */
export interface LoadAllProgress {
  readonly loaded: number;
  readonly totalCount?: number;
}

export class ProjectLoader {
  private current: ProjectState = { kind: 'idle' };
  private pager: Pager<PrivateEndpointConnection> | undefined;
  private readonly latest = new LatestLoad();
  private currentRows: ProjectRows;
  /** Newer copies of connections (from a watch), laid over what the pages said. */
  private readonly newer = new Map<string, PrivateEndpointConnection>();

  constructor(private readonly options: ProjectLoaderOptions) {
    this.currentRows = this.newRows();
  }

  get projectId(): string {
    return this.options.projectId;
  }

  state(): ProjectState {
    return this.current;
  }

  /** The rows built from what is loaded, reused across renders. */
  get rows(): ProjectRows {
    return this.currentRows;
  }

  /**
   * "Load all": every remaining page, up to `loadAllConcurrency` requests at once. Waits for a load in flight first.
   * Cancelling through `cancel` keeps the pages loaded so far (it is not a failure).
   */
  async loadAll(cancel?: AbortSignal, onProgress?: (progress: LoadAllProgress) => void): Promise<void> {
    for (let pending = this.latest.pending; pending; pending = this.latest.pending) {
      await pending;
    }
    if (this.current.kind === 'idle') {
      await this.load();
    }
    const state = this.current;
    const pager = this.pager;
    if (state.kind !== 'connections' || !state.hasMore || !pager || cancel?.aborted) {
      return;
    }
    const report = () => onProgress?.({ loaded: pager.items.length, totalCount: pager.totalCount });
    report();
    await this.start(async (signal) => {
      const both = linkedSignal(signal, cancel);
      try {
        await pager.loadRemaining(both.signal, this.options.loadAllConcurrency ?? 1, () => {
          this.setState({ ...this.connectionsState(pager), loadingMore: true });
          report();
        });
      } catch (error) {
        if (!(cancel?.aborted && !signal.aborted)) {
          throw error;
        }
      } finally {
        both.dispose();
      }
      return this.connectionsState(pager);
    }, { ...state, loadingMore: true, moreError: undefined });
  }

  /**
   * Newer copies of loaded connections or endpoint services (a watch poll): the rows update in place, without a render.
   * Returns the rows whose status changed, with the status before; the caller refreshes exactly those.
   */
  applyNewer(items: ReadonlyArray<PrivateEndpointConnection | EndpointService>): RowChange[] {
    const state = this.current;
    if (state.kind !== 'connections' && state.kind !== 'endpointServices') {
      return [];
    }
    const changed: RowChange[] = [];
    const applied = new Map<string, PrivateEndpointConnection | EndpointService>();
    for (const item of items) {
      const replaced = this.currentRows.replace(item);
      if (!replaced) {
        continue;
      }
      applied.set(item.id, item);
      if (replaced.previousStatus !== item.status) {
        changed.push(replaced);
      }
    }
    if (applied.size === 0) {
      return changed;
    }
    if (state.kind === 'connections' && this.pager) {
      for (const [id, item] of applied) this.newer.set(id, item as PrivateEndpointConnection);
      this.current = { ...this.connectionsState(this.pager), loadingMore: state.loadingMore, moreError: state.moreError };
    } else if (state.kind === 'endpointServices') {
      this.current = { ...state, services: state.services.map((service) => (applied.get(service.id) as EndpointService | undefined) ?? service) };
    }
    return changed;
  }

  /** Loads the first page unless something is loaded, loading, or failed (failures wait for `retry`). */
  load(): Promise<void> {
    const pending = this.latest.pending;
    if (pending) {
      return pending;
    }
    if (this.current.kind !== 'idle') {
      return Promise.resolve();
    }
    return this.start((signal) => this.loadFirst(signal), { kind: 'loading' });
  }

  /** Loads the next page; a second call while one is in flight returns the same load. */
  loadMore(): Promise<void> {
    const pending = this.latest.pending;
    if (pending) {
      return pending;
    }
    const state = this.current;
    if (state.kind !== 'connections' || !state.hasMore || !this.pager) {
      return Promise.resolve();
    }
    return this.start((signal) => this.loadNextPage(signal), { ...state, loadingMore: true, moreError: undefined });
  }

  /** After a failure: a failed first load starts over, a failed "Load more" tries that page again. */
  retry(): Promise<void> {
    const state = this.current;
    if (state.kind === 'connections' && state.moreError !== undefined) {
      return this.loadMore();
    }
    if (state.kind === 'failed') {
      this.reset();
    }
    return this.load();
  }

  /** Cancels the load in flight and forgets everything loaded. */
  reset(): void {
    this.latest.cancel();
    this.pager = undefined;
    this.newer.clear();
    this.currentRows = this.newRows();
    this.setState({ kind: 'idle' });
  }

  dispose(): void {
    this.latest.cancel();
  }

  private start(work: (signal: AbortSignal) => Promise<ProjectState>, interim: ProjectState): Promise<void> {
    const previous = this.current;
    this.setState(interim);
    const promise = this.latest.start(work, (outcome) => {
      if (outcome.ok) {
        this.setState(outcome.value);
        return;
      }
      // Only `reset` and `dispose` abort, and both drop the outcome: any error here is a real failure. The pages loaded
      // before it stay (a Load all may have added some).
      this.setState(this.pager && previous.kind === 'connections' ? { ...this.connectionsState(this.pager), moreError: outcome.error } : { kind: 'failed', error: outcome.error });
      this.options.onDidFail?.(outcome.error);
    });
    this.options.onDidStartLoad?.(promise);
    return promise;
  }

  private async loadFirst(signal: AbortSignal): Promise<ProjectState> {
    const { mode, projectId, pageSize, source } = this.options;
    if (mode === 'endpointService') {
      return this.loadEndpointServices(signal, undefined);
    }
    const pager = createPrivateEndpointPager(source, projectId, pageSize);
    try {
      await pager.loadNext(signal);
    } catch (error) {
      if (!signal.aborted && shouldFallBack(mode, error)) {
        return this.loadEndpointServices(signal, error);
      }
      throw error;
    }
    this.pager = pager;
    return this.connectionsState(pager);
  }

  private async loadNextPage(signal: AbortSignal): Promise<ProjectState> {
    const pager = this.pager as Pager<PrivateEndpointConnection>;
    await pager.loadNext(signal);
    return this.connectionsState(pager);
  }

  private async loadEndpointServices(signal: AbortSignal, fallbackFrom: unknown): Promise<ProjectState> {
    const { source, projectId } = this.options;
    // The client bounds how many of these run at once.
    const lists = await Promise.all(CLOUD_PROVIDERS.map((provider) => source.listEndpointServices(projectId, provider, signal)));
    const rawByProvider: Partial<Record<CloudProvider, unknown>> = {};
    const services: EndpointService[] = [];
    CLOUD_PROVIDERS.forEach((provider, index) => {
      rawByProvider[provider] = lists[index].raw;
      services.push(...lists[index].items.map((service) => ({ ...service, cloudProvider: service.cloudProvider ?? provider })));
    });
    return { kind: 'endpointServices', services, rawByProvider, fallbackFrom };
  }

  private setState(state: ProjectState): void {
    this.current = state;
    if (state.kind === 'connections') {
      this.currentRows.syncConnections(state.connections);
    } else if (state.kind === 'endpointServices') {
      this.currentRows.syncServices(state.services);
    }
    this.options.onDidChange();
  }

  private newRows(): ProjectRows {
    return new ProjectRows(this.options.projectId, this.options.l10n ?? englishL10n);
  }

  private connectionsState(pager: Pager<PrivateEndpointConnection>): Extract<ProjectState, { kind: 'connections' }> {
    const newer = this.newer;
    return {
      kind: 'connections',
      connections: newer.size > 0 ? pager.items.map((item) => newer.get(item.id) ?? item) : [...pager.items],
      rawPages: [...pager.pages],
      hasMore: pager.hasMore,
      totalCount: pager.totalCount,
      loadingMore: false,
    };
  }
}

/** A signal that aborts when either does; `dispose` unhooks it. */
function linkedSignal(first: AbortSignal, second: AbortSignal | undefined): { signal: AbortSignal; dispose(): void } {
  if (!second) {
    return { signal: first, dispose: () => undefined };
  }
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (first.aborted || second.aborted) {
    abort();
  }
  first.addEventListener('abort', abort, { once: true });
  second.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      first.removeEventListener('abort', abort);
      second.removeEventListener('abort', abort);
    },
  };
}
