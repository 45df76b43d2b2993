// Everything the view shows for one session: the project directory and one loader per expanded project.
// Pure (no `vscode`): the tree adapter renders it, the commands act on it.
import type { PinnedProject } from '../credentials/model';
import type { Localizer } from '../localizer';
import type { TreeSettings } from '../settings';
import { ProjectDirectory, type DirectoryState, type ProjectEntry, type ProjectListSource } from './projectDirectory';
import { ProjectLoader, type ProjectSource, type ProjectState } from './projectLoader';

export type AtlasSource = ProjectSource & ProjectListSource;

export interface ConnectionsModelOptions {
  source: AtlasSource;
  pinned: readonly PinnedProject[];
  settings: TreeSettings;
  /** For the rows' text; plain English by default. */
  l10n?: Localizer;
  /** Most page requests "Load all" keeps in flight per project (`maxConcurrentRequests`); default 1. */
  loadAllConcurrency?: number;
  /** A project's children changed (`projectId`), or the root did (`undefined`). */
  onDidChange(projectId: string | undefined): void;
  /** Every load that starts (root discovery, a first page, a next page); the promise never rejects. */
  onDidStartLoad?(work: Promise<void>): void;
  /** A load failed: the project's, or discovery (`undefined`). */
  onDidFail?(projectId: string | undefined, error: unknown): void;
}

export interface LoadedProject {
  readonly project: ProjectEntry;
  readonly state: ProjectState;
}

export class ConnectionsModel {
  private readonly directory: ProjectDirectory;
  private readonly loaders = new Map<string, ProjectLoader>();
  private readonly pending = new Set<Promise<void>>();
  private settings: TreeSettings;
  private disposed = false;

  constructor(private readonly options: ConnectionsModelOptions) {
    this.settings = options.settings;
    this.directory = new ProjectDirectory({
      source: options.source,
      pinned: options.pinned,
      discover: options.settings.discover,
      onDidChange: () => this.changed(undefined),
      onDidStartLoad: (work) => this.track(work),
      onDidFail: (error) => this.options.onDidFail?.(undefined, error),
    });
  }

  rootState(): DirectoryState {
    return this.directory.state();
  }

  loadRoot(): Promise<void> {
    return this.directory.load();
  }

  /** The loader of a project, created on first use. */
  loader(projectId: string): ProjectLoader {
    let loader = this.loaders.get(projectId);
    if (!loader) {
      loader = new ProjectLoader({
        projectId,
        source: this.options.source,
        pageSize: this.settings.pageSize,
        mode: this.settings.apiMode,
        loadAllConcurrency: this.options.loadAllConcurrency,
        l10n: this.options.l10n,
        onDidChange: () => this.changed(projectId),
        onDidStartLoad: (work) => this.track(work),
        onDidFail: (error) => this.options.onDidFail?.(projectId, error),
      });
      this.loaders.set(projectId, loader);
    }
    return loader;
  }

  /** The loader of a project if it was ever asked for (rendering a project row must not create one). */
  existingLoader(projectId: string): ProjectLoader | undefined {
    return this.loaders.get(projectId);
  }

  /** Loaded (or loading) projects in root order, for QuickPicks. */
  loadedProjects(): LoadedProject[] {
    return this.directory
      .state()
      .projects.filter((project) => this.loaders.has(project.id))
      .map((project) => ({ project, state: this.loader(project.id).state() }));
  }

  project(projectId: string): ProjectEntry | undefined {
    return this.directory.state().projects.find((project) => project.id === projectId);
  }

  /** View title Refresh: cancels every load in flight and forgets everything. */
  refreshAll(): void {
    this.resetLoaders();
    this.directory.reset();
  }

  /** Retry on the root's error node: discover again (loaded projects stay). */
  retryDiscovery(): void {
    this.directory.reset();
  }

  /** Per-project Refresh: cancels its load in flight and forgets its pages. */
  refreshProject(projectId: string): void {
    this.loaders.get(projectId)?.reset();
  }

  setPinned(pinned: readonly PinnedProject[]): void {
    this.directory.setPinned(pinned);
  }

  updateSettings(settings: TreeSettings): void {
    const previous = this.settings;
    this.settings = settings;
    if (settings.pageSize !== previous.pageSize || settings.apiMode !== previous.apiMode) {
      this.resetLoaders();
      this.changed(undefined);
    }
    this.directory.setDiscover(settings.discover);
  }

  /** Resolves when no load is in flight (loads started meanwhile are waited for too). */
  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.all([...this.pending]);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.directory.dispose();
    for (const loader of this.loaders.values()) {
      loader.dispose();
    }
    this.loaders.clear();
  }

  private resetLoaders(): void {
    for (const loader of this.loaders.values()) {
      loader.dispose();
    }
    this.loaders.clear();
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
    this.options.onDidStartLoad?.(work);
  }

  private changed(projectId: string | undefined): void {
    if (!this.disposed) {
      this.options.onDidChange(projectId);
    }
  }
}
