// Page-by-page loading for the tree: keeps what was loaded, one load in flight at a time, and stops on
// its own when a server repeats pages (ignores pageNum) or would grow without bound.
import { setMaxListeners } from 'node:events';
import type { AtlasClient } from './client';
import type { AtlasProject, Page, PageRequest, PrivateEndpointConnection } from './types';
import { validateItemsPerPage } from './validation';

export type PageSource<T> = (request: PageRequest, signal?: AbortSignal) => Promise<Page<T>>;

export interface PagerOptions {
  /** Stop loading after this many distinct items (memory bound against a server that never ends), default 100 000. */
  maxItems?: number;
}

export const DEFAULT_PAGER_MAX_ITEMS = 100_000;

/** Why paging ended: the server said so, it repeated ids already seen, or the item cap was reached. */
export type PagerEnd = 'complete' | 'repeated' | 'capped';

export class Pager<T extends { id: string }> {
  private readonly loaded: T[] = [];
  private readonly seen = new Set<string>();
  private readonly rawPages: unknown[] = [];
  private nextPageNum = 1;
  private more = true;
  private total: number | undefined;
  private endReason: PagerEnd | undefined;
  private inFlight: Promise<readonly T[]> | undefined;
  private generation = 0;
  private readonly maxItems: number;

  constructor(
    private readonly source: PageSource<T>,
    readonly itemsPerPage: number,
    options: PagerOptions = {},
  ) {
    validateItemsPerPage(itemsPerPage);
    this.maxItems = options.maxItems ?? DEFAULT_PAGER_MAX_ITEMS;
  }

  get items(): readonly T[] {
    return this.loaded;
  }

  /** The bodies exactly as Atlas returned them, one per page loaded. */
  get pages(): readonly unknown[] {
    return this.rawPages;
  }

  get hasMore(): boolean {
    return this.more;
  }

  get totalCount(): number | undefined {
    return this.total;
  }

  get ended(): PagerEnd | undefined {
    return this.endReason;
  }

  get loading(): boolean {
    return this.inFlight !== undefined;
  }

  /**
   * Loads the next page and resolves to the items it added. While a load is in flight, further calls
   * share it (a double click loads once). After `reset()`, the result of an older load is dropped.
   */
  loadNext(signal?: AbortSignal): Promise<readonly T[]> {
    if (!this.more) return Promise.resolve([]);
    if (this.inFlight) return this.inFlight;
    const generation = this.generation;
    const load = this.source({ pageNum: this.nextPageNum, itemsPerPage: this.itemsPerPage }, signal)
      .then((page) => (generation === this.generation ? this.absorb(page) : []))
      .finally(() => {
        if (this.inFlight === load) this.inFlight = undefined;
      });
    this.inFlight = load;
    return load;
  }

  /** Loads until there is nothing more (or the cap is reached). */
  async loadAll(signal?: AbortSignal): Promise<readonly T[]> {
    while (this.more) await this.loadNext(signal);
    return this.loaded;
  }

  /**
   * Loads every remaining page with up to `concurrency` requests in flight, absorbing pages in page order (so what is
   * loaded is always a prefix, as with `loadNext`). Once `totalCount` is known it requests exactly the pages left; with
   * bare arrays it asks up to `concurrency - 1` pages past the end before a short page shows where that is.
   * `onPage` runs after each page absorbed, one page per turn of the event loop. A failure (or abort) keeps the pages
   * absorbed before it.
   */
  async loadRemaining(signal: AbortSignal | undefined, concurrency: number, onPage?: () => void): Promise<readonly T[]> {
    while (this.more) {
      // Cancelled: stop here, even when every request had already answered (nothing would reject then).
      signal?.throwIfAborted();
      if (this.inFlight) {
        await this.inFlight;
      } else if (concurrency <= 1) {
        await this.loadNext(signal);
        onPage?.();
      } else {
        const window = this.loadConcurrently(signal, Math.floor(concurrency), onPage);
        this.inFlight = window;
        try {
          await window;
        } finally {
          if (this.inFlight === window) this.inFlight = undefined;
        }
      }
    }
    return this.loaded;
  }

  /** Forgets everything loaded; an in-flight load's result will be ignored (cancel it with its signal). */
  reset(): void {
    this.generation += 1;
    this.loaded.length = 0;
    this.seen.clear();
    this.rawPages.length = 0;
    this.nextPageNum = 1;
    this.more = true;
    this.total = undefined;
    this.endReason = undefined;
    this.inFlight = undefined;
  }

