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
  /** Most rows built in one turn of the event loop (a page's rows are built over several turns); default 50. */
  rowsPerTurn?: number;
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

/**
 * About 1.5 ms of work at the rows' measured cost (`npm run bench -- load`): a 500-connection page takes ten turns of the
 * event loop, and VS Code's own messages and the HTTP responses run between them.
 */
const DEFAULT_ROWS_PER_TURN = 50;

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
    onProgress?.({ loaded: state.connections.length, totalCount: pager.totalCount });
    await this.start(async (signal) => {
      const both = linkedSignal(signal, cancel);
      // Each page absorbed has its rows built a slice per turn; whenever they catch up, the view shows them.
      const rows = new RowCatchUp(this.currentRows, pager, signal, this.rowsPerTurn, (shown) => {
        this.setState({ ...this.connectionsState(pager, shown), loadingMore: true });
        onProgress?.({ loaded: shown.items, totalCount: shown.totalCount });
      });
      let failure: { error: unknown } | undefined;
      try {
        await pager.loadRemaining(both.signal, this.options.loadAllConcurrency ?? 1, () => rows.follow());
      } catch (error) {
        // Cancel keeps what was loaded: it is no failure. A real one still shows every page absorbed before it.
        if (!(cancel?.aborted && !signal.aborted)) {
          failure = { error };
        }
      } finally {
        both.dispose();
      }
      await rows.caughtUp();
      if (failure) {
        throw failure.error;
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
    if (state.kind === 'connections') {
      for (const [id, item] of applied) this.newer.set(id, item as PrivateEndpointConnection);
      // What is shown stays what is shown (a Load all may have pages whose rows are still being built).
      this.current = { ...state, connections: state.connections.map((connection) => (applied.get(connection.id) as PrivateEndpointConnection | undefined) ?? connection) };
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
    await new RowCatchUp(this.currentRows, pager, signal, this.rowsPerTurn).caughtUp();
    return this.connectionsState(pager);
  }

  private async loadNextPage(signal: AbortSignal): Promise<ProjectState> {
    const pager = this.pager as Pager<PrivateEndpointConnection>;
    await pager.loadNext(signal);
    await new RowCatchUp(this.currentRows, pager, signal, this.rowsPerTurn).caughtUp();
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
    const rows = this.currentRows;
    await inTurns(() => rows.buildServices(services, services.length, this.rowsPerTurn), signal);
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

  private get rowsPerTurn(): number {
    return this.options.rowsPerTurn ?? DEFAULT_ROWS_PER_TURN;
  }

  /** The state showing the pager's pages up to `upTo` (by default every page absorbed). */
  private connectionsState(pager: Pager<PrivateEndpointConnection>, upTo: PagerMark = markOf(pager)): Extract<ProjectState, { kind: 'connections' }> {
    const newer = this.newer;
    const items = pager.items.slice(0, upTo.items);
    return {
      kind: 'connections',
      connections: newer.size > 0 ? items.map((item) => newer.get(item.id) ?? item) : items,
      rawPages: pager.pages.slice(0, upTo.pages),
      hasMore: upTo.hasMore,
      totalCount: upTo.totalCount,
      loadingMore: false,
    };
  }
}

/** How far a pager had got: its items and pages then, and what it knew of the rest. */
interface PagerMark {
  readonly items: number;
  readonly pages: number;
  readonly hasMore: boolean;
  readonly totalCount?: number;
}

function markOf(pager: Pager<PrivateEndpointConnection>): PagerMark {
  return { items: pager.items.length, pages: pager.pages.length, hasMore: pager.hasMore, totalCount: pager.totalCount };
}

/**
 * Builds the rows of what a pager absorbed, at most `rowsPerTurn` per turn of the event loop, and calls `show` with how
 * far the pager had got at each page, once that page's rows are built. `follow` after every page absorbed; `caughtUp`
 * resolves once every page absorbed so far has its rows (or the load was aborted: a reset drops these rows anyway).
 */
class RowCatchUp {
  /** Pages absorbed whose rows are not all shown yet, in order. */
  private readonly marks: PagerMark[] = [];
  private running = false;
  private run: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly rows: ProjectRows,
    private readonly pager: Pager<PrivateEndpointConnection>,
    private readonly signal: AbortSignal,
    private readonly rowsPerTurn: number,
    private readonly show: (upTo: PagerMark) => void = () => undefined,
  ) {}

  /** A page was absorbed: builds its first slice now, or leaves it to the run in progress. */
  follow(): void {
    const mark = markOf(this.pager);
    if (mark.items > (this.marks.at(-1)?.items ?? this.rows.built)) this.marks.push(mark);
    if (!this.running) {
      this.run = this.catchUp().catch((error: unknown) => {
        this.failure ??= { error };
      });
    }
  }

  async caughtUp(): Promise<void> {
    this.follow();
    await this.run;
    if (this.failure) {
      throw this.failure.error;
    }
  }

  private async catchUp(): Promise<void> {
    this.running = true;
    try {
      for (let upTo = this.marks.shift(); upTo && !this.signal.aborted; upTo = this.marks.shift()) {
        const end = upTo.items;
        await inTurns(() => this.rows.buildConnections(this.pager.items, end, this.rowsPerTurn), this.signal);
        if (this.signal.aborted) return;
        this.show(upTo);
      }
    } finally {
      // Set before the promise settles: a page absorbed from now on starts a new run.
      this.running = false;
    }
  }
}

/** Runs `step` (one bounded slice of work, true while more remains) now, then once per turn of the event loop. */
async function inTurns(step: () => boolean, signal: AbortSignal): Promise<void> {
  while (!signal.aborted && step()) {
    await new Promise<void>((resolve) => setImmediate(resolve));
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
