// Atlas: Scan Workspace for Deprecated Private Endpoint API
import * as vscode from 'vscode';
import type { WorkspaceScanner, WorkspaceScanResult } from '../diagnostics/workspaceScan';
import { outsideText } from '../outsideText';

/**
 * Every workspace folder, or only `folder` when it is a Uri inside the workspace. A `command:` link may pass any Uri
 * (`/`, a home directory): anything outside the workspace folders is refused with a message, and nothing is read.
 */
export async function scanWorkspace(scanner: WorkspaceScanner, folder?: unknown): Promise<WorkspaceScanResult | undefined> {
  if (folder === undefined || folder === null) return scanner.run({});
  if (!(folder instanceof vscode.Uri) || !isInsideWorkspace(folder)) {
    const shown = folder instanceof vscode.Uri ? folder.toString(true) : typeof folder;
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Scan Workspace scans only the folders of this workspace; {0} is not one of them, so nothing was scanned.', outsideText(shown, { maxLength: 120 })),
    );
    return undefined;
  }
  return scanner.run({ folder });
}

function isInsideWorkspace(uri: vscode.Uri): boolean {
  // `..` would let a path under a workspace folder name a folder above it.
  if (uri.path.split('/').some((segment) => segment === '..' || segment === '.')) return false;
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}
