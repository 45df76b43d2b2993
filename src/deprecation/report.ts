// Output formats of the command-line scanner: text, JSON lines and SARIF 2.1.0 (as GitHub code scanning reads it).
import { DEPRECATION_CODE, REPLACEMENT_DOCS_URL } from './messages';
import type { Finding } from './types';

export interface FileFinding extends Finding {
  /** Path relative to the current directory, with `/` separators. */
  file: string;
  /** The text of the span, for a fingerprint that survives lines moving. */
  text: string;
}

export function toTextLine(finding: FileFinding): string {
  return `${finding.file}:${finding.line + 1}:${finding.character + 1}: ${finding.kind}: ${finding.message}`;
}

/** `{"file","line","column","kind","confidence","message"}` with a 1-based line and column. */
export function toJsonLine(finding: FileFinding): string {
  return JSON.stringify({
    file: finding.file,
    line: finding.line + 1,
    column: finding.character + 1,
    kind: finding.kind,
    confidence: finding.confidence,
    message: finding.message,
  });
}

/** 64-bit FNV-1a as 16 hex digits: a stable, dependency-free fingerprint. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function artifactUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export interface SarifOptions {
  toolName: string;
  toolVersion: string;
  informationUri: string;
}

const RULE_DESCRIPTION =
  'The legacy Atlas Admin API family GET/POST/DELETE /groups/{GROUP-ID}/privateEndpoint[/{ID}[/interfaceEndpoints[/{ID}]]] ' +
  '(and the SDK, Terraform, Pulumi and Atlas CLI names built on it) is deprecated and will be removed. ' +
  'Use /groups/{GROUP-ID}/privateEndpoint/{CLOUD-PROVIDER}/endpointService and its endpoints instead.';

/** One SARIF 2.1.0 log with one run and one rule; findings with a rewrite carry it as a SARIF fix. */
export function toSarif(findings: readonly FileFinding[], options: SarifOptions): object {
  const occurrences = new Map<string, number>();
  const results = findings.map((finding) => {
    const identity = `${finding.file}\u0000${finding.kind}\u0000${finding.text}`;
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    const artifactLocation = { uri: artifactUri(finding.file), uriBaseId: '%SRCROOT%' };
    const region = {
      startLine: finding.line + 1,
      startColumn: finding.character + 1,
      endLine: finding.line + 1,
      endColumn: finding.character + finding.length + 1,
    };
    return {
      ruleId: DEPRECATION_CODE,
      ruleIndex: 0,
      // Inferred findings rank lower and are notes, as they are Information in the editor.
      level: finding.confidence === 'certain' ? 'warning' : 'note',
      rank: finding.confidence === 'certain' ? 90 : 50,
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: finding.text } } } }],
      partialFingerprints: { 'deprecatedPrivateEndpoint/v1': fnv1a64(`${identity}\u0000${occurrence}`) },
      properties: { kind: finding.kind, confidence: finding.confidence },
      ...(finding.replacement === undefined
        ? {}
        : {
            fixes: [
              {
                description: { text: `Replace with ${finding.replacement}` },
                artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: finding.replacement } }] }],
              },
            ],
          }),
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName,
            version: options.toolVersion,
            informationUri: options.informationUri,
            rules: [
              {
                id: DEPRECATION_CODE,
                name: 'DeprecatedAtlasPrivateEndpointApi',
                shortDescription: { text: 'Deprecated Atlas private endpoint API' },
                fullDescription: { text: RULE_DESCRIPTION },
                helpUri: REPLACEMENT_DOCS_URL,
                help: {
                  text: `${RULE_DESCRIPTION} See ${REPLACEMENT_DOCS_URL}`,
                  markdown: `${RULE_DESCRIPTION}\n\nSee [Private Endpoint Services](${REPLACEMENT_DOCS_URL}).`,
                },
                defaultConfiguration: { level: 'warning' },
                properties: { tags: ['deprecation', 'mongodb-atlas', 'maintainability'], precision: 'very-high', 'problem.severity': 'warning' },
              },
            ],
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
