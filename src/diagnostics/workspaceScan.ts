import * as vscode from 'vscode';
import { languageIdForPath, scanText, type Finding } from '../deprecation';
import { hasCandidateWord } from '../deprecation/candidates';
import { combineGlobs, enabledPatterns } from '../deprecation/globs';
import { scanLanguageOf } from './documentLanguage';
import type { FindingsStore } from './findingsStore';
import { deprecationSettings } from './settings';

const CONCURRENCY = 8;
const BINARY_SNIFF_BYTES = 8192;

export interface WorkspaceScanResult {
  filesScanned: number;
  filesWithFindings: number;
  findings: number;
  skippedBinary: number;
  skippedLarge: number;
  unreadable: number;
  cancelled: boolean;
}

type FileText = { text: string; skipped?: undefined } | { text?: undefined; skipped: 'skippedLarge' | 'skippedBinary' | 'unreadable' };

export interface WorkspaceScanOptions {
  /** Scan only this folder (a workspace folder, or any folder the file system can read). */
  folder?: vscode.Uri;
  /** Progress in the status bar and no summary pop-up (the startup scan). */
  silent?: boolean;
}

/** `files.exclude`, `search.exclude` and `deprecation.exclude` of one folder, as one glob for findFiles. */
function excludeGlob(scope: vscode.Uri): string | undefined {
  return combineGlobs([
    ...enabledPatterns(vscode.workspace.getConfiguration('files', scope).get('exclude')),
    ...enabledPatterns(vscode.workspace.getConfiguration('search', scope).get('exclude')),
    ...deprecationSettings(scope).exclude,
  ]);
}

