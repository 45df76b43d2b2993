// The TreeDataProvider: a thin adapter from the pure model (connectionsModel, nodes) to VS Code.
import * as vscode from 'vscode';
import { CONTEXT_KEYS } from '../ids';
import type { AtlasSession, SessionProvider } from '../session';
import type { TreeSettings } from '../settings';
import { ConnectionsModel } from './connectionsModel';
import { connectionChildren, projectChildren, rootChildren } from './children';
import { loadedItems, type LoadedItem } from './loadedItems';
import { describeNode, tooltipOf, type NodeLook } from './nodeLook';
import type { ConnectionLikeNode, TreeNode } from './nodes';
import type { LoadAllProgress, ProjectState } from './projectLoader';
import type { RowChange, RowView } from './projectRows';
import { describeProject } from './projectSummary';
import { explainAtlasError } from '../atlas';


export interface ConnectionsTreeOptions {
  sessions: SessionProvider;
  log: vscode.LogOutputChannel;
  readSettings(): TreeSettings;
  /** Whether FAILED rows come first (`sortOrder`), read on every render. */
  readFailedFirst(): boolean;
  /** Most page requests a Load all keeps in flight (`maxConcurrentRequests`). */
  readLoadAllConcurrency(): number;
  /** Shows (or, with undefined, clears) the view's message. */
  showMessage(message: string | undefined): void;
  /** `vscode.workspace.isTrusted`; in Restricted Mode the tree sends no request. */
  isTrusted(): boolean;
  /** Progress in the view for every load; the promise never rejects. */
  showProgress(work: Promise<void>): void;
  /** Shows the active profile in the view's header (undefined when signed out). */
  showProfile(profileName: string | undefined): void;
}

