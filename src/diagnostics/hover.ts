import * as vscode from 'vscode';
import { REPLACEMENT_DOCS_URL, type Finding } from '../deprecation';
import { findingRange, localizedMessage } from './diagnostic';

/** Explains the deprecation under the pointer, with the replacement and a link to its documentation. */
export class DeprecationHover implements vscode.HoverProvider {
  constructor(private readonly findingsFor: (document: vscode.TextDocument) => Finding[]) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const finding = this.findingsFor(document).find((candidate) => findingRange(candidate).contains(position));
    if (!finding) {
      return undefined;
    }
    const markdown = new vscode.MarkdownString();
    markdown.appendMarkdown(`**${vscode.l10n.t('Deprecated Atlas private endpoint API')}**\n\n`);
    markdown.appendText(localizedMessage(finding));
    markdown.appendMarkdown('\n\n');
    markdown.appendText(finding.confidence === 'certain' ? vscode.l10n.t('Confidence: certain') : vscode.l10n.t('Confidence: inferred'));
    markdown.appendMarkdown('\n\n');
    markdown.appendText(
      vscode.l10n.t(
        'Atlas replaced the AWS-only private endpoint API with private endpoint services for AWS, Azure and GCP; the old API will be removed.',
      ),
    );
    if (finding.replacement !== undefined) {
      markdown.appendMarkdown(`\n\n${vscode.l10n.t('Quick fix:')}`);
      markdown.appendCodeblock(finding.replacement, document.languageId);
    } else {
      markdown.appendMarkdown(`\n\n${vscode.l10n.t('See the quick fixes (Ctrl+.) for a rewrite, where one is determined.')}`);
    }
    markdown.appendMarkdown(`\n\n[${vscode.l10n.t('Private Endpoint Services API')}](${REPLACEMENT_DOCS_URL})`);
    return new vscode.Hover(markdown, findingRange(finding));
  }
}
