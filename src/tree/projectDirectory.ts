// The root of the tree: the profile's pinned projects plus, when discovery is on, the projects `GET /groups` returns.
// Pure (no `vscode`).
import type { AtlasProject, Page, PageRequest } from '../atlas/types';
import { createProjectPager } from '../atlas';
import type { PinnedProject } from '../credentials/model';
import { LatestLoad } from './latestLoad';

export interface ProjectEntry {
  readonly id: string;
  /** Undefined when neither the profile nor discovery knows the name. */
  readonly name?: string;
  /** Added by the user (can be removed); otherwise only discovered. */
  readonly pinned: boolean;
}

/** What discovery needs from `AtlasClient`. */
export interface ProjectListSource {
  listProjectsPage(page: PageRequest, signal?: AbortSignal): Promise<Page<AtlasProject>>;
}

/** `GET /groups` accepts up to 500 per page. */
export const DISCOVERY_PAGE_SIZE = 500;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Pinned projects first, in the order the user added them; then the discovered ones alphabetically by name (then id).
 * Each id appears once; a pinned project without a name takes the discovered name.
 */
export function mergeProjects(pinned: readonly PinnedProject[], discovered: readonly AtlasProject[]): ProjectEntry[] {
  const discoveredById = new Map(discovered.map((project) => [project.id, project]));
  const seen = new Set<string>();
  const entries: ProjectEntry[] = [];
  for (const project of pinned) {
    if (!seen.has(project.id)) {
      seen.add(project.id);
      entries.push({ id: project.id, name: project.name || discoveredById.get(project.id)?.name || undefined, pinned: true });
    }
  }
  const others: ProjectEntry[] = [];
  for (const project of discovered) {
    if (!seen.has(project.id)) {
      seen.add(project.id);
      others.push({ id: project.id, name: project.name || undefined, pinned: false });
    }
  }
  others.sort((a, b) => collator.compare(a.name ?? a.id, b.name ?? b.id) || compareIds(a.id, b.id));
  return [...entries, ...others];
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every project the key can see, page by page (the atlas Pager stops on repeated pages and caps the total). */
export async function discoverProjects(source: ProjectListSource, signal?: AbortSignal): Promise<AtlasProject[]> {
  const pager = createProjectPager(source, DISCOVERY_PAGE_SIZE);
  return [...(await pager.loadAll(signal))];
}

export type DirectoryState =
  | { readonly kind: 'loading'; readonly projects: readonly ProjectEntry[] }
  | { readonly kind: 'ready'; readonly projects: readonly ProjectEntry[] }
  /** Discovery failed: the pinned projects still show, with the error after them. */
  | { readonly kind: 'failed'; readonly projects: readonly ProjectEntry[]; readonly error: unknown };

export interface ProjectDirectoryOptions {
  source: ProjectListSource;
  pinned: readonly PinnedProject[];
  /** Initial value of `atlasPrivateEndpoints.discoverProjects`. */
  discover: boolean;
  onDidChange(): void;
  onDidStartLoad?(work: Promise<void>): void;
  onDidFail?(error: unknown): void;
}

/** Holds the root listing; one discovery in flight; `reset` cancels it. */
export class ProjectDirectory {
  private pinned: readonly PinnedProject[];
  private discoverEnabled: boolean;
  private discovered: readonly AtlasProject[] | undefined;
  private error: unknown;
  private readonly latest = new LatestLoad();

  constructor(private readonly options: ProjectDirectoryOptions) {
    this.pinned = options.pinned;
    this.discoverEnabled = options.discover;
  }

  state(): DirectoryState {
    const projects = mergeProjects(this.pinned, this.discovered ?? []);
    if (this.error !== undefined) {
      return { kind: 'failed', projects, error: this.error };
    }
    if (this.discoverEnabled && this.discovered === undefined) {
      return { kind: 'loading', projects };
    }
    return { kind: 'ready', projects };
  }

  /** Discovers once (when enabled); later calls return the same result until `reset`. */
  load(): Promise<void> {
    const pending = this.latest.pending;
    if (pending) {
      return pending;
    }
    if (!this.discoverEnabled || this.discovered !== undefined || this.error !== undefined) {
      return Promise.resolve();
    }
    const promise = this.latest.start(
      (signal) => discoverProjects(this.options.source, signal),
      (outcome) => {
        this.discovered = outcome.ok ? outcome.value : undefined;
        this.error = outcome.ok ? undefined : outcome.error;
        this.options.onDidChange();
        if (!outcome.ok) {
          this.options.onDidFail?.(outcome.error);
        }
      },
    );
    this.options.onDidStartLoad?.(promise);
    return promise;
  }

  /** The profile's projects changed; the caller re-renders the root (it is usually rendering it right now). */
  setPinned(pinned: readonly PinnedProject[]): void {
    this.pinned = pinned;
  }

  /** Setting `atlasPrivateEndpoints.discoverProjects` changed. */
  setDiscover(discover: boolean): void {
    if (discover !== this.discoverEnabled) {
      this.discoverEnabled = discover;
      this.reset();
    }
  }

  /** Cancels discovery in flight and forgets its result. */
  reset(): void {
    this.latest.cancel();
    this.discovered = undefined;
    this.error = undefined;
    this.options.onDidChange();
  }

  dispose(): void {
    this.latest.cancel();
  }
}