export class ConnectionsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly modelEmitter = new vscode.EventEmitter<void>();
  /** A model was made for a new session, or dropped (signed out, Restricted Mode). */
  readonly onDidChangeModel = this.modelEmitter.event;
  private model: ConnectionsModel | undefined;
  private modelClient: AtlasSession['client'] | undefined;
  private hasProjects: boolean | undefined;
  /** VS Code refreshes an element by identity: the project nodes last handed out, by project id. */
  private readonly projectNodes = new Map<string, TreeNode>();
  /** Connection rows' TreeItems, built once per row (rows are reused objects; a changed row is dropped here). */
  private readonly rowItems = new WeakMap<ConnectionLikeNode, vscode.TreeItem>();
  private statusFilter: ReadonlySet<string> = new Set();
  /** Every node handed to VS Code for the current model: commands trust an argument only if it is one of these. */
  private issued = new WeakSet<TreeNode>();

  constructor(private readonly options: ConnectionsTreeOptions) {}

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'project': {
        const loader = this.model?.existingLoader(node.project.id);
        const progress = loader && { state: loader.state(), counts: loader.rows.statusCounts() };
        return toTreeItem(describeProject(node.project, progress, vscode.l10n), node);
      }
      case 'connection':
      case 'endpointService': {
        let item = this.rowItems.get(node);
        if (!item) {
          const look = this.model?.existingLoader(node.projectId)?.rows.look(node) ?? describeNode(node, vscode.l10n);
          item = toTreeItem(look, node);
          this.rowItems.set(node, item);
        }
        return item;
      }
      default:
        return toTreeItem(describeNode(node, vscode.l10n), node);
    }
  }

  /** Connection rows get their (long) tooltip on hover only. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (!item.tooltip) {
      const tooltip = tooltipOf(node, vscode.l10n);
      if (tooltip) {
        item.tooltip = untrustedMarkdown(tooltip);
      }
    }
    return item;
  }

  /** The statuses shown (empty: all). Applies to what is loaded; Load more stays. */
  get filter(): ReadonlySet<string> {
    return this.statusFilter;
  }

  setFilter(statuses: Iterable<string>): void {
    this.statusFilter = new Set(statuses);
    const on = this.statusFilter.size > 0;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.filtered, on);
    this.options.showMessage(
      on ? vscode.l10n.t('Showing only {0}. Clear the filter from the view title.', [...this.statusFilter].sort().join(', ')) : undefined,
    );
    this.everyLevelChanged();
  }

  /** `sortOrder` changed. */
  viewSettingsChanged(): void {
    this.everyLevelChanged();
  }

  /**
   * The root and each project: a project expanded while the root's refresh is still on its way would otherwise keep
   * the rows the view cached before (CI caught a filtered project showing every status).
   */
  private everyLevelChanged(): void {
    this.changeEmitter.fire(undefined);
    for (const project of this.projectNodes.values()) {
      this.changeEmitter.fire(project);
    }
  }

  /** Load all of a project: every remaining page, concurrently within `maxConcurrentRequests`. */
  loadAll(projectId: string, cancel?: AbortSignal, onProgress?: (progress: LoadAllProgress) => void): Promise<void> {
    return this.model ? this.model.loader(projectId).loadAll(cancel, onProgress) : Promise.resolve();
  }

  /** Rows changed in place (a watch): each is refreshed alone, unless a filter or the order may move it. */
  rowsChanged(projectId: string, changes: readonly RowChange[]): void {
    if (changes.length === 0) {
      return;
    }
    for (const change of changes) {
      this.rowItems.delete(change.node);
    }
    const project = this.projectNodes.get(projectId);
    if (this.statusFilter.size > 0 || this.options.readFailedFirst()) {
      if (project) this.changeEmitter.fire(project);
      return;
    }
    for (const change of changes) {
      this.changeEmitter.fire(change.node);
    }
    if (project) this.changeEmitter.fire(project); // its counts
  }

  /** Never rejects: failures are error nodes, anything unexpected is logged and shows as an empty level. */
  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    try {
      const children = await this.childrenOf(node);
      for (const child of children) this.issued.add(child);
      return children;
    } catch (error) {
      this.options.log.error(`Building the Atlas view failed: ${explainAtlasError(error, vscode.l10n)}`);
      return [];
    }
  }

  /**
   * True when `value` is a node this view handed out for the current session (checked by identity, not by shape): what
   * VS Code passes to a command run from a row. An object from a `command:` link or another extension never is.
   */
  owns(value: unknown): value is TreeNode {
    return typeof value === 'object' && value !== null && this.issued.has(value as TreeNode);
  }

  /** The current session's model, or undefined when signed out, in Restricted Mode, or before the first render. */
  get current(): ConnectionsModel | undefined {
    return this.model;
  }

  /** What a watch of pending connections polls: the current model and the client it loads with. */
  watchTarget(): { model: ConnectionsModel; source: AtlasSession['client']; pageSize(): number } | undefined {
    return this.model && this.modelClient ? { model: this.model, source: this.modelClient, pageSize: () => this.options.readSettings().pageSize } : undefined;
  }

  /** The model, built from the current session if the view has not rendered yet (commands run before it did). */
  async currentOrNew(): Promise<ConnectionsModel | undefined> {
    if (!this.model) {
      await this.getChildren();
    }
    return this.model;
  }

  /** Refresh: one project, or everything (view title, palette) including the session and project list. */
  refresh(node?: TreeNode): void {
    if (node?.kind === 'project' && this.model) {
      this.model.refreshProject(node.project.id);
      return;
    }
    if (this.model) {
      this.model.refreshAll();
    } else {
      this.changeEmitter.fire(undefined);
    }
  }

  retry(node: TreeNode): void {
    if (node.kind !== 'error' || !this.model) {
      return;
    }
    if (node.target.kind === 'discovery') {
      this.model.retryDiscovery();
    } else {
      void this.model.loader(node.target.projectId).retry();
    }
  }

  loadMore(node: TreeNode): Promise<void> {
    if (node.kind !== 'loadMore' || !this.model) {
      return Promise.resolve();
    }
    return this.model.loader(node.projectId).loadMore();
  }

  loadedItems(): LoadedItem[] {
    return this.model ? loadedItems(this.model.loadedProjects()) : [];
  }

  projectState(projectId: string): ProjectState | undefined {
    return this.model?.loadedProjects().find((loaded) => loaded.project.id === projectId)?.state;
  }

  /**
   * The session's client was closed (sign-out, another profile, new keys): drop its model now, visible or not, so that
   * no command offers what the previous profile loaded and no load of it keeps running.
   */
  sessionEnded(): void {
    if (this.model) {
      this.dropModel();
      this.changeEmitter.fire(undefined);
    }
  }

  /** The session changed (workspace trust too arrives as one): render again from the root, which reads it afresh. */
  rootChanged(): void {
    this.changeEmitter.fire(undefined);
  }

  /** `pageSize`, `api` or `discoverProjects` changed. */
  settingsChanged(): void {
    this.model?.updateSettings(this.options.readSettings());
  }

  /** Resolves when no load is in flight (for tests and benchmarks). */
  async whenIdle(): Promise<void> {
    await this.model?.whenIdle();
  }

  dispose(): void {
    this.model?.dispose();
    this.model = undefined;
    this.changeEmitter.dispose();
    this.modelEmitter.dispose();
  }

  private async childrenOf(node: TreeNode | undefined): Promise<TreeNode[]> {
    if (!node) {
      return this.rootNodes();
    }
    const model = this.model;
    if (!model) {
      return [];
    }
    switch (node.kind) {
      case 'project': {
        const loader = model.loader(node.project.id);
        const { kind } = loader.state();
        // Wait for a first load only; during "Load more" the loaded rows stay visible with a spinning Load more node.
        if (kind === 'idle' || kind === 'loading') {
          await loader.load();
          // The row's own totals changed with this load; VS Code drops a refresh of the row while it waits for its
          // children, so ask again once it has them (its children are reused rows: no request, no rebuild).
          setTimeout(() => {
            if (model === this.model && this.projectNodes.get(node.project.id) === node) this.changeEmitter.fire(node);
          }, 0);
        }
        return projectChildren(node.project.id, loader.state(), vscode.l10n, loader.rows, this.rowView());
      }
      case 'connection':
      case 'endpointService':
        return connectionChildren(node);
      default:
        return [];
    }
  }

  private rowView(): RowView {
    return { statuses: this.statusFilter, failedFirst: this.options.readFailedFirst() };
  }

  private async rootNodes(): Promise<TreeNode[]> {
    if (!this.options.isTrusted()) {
      this.dropModel();
      this.setHasProjects(false);
      return [];
    }
    const session = await this.options.sessions.current();
    this.options.showProfile(session?.profile.name);
    if (!session) {
      this.dropModel();
      this.setHasProjects(false);
      return [];
    }
    const model = this.modelFor(session);
    await model.loadRoot();
    const root = model.rootState();
    this.setHasProjects(root.projects.length > 0);
    const nodes = rootChildren(root, vscode.l10n);
    this.projectNodes.clear();
    for (const node of nodes) {
      if (node.kind === 'project') {
        this.projectNodes.set(node.project.id, node);
      }
    }
    return nodes;
  }

  private modelFor(session: AtlasSession): ConnectionsModel {
    if (this.model && this.modelClient === session.client) {
      this.model.setPinned(session.profile.projects);
      return this.model;
    }
    this.dropModel();
    const model = new ConnectionsModel({
      source: session.client,
      pinned: session.profile.projects,
      settings: this.options.readSettings(),
      l10n: vscode.l10n,
      loadAllConcurrency: this.options.readLoadAllConcurrency(),
      onDidChange: (projectId) => this.fireChange(model, projectId),
      onDidStartLoad: (work) => this.options.showProgress(work),
      onDidFail: (projectId, error) =>
        this.options.log.warn(
          projectId ? `Project ${projectId}: ${explainAtlasError(error, vscode.l10n)}` : `Project discovery: ${explainAtlasError(error, vscode.l10n)}`,
        ),
    });
    this.model = model;
    this.modelClient = session.client;
    this.modelEmitter.fire();
    return model;
  }

  private fireChange(model: ConnectionsModel, projectId: string | undefined): void {
    if (model !== this.model) {
      return;
    }
    if (projectId === undefined) {
      this.changeEmitter.fire(undefined);
      return;
    }
    const node = this.projectNodes.get(projectId);
    if (node) {
      this.changeEmitter.fire(node);
    }
  }

  private dropModel(): void {
    this.projectNodes.clear();
    const had = this.model !== undefined;
    this.issued = new WeakSet();
    this.model?.dispose();
    this.model = undefined;
    this.modelClient = undefined;
    if (had) this.modelEmitter.fire();
  }

  private setHasProjects(value: boolean): void {
    if (value !== this.hasProjects) {
      this.hasProjects = value;
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasProjects, value);
    }
  }
}

function toTreeItem(look: NodeLook, node: TreeNode): vscode.TreeItem {
  const item = new vscode.TreeItem(
    look.label,
    look.collapsible === 'collapsed' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = look.id;
  item.description = look.description;
  item.contextValue = look.contextValue;
  item.iconPath = themeIcon(look.icon.id, look.icon.color);
  if (look.tooltip) {
    item.tooltip = untrustedMarkdown(look.tooltip);
  }
  if (look.command) {
    item.command = { command: look.command.id, title: look.command.title, arguments: [node] };
  }
  return item;
}

/** Untrusted: no command links, no HTML, no theme icons. The text is escaped where it is built (markdown.ts). */
function untrustedMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

/** One ThemeIcon per icon and colour, shared by every row that shows it. */
const themeIcons = new Map<string, vscode.ThemeIcon>();

function themeIcon(id: string, color: string | undefined): vscode.ThemeIcon {
  const key = `${id}|${color ?? ''}`;
  let icon = themeIcons.get(key);
  if (!icon) {
    icon = new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
    themeIcons.set(key, icon);
  }
  return icon;
}
