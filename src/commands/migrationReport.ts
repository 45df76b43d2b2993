// Atlas: Open Migration Report. Joins the Atlas inventory of the active profile (legacy connections matched to their
// endpoint services) with the workspace scan, in one read-only Markdown document with a preview; it can be saved.
import * as vscode from 'vscode';
import { AtlasApiError, type AtlasClient } from '../atlas';
import { MIGRATION_REPORT_SCHEME } from '../ids';
import { buildMigrationReport, type ReportConnection, type ReportFinding, type ReportProject } from '../migration/report';
import type { TreeNode } from '../tree/nodes';
import type { CommandServices } from './services';

const PAGE_SIZE = 500;
const MAX_PAGES = 40;

/** The report documents: read-only (a content provider), one per run. */
export class MigrationReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(MIGRATION_REPORT_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  private runs = 0;

  /** Shows `content` as a new read-only document (one per run, so an open older report never shows stale text). */
  async show(content: string): Promise<vscode.TextDocument> {
    this.runs++;
    const name = this.runs === 1 ? 'Atlas migration report.md' : `Atlas migration report (${this.runs}).md`;
    const uri = vscode.Uri.from({ scheme: MIGRATION_REPORT_SCHEME, path: `/${name}` });
    this.contents.set(uri.toString(), content);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'markdown') {
      document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    }
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, () => undefined);
    return document;
  }

  dispose(): void {
    this.registration.dispose();
    this.contents.clear();
  }
}

function errorText(client: AtlasClient, error: unknown): string {
  return client.redact(error instanceof Error ? error.message : String(error));
}

async function legacyConnections(client: AtlasClient, projectId: string, signal: AbortSignal): Promise<ReportProject['legacy']> {
  const connections: ReportConnection[] = [];
  try {
    for (let pageNum = 1; pageNum <= MAX_PAGES; pageNum++) {
      const page = await client.listPrivateEndpointsPage(projectId, { pageNum, itemsPerPage: PAGE_SIZE }, signal);
      connections.push(...page.items.map(({ id, endpointServiceName, status, interfaceEndpoints }) => ({ id, endpointServiceName, status, interfaceEndpoints })));
      if (!page.hasMore) break;
    }
    return { kind: 'listed', connections };
  } catch (error) {
    if (error instanceof AtlasApiError && (error.status === 404 || error.status === 410)) {
      return { kind: 'gone', status: error.status };
    }
    return { kind: 'failed', message: errorText(client, error) };
  }
}

async function endpointServices(client: AtlasClient, projectId: string, signal: AbortSignal): Promise<ReportProject['services']> {
  try {
    const { items } = await client.listEndpointServices(projectId, 'AWS', signal);
    return { kind: 'listed', services: items.map(({ id, status, endpointServiceName, regionName, interfaceEndpoints }) => ({ id, status, endpointServiceName, regionName, interfaceEndpoints })) };
  } catch (error) {
    return { kind: 'failed', message: errorText(client, error) };
  }
}

function workspaceFindings({ scanner }: CommandServices): ReportFinding[] {
  return scanner
    .results()
    .filter(({ uri }) => uri.scheme === 'file' || uri.scheme === 'vscode-remote' || vscode.workspace.getWorkspaceFolder(uri) !== undefined)
    .flatMap(({ uri, findings }) =>
      findings.map((finding) => ({
        path: vscode.workspace.asRelativePath(uri),
        // The Markdown preview follows workspace-rooted paths; it does not follow `file:` links.
        target: `/${vscode.workspace.asRelativePath(uri, false).split('/').map(encodeURIComponent).join('/')}#L${finding.line + 1}`,
        line: finding.line,
        kind: finding.kind,
        message: finding.message,
      })),
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

async function offerSave(content: string): Promise<void> {
  const save = vscode.l10n.t('Save As…');
  if ((await vscode.window.showInformationMessage(vscode.l10n.t('The migration report is open.'), save)) !== save) {
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'atlas-migration-report.md') : undefined,
    filters: { Markdown: ['md'] },
  });
  if (target) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  }
}

/**
 * Builds and shows the report: for a project row, that project; otherwise every project of the active profile.
 * Works signed out (workspace half only), with an empty workspace, and when the legacy list is gone (404/410).
 */
export async function migrationReport(services: CommandServices, documents: MigrationReportDocuments, node?: TreeNode): Promise<vscode.TextDocument | undefined> {
  const content = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Atlas migration report'), cancellable: true },
    async (progress, token) => {
      const controller = new AbortController();
      const cancelled = token.onCancellationRequested(() => controller.abort());
      try {
        progress.report({ message: vscode.l10n.t('Scanning the workspace…') });
        const scan = (vscode.workspace.workspaceFolders?.length ?? 0) > 0 ? await services.scanner.run({ silent: true }) : undefined;
        if (token.isCancellationRequested) return undefined;
        const session = await services.sessions.current();
        let projects: ReportProject[] | undefined;
        if (session) {
          const entries = node?.kind === 'project' && services.tree.owns(node) ? [node.project] : (services.tree.current?.rootState().projects ?? session.profile.projects);
          progress.report({ message: vscode.l10n.t('Reading {0} project(s) from Atlas…', entries.length) });
          projects = await Promise.all(
            entries.map(async (entry) => {
              const [legacy, servicesOf] = await Promise.all([
                legacyConnections(session.client, entry.id, controller.signal),
                endpointServices(session.client, entry.id, controller.signal),
              ]);
              return { id: entry.id, name: entry.name, legacy, services: servicesOf };
            }),
          );
        }
        if (token.isCancellationRequested) return undefined;
        return buildMigrationReport({
          generatedAt: new Date().toISOString(),
          profileName: session?.profile.name,
          projects,
          findings: workspaceFindings(services),
          scanIncomplete: scan?.cancelled,
        });
      } finally {
        cancelled.dispose();
      }
    },
  );
  if (content === undefined) {
    return undefined;
  }
  const document = await documents.show(content);
  void offerSave(content);
  return document;
}
