import * as vscode from 'vscode';
import type { Finding } from '../deprecation';
import { findingRange, isDeprecationDiagnostic } from './diagnostic';

/** `source.fixAll.atlasPrivateEndpoints`, usable in `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('atlasPrivateEndpoints');

type Fixable = Finding & { replacement: string };

function wanted(context: vscode.CodeActionContext, kind: vscode.CodeActionKind): boolean {
  return !context.only || context.only.contains(kind);
}

/** Quick fixes that apply the scanner's rewrites: one per finding, plus "fix all" when a file has several. */
export class DeprecationCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly findingsFor: (document: vscode.TextDocument) => Finding[]) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fixable = this.findingsFor(document).filter((finding): finding is Fixable => finding.replacement !== undefined);
    if (fixable.length === 0) {
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    const ourDiagnostics = context.diagnostics.filter(isDeprecationDiagnostic);
    const diagnosticsAt = (findingAt: vscode.Range) => ourDiagnostics.filter((diagnostic) => diagnostic.range.isEqual(findingAt));
    if (wanted(context, vscode.CodeActionKind.QuickFix)) {
      const here = fixable.filter((finding) => findingRange(finding).intersection(range) !== undefined);
      for (const finding of here) {
        const at = findingRange(finding);
        const action = new vscode.CodeAction(vscode.l10n.t('Replace with {0}', finding.replacement), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, at, finding.replacement);
        action.diagnostics = diagnosticsAt(at);
        action.isPreferred = true;
        actions.push(action);
      }
      if (here.length > 0 && fixable.length > 1) {
        actions.push(this.fixAll(document, fixable, vscode.CodeActionKind.QuickFix, ourDiagnostics));
      }
    }
    if (context.only && wanted(context, FIX_ALL_KIND)) {
      actions.push(this.fixAll(document, fixable, FIX_ALL_KIND, ourDiagnostics));
    }
    return actions;
  }

  private fixAll(document: vscode.TextDocument, fixable: Fixable[], kind: vscode.CodeActionKind, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all deprecated Atlas private endpoint calls in this file'), kind);
    action.edit = new vscode.WorkspaceEdit();
    for (const finding of fixable) {
      action.edit.replace(document.uri, findingRange(finding), finding.replacement);
    }
    action.diagnostics = diagnostics;
    return action;
  }
}
