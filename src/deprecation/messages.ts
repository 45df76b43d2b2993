import type { FindingKind, Inference } from './types';

/** Where the replacement API is documented; the diagnostic code and the SARIF rule link here. */
export const REPLACEMENT_DOCS_URL = 'https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Private-Endpoint-Services';

/** Diagnostic code and SARIF rule id. */
export const DEPRECATION_CODE = 'deprecated-private-endpoint';

const REST_TEMPLATE = '{0} is deprecated in the Atlas Admin API. Use {1} instead.';

// English templates with {0} = what is deprecated and {1} = its replacement. The editor passes the same strings to
// vscode.l10n.t, so a translation bundle keyed on them localizes the diagnostics.
const TEMPLATES: Record<FindingKind, string> = {
  list: REST_TEMPLATE,
  get: REST_TEMPLATE,
  create: REST_TEMPLATE,
  delete: REST_TEMPLATE,
  interfaceEndpoints: REST_TEMPLATE,
  sdk: '{0} calls the deprecated Atlas private endpoint API. Use {1} instead.',
  terraform: '{0} is deprecated and no longer exists in current MongoDB Atlas Terraform and Pulumi providers. Use {1} instead.',
  cli: '`{0}` calls the deprecated Atlas private endpoint API. Use `{1}` instead.',
};

export function messageTemplate(kind: FindingKind): string {
  return TEMPLATES[kind];
}

export function formatMessage(kind: FindingKind, args: readonly string[]): string {
  return fill(TEMPLATES[kind], args);
}

/** The sentence added to an inferred finding's message: `{0}` is the inference. */
export const INFERRED_TEMPLATE = 'Inferred: {0}.';

/** Why a finding was inferred, as English templates (arguments in `{n}`). */
export const INFERENCES = {
  binding: 'the path is built from `{0}`, which is {1}',
  segments: 'the path is joined from segments ({0})',
  relative: 'the path {0} is relative to a client whose base is assumed to be /api/atlas/v1.0/groups/{GROUP-ID}',
  escaped: 'the path is read from a pattern or an encoded URL ({0})',
  interfaceOnly: '/interfaceEndpoints exists only in the deprecated API ({0})',
  wrapped: 'the path continues on the next line ({0})',
} as const;

function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (_match, index: string) => args[Number(index)] ?? '');
}

/** The inference as English text. */
export function formatInference(inference: Inference): string {
  return fill(INFERRED_TEMPLATE, [fill(inference.template, inference.args)]);
}