async function listFiles(roots: readonly vscode.Uri[], token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const lists = await Promise.all(
    roots.map((root) => vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*'), excludeGlob(root) ?? null, undefined, token)),
  );
  return lists.flat();
}

function scanRoots(options: WorkspaceScanOptions): vscode.Uri[] {
  return options.folder ? [options.folder] : (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri);
}

function isUnder(uri: vscode.Uri, roots: readonly vscode.Uri[]): boolean {
  return roots.some((root) => {
    const base = root.toString().replace(/\/?$/, '/');
    return uri.toString().startsWith(base);
  });
}

/**
 * Scans the files of the workspace (or one folder) and puts the results in the Problems view. One scan at a time:
 * starting another cancels the running one.
 */
export class WorkspaceScanner implements vscode.Disposable {
  private running: vscode.CancellationTokenSource | undefined;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly store: FindingsStore,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Runs a scan; failures are logged and shown, never thrown (the result then says what was done). */
  async run(options: WorkspaceScanOptions = {}): Promise<WorkspaceScanResult | undefined> {
    try {
      return await this.runScan(options);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.error(`Deprecation scan failed: ${reason}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The scan for the deprecated Atlas private endpoint API failed: {0}', reason));
      return undefined;
    }
  }

  private async runScan(options: WorkspaceScanOptions): Promise<WorkspaceScanResult> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    try {
      const result = await vscode.window.withProgress(
        {
          location: options.silent ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification,
          title: vscode.l10n.t('Scanning for the deprecated Atlas private endpoint API'),
          cancellable: true,
        },
        (progress, token) => {
          const cancelled = token.onCancellationRequested(() => source.cancel());
          return this.scan(options, progress, source.token).finally(() => cancelled.dispose());
        },
      );
      this.report(result, options);
      return result;
    } finally {
      if (this.running === source) {
        this.running = undefined;
      }
      source.dispose();
    }
  }

  private async scan(
    options: WorkspaceScanOptions,
    progress: vscode.Progress<{ message?: string; increment?: number }>,
    token: vscode.CancellationToken,
  ): Promise<WorkspaceScanResult> {
    const result: WorkspaceScanResult = { filesScanned: 0, filesWithFindings: 0, findings: 0, skippedBinary: 0, skippedLarge: 0, unreadable: 0, cancelled: false };
    const roots = scanRoots(options);
    const files = await listFiles(roots, token);
    const visited = new Set<string>();
    const openDocuments = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    let next = 0;
    let done = 0;
    let reported = 0;
    const worker = async () => {
      while (next < files.length && !token.isCancellationRequested) {
        const uri = files[next++];
        visited.add(uri.toString());
        const count = await this.scanFile(uri, openDocuments.get(uri.toString()), result);
        if (count > 0) {
          result.filesWithFindings++;
          result.findings += count;
        }
        done++;
        if (done - reported >= 50 || done === files.length) {
          progress.report({ message: vscode.l10n.t('{0} of {1} files', done, files.length), increment: ((done - reported) / files.length) * 100 });
          reported = done;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    result.cancelled = token.isCancellationRequested;
    if (!result.cancelled) {
      // Files from an earlier scan that are gone or now excluded.
      for (const uri of this.store.scannedUris()) {
        if (isUnder(uri, roots) && !visited.has(uri.toString()) && !openDocuments.has(uri.toString())) {
          this.store.forget(uri);
        }
      }
    }
    return result;
  }

  /** Scans one file into the store; returns the number of findings. */
  private async scanFile(uri: vscode.Uri, document: vscode.TextDocument | undefined, result: WorkspaceScanResult): Promise<number> {
    if (document) {
      // The editor's text, with unsaved changes, is what the person sees.
      const findings = scanText(document.getText(), scanLanguageOf(document));
      this.store.setScanFindings(uri, findings, document.version);
      result.filesScanned++;
      return findings.length;
    }
    const file = await this.readText(uri);
    if (file.text === undefined) {
      result[file.skipped]++;
      return 0;
    }
    const findings = scanText(file.text, languageIdForPath(uri.path));
    result.filesScanned++;
    if (findings.length > 0 || this.store.isFromScan(uri)) {
      this.store.setScanFindings(uri, findings);
    }
    return findings.length;
  }

  /** The file's text, or why it was skipped. */
  private async readText(uri: vscode.Uri): Promise<FileText> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > deprecationSettings(uri).maxFileSizeKB * 1024) {
        return { skipped: 'skippedLarge' };
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
        return { skipped: 'skippedBinary' };
      }
      // Without a candidate word scanText finds nothing: skip decoding (src/deprecation/candidates.ts).
      return { text: hasCandidateWord(bytes) ? this.decoder.decode(bytes) : '' };
    } catch (error) {
      this.log.warn(`Deprecation scan could not read ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
      return { skipped: 'unreadable' };
    }
  }

  /** The findings per file the scans and open documents know now (the migration report lists them). */
  results(): Array<{ uri: vscode.Uri; findings: readonly Finding[] }> {
    return this.store.allFindings();
  }

  /** A scanned file was closed in the editor: show what is on disk again. */
  async rescanFromDisk(uri: vscode.Uri): Promise<void> {
    const file = await this.readText(uri);
    if (file.text === undefined) {
      this.store.forget(uri);
    } else if (!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) {
      this.store.setScanFindings(uri, scanText(file.text, languageIdForPath(uri.path)));
    }
  }

  /** After an exclude setting changed: drops scan results for files the scan would no longer visit. */
  async dropExcludedResults(): Promise<void> {
    const scanned = this.store.scannedUris();
    if (scanned.length === 0) {
      return;
    }
    const roots = [...new Set(scanned.map((uri) => vscode.workspace.getWorkspaceFolder(uri)?.uri).filter((root): root is vscode.Uri => root !== undefined))];
    const source = new vscode.CancellationTokenSource();
    try {
      const allowed = new Set((await listFiles(roots, source.token)).map((uri) => uri.toString()));
      for (const uri of scanned) {
        if (isUnder(uri, roots) && !allowed.has(uri.toString())) {
          this.store.forget(uri);
        }
      }
    } finally {
      source.dispose();
    }
  }

  private report(result: WorkspaceScanResult, options: WorkspaceScanOptions): void {
    this.log.info(
      `Deprecation scan${result.cancelled ? ' (cancelled)' : ''}: ${result.findings} finding(s) in ${result.filesWithFindings} of ` +
        `${result.filesScanned} file(s); skipped ${result.skippedBinary} binary, ${result.skippedLarge} too large, ${result.unreadable} unreadable.`,
    );
    if (options.silent) {
      return;
    }
    const message = result.cancelled
      ? vscode.l10n.t('Scan cancelled after {0} files: {1} uses of the deprecated Atlas private endpoint API found so far.', result.filesScanned, result.findings)
      : result.findings === 0
        ? vscode.l10n.t('No use of the deprecated Atlas private endpoint API in {0} files.', result.filesScanned)
        : vscode.l10n.t('Found {0} uses of the deprecated Atlas private endpoint API in {1} of {2} files.', result.findings, result.filesWithFindings, result.filesScanned);
    if (result.findings === 0) {
      void vscode.window.showInformationMessage(message);
      return;
    }
    const showProblems = vscode.l10n.t('Show Problems');
    void vscode.window.showInformationMessage(message, showProblems).then((choice) => {
      if (choice === showProblems) {
        void vscode.commands.executeCommand('workbench.actions.view.problems');
      }
    });
  }

  dispose(): void {
    this.running?.cancel();
  }
}
