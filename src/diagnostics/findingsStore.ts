import * as vscode from 'vscode';
import type { Finding } from '../deprecation';
import { toDiagnostic } from './diagnostic';
import { deprecationSettings, type DeprecationSettings } from './settings';

interface Entry {
  uri: vscode.Uri;
  findings: Finding[];
  /** Version of the open document the findings were computed from; undefined when they come from disk. */
  version?: number;
  /** Found by a workspace scan: kept (re-read from disk) when the document closes. */
  fromScan: boolean;
}

/**
 * The findings per file and the diagnostics shown for them. Diagnostics are always rebuilt from the stored findings,
 * so a severity or `enabled` change re-renders without rescanning.
 */
export class FindingsStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly collection: vscode.DiagnosticCollection) {}

  /** `settings` are the document's, already read by the caller. */
  setDocumentFindings(document: vscode.TextDocument, findings: Finding[], settings: DeprecationSettings): void {
    const key = document.uri.toString();
    this.entries.set(key, { uri: document.uri, findings, version: document.version, fromScan: this.entries.get(key)?.fromScan ?? false });
    this.render(key, settings);
  }

  setScanFindings(uri: vscode.Uri, findings: Finding[], version?: number): void {
    const key = uri.toString();
    this.entries.set(key, { uri, findings, version, fromScan: true });
    this.render(key);
  }

  /** Findings for the document at its current version, or undefined when they are stale or unknown. */
  currentFindings(document: vscode.TextDocument): Finding[] | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.findings : undefined;
  }

  isFromScan(uri: vscode.Uri): boolean {
    return this.entries.get(uri.toString())?.fromScan ?? false;
  }

  /** Every file with findings, as last scanned or edited. */
  allFindings(): Array<{ uri: vscode.Uri; findings: readonly Finding[] }> {
    return [...this.entries.values()].filter((entry) => entry.findings.length > 0).map(({ uri, findings }) => ({ uri, findings }));
  }

  scannedUris(): vscode.Uri[] {
    return [...this.entries.values()].filter((entry) => entry.fromScan).map((entry) => entry.uri);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.delete(key);
    this.collection.delete(uri);
  }

  renderAll(): void {
    for (const key of this.entries.keys()) {
      this.render(key);
    }
  }

  private render(key: string, settings?: DeprecationSettings): void {
    const entry = this.entries.get(key);
    if (!entry) {
      return;
    }
    const { enabled, severity } = settings ?? deprecationSettings(entry.uri);
    if (!enabled || entry.findings.length === 0) {
      this.collection.delete(entry.uri);
      return;
    }
    this.collection.set(
      entry.uri,
      entry.findings.map((finding) => toDiagnostic(finding, severity)),
    );
  }

  dispose(): void {
    this.entries.clear();
  }
}
