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
import type { ApiMode } from '../settings';
import { LatestLoad } from './latestLoad';

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

export class ProjectLoader {
  private current: ProjectState = { kind: 'idle' };
  private pager: Pager<PrivateEndpointConnection> | undefined;
  private readonly latest = new LatestLoad();

  constructor(private readonly options: ProjectLoaderOptions) {}

  get projectId(): string {
    return this.options.projectId;
  }

  state(): ProjectState {
    return this.current;
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
      // Only `reset` and `dispose` abort, and both drop the outcome: any error here is a real failure.
      this.setState(failureState(previous, outcome.error));
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
    return connectionsState(pager);
  }

  private async loadNextPage(signal: AbortSignal): Promise<ProjectState> {
    const pager = this.pager as Pager<PrivateEndpointConnection>;
    await pager.loadNext(signal);
    return connectionsState(pager);
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
    this.options.onDidChange();
  }
}

function connectionsState(pager: Pager<PrivateEndpointConnection>): ProjectState {
  return {
    kind: 'connections',
    connections: [...pager.items],
    rawPages: [...pager.pages],
    hasMore: pager.hasMore,
    totalCount: pager.totalCount,
    loadingMore: false,
  };
}

function failureState(previous: ProjectState, error: unknown): ProjectState {
  return previous.kind === 'connections' ? { ...previous, loadingMore: false, moreError: error } : { kind: 'failed', error };
}
