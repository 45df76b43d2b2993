import * as vscode from 'vscode';
import type { Finding } from '../deprecation';
import { scanLanguageOf } from './documentLanguage';
import { isTerraformLanguage, planFixes, type FindingFix, type FixPlan, type LegacyInventory, type TextEdit } from '../deprecation/fixes';
import { findingRange, isDeprecationDiagnostic } from './diagnostic';

/** `source.fixAll.atlasPrivateEndpoints`, usable in `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('atlasPrivateEndpoints');

function wanted(context: vscode.CodeActionContext, kind: vscode.CodeActionKind): boolean {
  return !context.only || context.only.contains(kind);
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { start, end, newText } of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), newText);
  }
  return edit;
}

function titleOf(languageId: string, fix: FindingFix): string {
  if (fix.finding.kind === 'terraform' && isTerraformLanguage(languageId)) {
    return vscode.l10n.t('Migrate this file to {0} (keeps the state with import and removed blocks)', fix.title);
  }
  return vscode.l10n.t('Replace with {0}', fix.title);
}

/**
 * Quick fixes from the migration engine: one per finding with a determined rewrite (for Terraform, the whole-file
 * migration), plus "fix all" covering every kind. `inventory` gives the legacy connections already loaded in the view.
 */
export class DeprecationCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];
  private readonly plans = new WeakMap<vscode.TextDocument, { version: number; findings: Finding[]; inventory: LegacyInventory | undefined; plan: FixPlan }>();

  constructor(
    private readonly findingsFor: (document: vscode.TextDocument) => Finding[],
    private readonly inventory: () => LegacyInventory | undefined = () => undefined,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const findings = this.findingsFor(document);
    if (findings.length === 0) {
      return [];
    }
    const languageId = scanLanguageOf(document);
    const plan = this.planFor(document, findings, languageId);
    if (plan.fixes.length === 0) {
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    const ourDiagnostics = context.diagnostics.filter(isDeprecationDiagnostic);
    const diagnosticsAt = (findingAt: vscode.Range) => ourDiagnostics.filter((diagnostic) => diagnostic.range.isEqual(findingAt));
    if (wanted(context, vscode.CodeActionKind.QuickFix)) {
      const here = plan.fixes.filter((fix) => findingRange(fix.finding).intersection(range) !== undefined);
      for (const fix of here) {
        const action = new vscode.CodeAction(titleOf(languageId, fix), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, fix.edits);
        action.diagnostics = diagnosticsAt(findingRange(fix.finding));
        action.isPreferred = true;
        actions.push(action);
      }
      if (here.length > 0 && plan.fixes.length > 1) {
        actions.push(this.fixAll(document, plan.edits, vscode.CodeActionKind.QuickFix, ourDiagnostics));
      }
    }
    if (context.only && wanted(context, FIX_ALL_KIND)) {
      actions.push(this.fixAll(document, plan.edits, FIX_ALL_KIND, ourDiagnostics));
    }
    return actions;
  }

  /** The plan of the document's current version: the light bulb asks on every cursor move, the text rarely changes. */
  private planFor(document: vscode.TextDocument, findings: Finding[], languageId: string): FixPlan {
    const inventory = this.inventory();
    const cached = this.plans.get(document);
    if (cached && cached.version === document.version && cached.findings === findings && cached.inventory === inventory) {
      return cached.plan;
    }
    const plan = planFixes(document.getText(), findings, { languageId, inventory });
    this.plans.set(document, { version: document.version, findings, inventory, plan });
    return plan;
  }

  private fixAll(document: vscode.TextDocument, edits: readonly TextEdit[], kind: vscode.CodeActionKind, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all deprecated Atlas private endpoint calls in this file'), kind);
    action.edit = toWorkspaceEdit(document, edits);
    action.diagnostics = diagnostics;
    return action;
  }
}
