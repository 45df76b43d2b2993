import { LEGACY_ANCHOR, matchLegacyPath } from './legacyPath';
import { formatMessage } from './messages';
import { matchCliCommand, matchPulumiResource, matchSdkIdentifier, matchTerraformResource } from './nameRules';
import type { RuleMatch } from './ruleMatch';
import type { Finding } from './types';

// One pass over the text with a regex made only of literal alternatives (no quantified groups), so it cannot
// backtrack; every rule then looks at a bounded window around its anchor. Together: linear in the text length.
const ANCHORS_SOURCE = [
  '(?:Private|Interface)Endpoint(?:s|sService|sServiceOp|Connection)?Deprecated',
  LEGACY_ANCHOR.replace('/', '\\/'),
  'privateEndpoint',
  'privateendpoint',
  'private-endpoint',
  'PrivateEndpoint',
  'mongodbatlas_private_endpoint',
].join('|');

function matchAnchor(text: string, anchor: number, matched: string, languageId: string | undefined): RuleMatch | undefined {
  if (matched.endsWith('Deprecated')) {
    return matchSdkIdentifier(text, anchor, anchor + matched.length);
  }
  switch (matched) {
    case LEGACY_ANCHOR:
      return matchLegacyPath(text, anchor, languageId);
    case 'PrivateEndpoint':
      return matchPulumiResource(text, anchor);
    case 'mongodbatlas_private_endpoint':
      return matchTerraformResource(text, anchor);
    default:
      return matchCliCommand(text, anchor);
  }
}

function newlineFrom(text: string, from: number): number {
  const index = text.indexOf('\n', from);
  return index < 0 ? Infinity : index;
}

/** Rule matches in text order, without overlaps. */
function scanMatches(text: string, languageId?: string): RuleMatch[] {
  const anchors = new RegExp(ANCHORS_SOURCE, 'g');
  const matches: RuleMatch[] = [];
  let lastEnd = 0;
  for (let found = anchors.exec(text); found; found = anchors.exec(text)) {
    const match = matchAnchor(text, found.index, found[0], languageId);
    if (match && match.start >= lastEnd) {
      matches.push(match);
      lastEnd = match.end;
      anchors.lastIndex = Math.max(anchors.lastIndex, match.end);
    }
  }
  return matches;
}

/**
 * Every use of the deprecated Atlas private endpoint API in `text`: legacy REST paths (with a rewrite), the old Go
 * client's deprecated service, Terraform/Pulumi resources and Atlas CLI commands. `languageId` is the VS Code
 * language of the text when known; it only refines rules that depend on the language (Go base-path constants).
 */
export function scanText(text: string, languageId?: string): Finding[] {
  const findings: Finding[] = [];
  let line = 0;
  let lineStart = 0;
  // Each indexOf starts after the newline found before, so counting lines reads the text once in total.
  let nextNewline = newlineFrom(text, 0);
  for (const match of scanMatches(text, languageId)) {
    while (nextNewline < match.start) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = newlineFrom(text, lineStart);
    }
    const messageArgs: [string, string] = [match.subject, match.suggestion];
    const finding: Finding = {
      line,
      character: match.start - lineStart,
      length: match.end - match.start,
      kind: match.kind,
      message: formatMessage(match.kind, messageArgs),
      messageArgs,
    };
    if (match.replacement !== undefined) {
      finding.replacement = match.replacement;
    }
    findings.push(finding);
  }
  return findings;
}