  /** One pool of workers taking page numbers in order, until the end is known or a request fails. */
  private async loadConcurrently(signal: AbortSignal | undefined, concurrency: number, onPage?: () => void): Promise<readonly T[]> {
    const generation = this.generation;
    const stop = new AbortController();
    // Every request in flight listens to it (the client's slot, timeout and socket): more than Node's default of 10.
    setMaxListeners(8 * concurrency + 10, stop.signal);
    const onAbort = () => stop.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) stop.abort();
    const finished = new Map<number, Page<T>>();
    const added: T[] = [];
    let next = this.nextPageNum;
    let requesting = 0;
    // Without totalCount, at most `concurrency` pages ahead of what is absorbed: the waste past the end stays bounded.
    const lastPage = () =>
      this.total === undefined ? this.nextPageNum + concurrency - 1 : Math.max(this.nextPageNum, Math.ceil(this.total / this.itemsPerPage));
    let wake = () => {};
    let woken = new Promise<void>((resolve) => (wake = resolve));
    const wakeAll = () => {
      wake();
      woken = new Promise<void>((resolve) => (wake = resolve));
    };
    stop.signal.addEventListener('abort', wakeAll, { once: true });
    // One page absorbed per turn of the event loop: each costs its consumer a render, and several pages that arrived
    // out of order must not add up to one long block.
    let drainScheduled = false;
    const drain = () => {
      const page = finished.get(this.nextPageNum);
      // After Cancel nothing more is absorbed; after a failure, the pages before it still are.
      if (page && this.more && generation === this.generation && !signal?.aborted) {
        finished.delete(page.pageNum);
        added.push(...this.absorb(page));
        onPage?.();
      }
      if (!this.more) stop.abort(); // requests past the end are of no use now
      wakeAll();
      if (!drainScheduled && this.more && !signal?.aborted && finished.has(this.nextPageNum)) {
        drainScheduled = true;
        setImmediate(() => {
          drainScheduled = false;
          drain();
        });
      }
    };
    const worker = async (): Promise<void> => {
      while (!stop.signal.aborted && this.more && generation === this.generation) {
        if (next > lastPage()) {
          if (requesting === 0) return;
          await woken;
          continue;
        }
        const pageNum = next++;
        requesting++;
        let page: Page<T>;
        try {
          page = await this.source({ pageNum, itemsPerPage: this.itemsPerPage }, stop.signal);
        } finally {
          requesting--;
        }
        if (generation !== this.generation) return;
        finished.set(pageNum, { ...page, pageNum });
        drain();
      }
    };
    const workers = Array.from({ length: concurrency }, () =>
      worker().catch((error: unknown) => {
        stop.abort(); // one failure ends the others: a retry would double them
        throw error;
      }),
    );
    // Settled, not raced: no worker may absorb a page after this returns; pages still waiting are absorbed here.
    const outcomes = await Promise.allSettled(workers);
    while (this.more && generation === this.generation && !signal?.aborted && finished.has(this.nextPageNum)) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!drainScheduled) drain(); // else the drain already scheduled takes this turn's page
    }
    signal?.removeEventListener('abort', onAbort);
    const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    // Pages past the end are cancelled on purpose once a short page arrived; only a failure before the end is one.
    if (failure && this.more && generation === this.generation) throw failure.reason;
    return added;
  }

  private absorb(page: Page<T>): readonly T[] {
    this.rawPages.push(page.raw);
    if (page.totalCount !== undefined) this.total = page.totalCount;
    const added: T[] = [];
    for (const item of page.items) {
      if (this.seen.has(item.id)) continue;
      if (this.loaded.length >= this.maxItems) break;
      this.seen.add(item.id);
      this.loaded.push(item);
      added.push(item);
    }
    this.nextPageNum += 1;
    if (this.loaded.length >= this.maxItems && (page.hasMore || added.length < page.items.length)) {
      this.finish('capped');
    } else if (page.items.length > 0 && added.length === 0) {
      this.finish('repeated');
    } else if (page.items.length === 0 || !page.hasMore) {
      // An empty page ends paging whatever it claims, so a lying server cannot keep us looping.
      this.finish('complete');
    }
    return added;
  }

  private finish(reason: PagerEnd): void {
    this.more = false;
    this.endReason = reason;
  }
}

export function createPrivateEndpointPager(client: Pick<AtlasClient, 'listPrivateEndpointsPage'>, groupId: string, itemsPerPage: number, options?: PagerOptions): Pager<PrivateEndpointConnection> {
  return new Pager((request, signal) => client.listPrivateEndpointsPage(groupId, request, signal), itemsPerPage, options);
}

export function createProjectPager(client: Pick<AtlasClient, 'listProjectsPage'>, itemsPerPage: number, options?: PagerOptions): Pager<AtlasProject> {
  return new Pager((request, signal) => client.listProjectsPage(request, signal), itemsPerPage, options);
}
