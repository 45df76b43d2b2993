// The children of one project, loaded page by page: a small state machine with one load in flight at a time.
// Pure (no `vscode`): the tree adapter renders `view()` and calls `load`, `loadMore`, `retry` and `reset`.
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

/** Setting `atlasPrivateEndpoints.api`. */
export type ApiMode = 'auto' | 'legacy' | 'endpointService';

/** What a project loader needs from `AtlasClient`. */
export interface ProjectSource {
  listPrivateEndpointsPage(groupId: string, page: PageRequest, signal?: AbortSignal): Promise<Page<PrivateEndpointConnection>>;
  listEndpointServices(groupId: string, provider: CloudProvider, signal?: AbortSignal): Promise<ListResult<EndpointService>>;
}

export type ProjectView =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  /** The first load failed; nothing is shown but the error. */
  | { readonly state: 'failed'; readonly error: unknown }
  | {
      readonly state: 'connections';
      readonly connections: readonly PrivateEndpointConnection[];
      readonly rawPages: readonly unknown[];
      readonly hasMore: boolean;
      readonly totalCount?: number;
      readonly loadingMore: boolean;
      /** A failed "Load more": the loaded connections stay, the error shows after them. */
      readonly moreError?: unknown;
    }
  | {
      readonly state: 'endpointServices';
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

interface InFlight {
  readonly promise: Promise<void>;
  readonly controller: AbortController;
}

export class ProjectLoader {
  private current: ProjectView = { state: 'idle' };
  private pager: Pager<PrivateEndpointConnection> | undefined;
  private inFlight: InFlight | undefined;
  /** Bumped by `reset`: results of an older generation are dropped. */
  private generation = 0;

  constructor(private readonly options: ProjectLoaderOptions) {}

  get projectId(): string {
    return this.options.projectId;
  }

  view(): ProjectView {
    return this.current;
  }

  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** Loads the first page unless something is loaded, loading, or failed (failures wait for `retry`). */
  load(): Promise<void> {
    if (this.inFlight) {
      return this.inFlight.promise;
    }
    if (this.current.state !== 'idle') {
      return Promise.resolve();
    }
    return this.start((signal) => this.loadFirst(signal), { state: 'loading' });
  }

  /** Loads the next page; a second call while one is in flight returns the same load. */
  loadMore(): Promise<void> {
    if (this.inFlight) {
      return this.inFlight.promise;
    }
    const view = this.current;
    if (view.state !== 'connections' || !view.hasMore || !this.pager) {
      return Promise.resolve();
    }
    return this.start((signal) => this.loadNextPage(signal), { ...view, loadingMore: true, moreError: undefined });
  }

  /** After a failure: a failed first load starts over, a failed "Load more" tries that page again. */
  retry(): Promise<void> {
    const view = this.current;
    if (view.state === 'connections' && view.moreError !== undefined) {
      return this.loadMore();
    }
    if (view.state === 'failed') {
      this.reset();
    }
    return this.load();
  }

  /** Cancels the load in flight and forgets everything loaded. */
  reset(): void {
    this.generation++;
    this.inFlight?.controller.abort();
    this.inFlight = undefined;
    this.pager = undefined;
    this.setView({ state: 'idle' });
  }

  dispose(): void {
    this.generation++;
    this.inFlight?.controller.abort();
    this.inFlight = undefined;
  }

  private start(work: (signal: AbortSignal) => Promise<ProjectView>, interim: ProjectView): Promise<void> {
    const controller = new AbortController();
    const generation = this.generation;
    const previous = this.current;
    this.setView(interim);
    const promise = work(controller.signal).then(
      (next) => {
        if (generation === this.generation) {
          this.inFlight = undefined;
          this.setView(next);
        }
      },
      (error: unknown) => {
        if (generation !== this.generation) {
          return;
        }
        // Only `reset` and `dispose` abort, and both start a new generation: any error here is a real failure.
        // Cancel what is left of it (the other providers' requests of a fallback): no use now, and a Retry would double them.
        controller.abort();
        this.inFlight = undefined;
        this.setView(failureView(previous, error));
        this.options.onDidFail?.(error);
      },
    );
    this.inFlight = { promise, controller };
    this.options.onDidStartLoad?.(promise);
    return promise;
  }

  private async loadFirst(signal: AbortSignal): Promise<ProjectView> {
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
    return connectionsView(pager);
  }

  private async loadNextPage(signal: AbortSignal): Promise<ProjectView> {
    const pager = this.pager as Pager<PrivateEndpointConnection>;
    await pager.loadNext(signal);
    return connectionsView(pager);
  }

  private async loadEndpointServices(signal: AbortSignal, fallbackFrom: unknown): Promise<ProjectView> {
    const { source, projectId } = this.options;
    // The client bounds how many of these run at once.
    const lists = await Promise.all(CLOUD_PROVIDERS.map((provider) => source.listEndpointServices(projectId, provider, signal)));
    const rawByProvider: Partial<Record<CloudProvider, unknown>> = {};
    const services: EndpointService[] = [];
    CLOUD_PROVIDERS.forEach((provider, index) => {
      rawByProvider[provider] = lists[index].raw;
      services.push(...lists[index].items.map((service) => ({ ...service, cloudProvider: service.cloudProvider ?? provider })));
    });
    return { state: 'endpointServices', services, rawByProvider, fallbackFrom };
  }

  private setView(view: ProjectView): void {
    this.current = view;
    this.options.onDidChange();
  }
}

function connectionsView(pager: Pager<PrivateEndpointConnection>): ProjectView {
  return {
    state: 'connections',
    connections: [...pager.items],
    rawPages: [...pager.pages],
    hasMore: pager.hasMore,
    totalCount: pager.totalCount,
    loadingMore: false,
  };
}

function failureView(previous: ProjectView, error: unknown): ProjectView {
  return previous.state === 'connections' ? { ...previous, loadingMore: false, moreError: error } : { state: 'failed', error };
}
