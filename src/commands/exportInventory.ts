// Atlas: Export Inventory… (a project row: that project; the view title or palette: every project of the profile)
import * as vscode from 'vscode';
import { buildInventory, inventoryCsv, inventoryJson, type InventoryFormat, type InventoryProject } from '../tree/inventory';
import { outsideText } from '../outsideText';
import type { ProjectEntry } from '../tree/projectDirectory';
import { formatCount } from '../tree/projectSummary';
import type { CommandServices } from './services';
import { requireWorkspaceTrust } from './ui';

/** For automation and tests, which cannot drive the save dialog: the format and the file to write. */
export interface ExportOptions {
  readonly format?: InventoryFormat;
  readonly uri?: vscode.Uri;
}

export interface ExportResult {
  readonly uri?: vscode.Uri;
  readonly rows: number;
  readonly failedProjects: number;
  readonly cancelled: boolean;
}

/**
 * A project row of this view (checked by identity) exports that project; anything else exports every project. A file
 * given as an argument (automation) replaces that file without the save dialog, so the person confirms it first.
 */
export async function exportInventory(services: CommandServices, node?: unknown, args?: unknown): Promise<ExportResult | undefined> {
  const { tree } = services;
  if (!requireWorkspaceTrust()) {
    return undefined;
  }
  const options = exportOptionsOf(args);
  const project = tree.owns(node) && node.kind === 'project' ? node : undefined;
  const model = await tree.currentOrNew();
  if (!model) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sign in to Atlas to export the inventory of your projects.'));
    return undefined;
  }
  const format = options.format ?? (await pickFormat());
  if (!format) {
    return undefined;
  }
  const cancelled: ExportResult = { rows: 0, failedProjects: 0, cancelled: true };
  const loaded = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the Atlas private endpoint inventory'), cancellable: true },
    async (progress, token): Promise<InventoryProject[] | undefined> => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      try {
        await model.loadRoot();
        const projects: readonly ProjectEntry[] = project ? [project.project] : model.rootState().projects;
        const result: InventoryProject[] = [];
        for (const [index, project] of projects.entries()) {
          const name = project.name ?? project.id;
          const step = (detail: string) => progress.report({ message: vscode.l10n.t('Project {0} of {1}: {2} ({3})', index + 1, projects.length, name, detail) });
          step(vscode.l10n.t('first page'));
          const loader = model.loader(project.id);
          if (loader.state().kind === 'failed') {
            await loader.retry(); // one more try: a project that fails again goes into the summary
          }
          await loader.loadAll(abort.signal, ({ loaded: count, totalCount }) =>
            step(totalCount !== undefined ? vscode.l10n.t('{0} of {1}', formatCount(count), formatCount(totalCount)) : vscode.l10n.t('{0} loaded', formatCount(count))),
          );
          if (abort.signal.aborted) {
            return undefined;
          }
          result.push({ project, state: loader.state() });
        }
        return result;
      } finally {
        subscription.dispose();
      }
    },
  );
  if (!loaded) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Export cancelled. Nothing was written.'));
    return cancelled;
  }
  if (options.uri && !(await confirmTarget(services, options.uri))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Export not confirmed. Nothing was written.'));
    return cancelled;
  }
  const uri = options.uri ?? (await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Save the Atlas private endpoint inventory'),
    defaultUri: defaultTarget(format),
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
  }));
  if (!uri) {
    return cancelled;
  }
  const inventory = buildInventory(loaded, vscode.l10n);
  const text = format === 'csv' ? inventoryCsv(inventory) : inventoryJson(inventory, new Date());
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const summary = vscode.l10n.t('Exported {0} connections of {1} projects to {2}.', formatCount(inventory.rows.length), loaded.length, uri.fsPath || uri.toString());
  if (inventory.failures.length > 0) {
    void vscode.window.showWarningMessage(
      `${summary} ${vscode.l10n.t('{0} projects could not be exported completely; the file lists them (status NOT EXPORTED in CSV, summary.failedProjects in JSON).', inventory.failures.length)}`,
    );
  } else {
    void vscode.window.showInformationMessage(summary);
  }
  return { uri, rows: inventory.rows.length, failedProjects: inventory.failures.length, cancelled: false };
}

function exportOptionsOf(args: unknown): ExportOptions {
  if (typeof args !== 'object' || args === null) return {};
  const { format, uri } = args as Record<string, unknown>;
  return { format: format === 'csv' || format === 'json' ? format : undefined, uri: uri instanceof vscode.Uri ? uri : undefined };
}

function confirmTarget({ confirm }: CommandServices, uri: vscode.Uri): Promise<boolean> {
  const target = outsideText(uri.scheme === 'file' ? uri.fsPath : uri.toString(), { maxLength: 200 });
  return confirm({
    message: vscode.l10n.t('Write the Atlas private endpoint inventory to {0}?', target),
    detail: vscode.l10n.t('A command link, task or another extension asked to export the inventory to this file, without the save dialog. The file is replaced if it exists.'),
    action: vscode.l10n.t('Write File'),
  });
}

async function pickFormat(): Promise<InventoryFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'CSV', description: vscode.l10n.t('one row per connection, for spreadsheets'), format: 'csv' as const },
      { label: 'JSON', description: vscode.l10n.t('with every field Atlas returned'), format: 'json' as const },
    ],
    { title: vscode.l10n.t('Export the inventory as') },
  );
  return picked?.format;
}

function defaultTarget(format: InventoryFormat): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, `atlas-private-endpoints.${format}`);
}
