// The language the scanner reads an open document as. The live scan, the workspace scan and the quick fixes all use
// it, so that they read a file alike.
import type * as vscode from 'vscode';
import { languageIdForPath } from '../deprecation';

/** The document's language, or the one its file name implies when no extension gives it one (`.tf`, `.http`). */
export function scanLanguageOf(document: Pick<vscode.TextDocument, 'languageId' | 'fileName'>): string {
  return document.languageId === 'plaintext' ? (languageIdForPath(document.fileName) ?? 'plaintext') : document.languageId;
}
