import * as vscode from 'vscode';
import { scanText, type Finding } from '../deprecation';
import { MIGRATION_REPORT_SCHEME, RAW_JSON_SCHEME } from '../ids';
import { scanLanguageOf } from './documentLanguage';
import type { FindingsStore } from './findingsStore';
import { deprecationSettings, isExcludedDocument, type DeprecationSettings } from './settings';

export const DEBOUNCE_MS = 300;

/** Documents that are views of something else, not code a person edits. */
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'debug', RAW_JSON_SCHEME, MIGRATION_REPORT_SCHEME, 'vscode-settings']);

/**
 * Scans every open document (any language, untitled too): at once when it opens, and ~300 ms after the last edit.
 * A newer edit cancels the pending run of that document; closing it cancels it too.
 */
export class LiveDocumentScanner implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly onScannedDocumentClosed: (uri: vscode.Uri) => void,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.scanNow(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) {
          this.schedule(event.document);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
    ];
  }

  /** Scans all open documents now (activation, settings changes). */
  scanAll(): void {
    vscode.workspace.textDocuments.forEach((document) => this.scanNow(document));
  }

  /** Findings for the document as it is now, scanning it if the stored ones are stale. */
  findingsFor(document: vscode.TextDocument): Finding[] {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) {
      return [];
    }
    const settings = deprecationSettings(document.uri);
    if (!settings.enabled || isExcludedDocument(document, settings.exclude)) {
      return [];
    }
    return this.store.currentFindings(document) ?? this.scan(document, settings);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) {
          this.scanNow(document);
        }
      }, DEBOUNCE_MS),
    );
  }

  private scanNow(document: vscode.TextDocument): void {
    this.cancel(document.uri.toString());
    if (IGNORED_SCHEMES.has(document.uri.scheme)) {
      return;
    }
    const settings = deprecationSettings(document.uri);
    if (isExcludedDocument(document, settings.exclude)) {
      this.store.forget(document.uri);
      return;
    }
    if (!settings.enabled) {
      // Kept but not shown (FindingsStore renders nothing while disabled); rescanned when re-enabled.
      return;
    }
    this.scan(document, settings);
  }

  /** Scans with the settings the caller already read (they decide how the findings render). */
  private scan(document: vscode.TextDocument, settings: DeprecationSettings): Finding[] {
    this.cancel(document.uri.toString());
    const findings = scanText(document.getText(), scanLanguageOf(document));
    this.store.setDocumentFindings(document, findings, settings);
    return findings;
  }

  private closed(document: vscode.TextDocument): void {
    // Untitled names are reused: a late close of `Untitled-1` must not touch the new `Untitled-1`.
    const key = document.uri.toString();
    if (vscode.workspace.textDocuments.some((open) => open !== document && !open.isClosed && open.uri.toString() === key)) {
      return;
    }
    this.cancel(key);
    if (this.store.isFromScan(document.uri)) {
      this.onScannedDocumentClosed(document.uri);
    } else {
      this.store.forget(document.uri);
    }
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
