// Read-only `atlas-private-endpoints:` documents holding the JSON Atlas returned (see rawJson.ts for what goes in).
import * as vscode from 'vscode';
import { RAW_JSON_SCHEME } from '../ids';
import { formatJson } from './rawJson';

export class RawJsonDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      this.changeEmitter,
      vscode.workspace.registerTextDocumentContentProvider(RAW_JSON_SCHEME, this),
      // Forget a document's text once VS Code has closed it.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === RAW_JSON_SCHEME) {
          this.contents.delete(document.uri.toString());
        }
      }),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Shows `value` pretty-printed at `path`; an already open document at that path is updated. */
  async show(path: string, value: unknown): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.from({ scheme: RAW_JSON_SCHEME, path });
    const key = uri.toString();
    const wasKnown = this.contents.has(key);
    this.contents.set(key, formatJson(value));
    if (wasKnown) {
      this.changeEmitter.fire(uri);
    }
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'json') {
      document = await vscode.languages.setTextDocumentLanguage(document, 'json');
    }
    await vscode.window.showTextDocument(document, { preview: true });
    return document;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
    this.contents.clear();
  }
}
