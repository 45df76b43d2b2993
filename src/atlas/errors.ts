// The one error type the client throws. `kind` is what the UI maps to a message; the English `message`
// is a complete, actionable fallback. Messages never carry keys, tokens or Authorization headers.

export type AtlasErrorKind =
  | 'unauthorized'
  | 'ipNotAllowed'
  | 'forbidden'
  | 'notFound'
  | 'gone'
  | 'rateLimited'
  | 'serverError'
  | 'unavailable'
  | 'network'
  | 'timeout'
  | 'invalidResponse'
  | 'responseTooLarge'
  | 'badRequest'
  | 'invalidBaseUrl'
  | 'unsupportedAuth'
  | 'redirectRefused'
  | 'cancelled';

export interface AtlasApiErrorInit {
  kind: AtlasErrorKind;
  message: string;
  /** HTTP status when Atlas (or a proxy) answered; undefined for network, timeout, validation errors. */
  status?: number;
  errorCode?: string;
  detail?: string;
  reason?: string;
  parameters?: unknown[];
  retryAfterSeconds?: number;
  ipAddress?: string;
  cause?: unknown;
}

export class AtlasApiError extends Error {
  override readonly name = 'AtlasApiError';
  readonly kind: AtlasErrorKind;
  readonly status: number | undefined;
  readonly errorCode: string | undefined;
  readonly detail: string | undefined;
  readonly reason: string | undefined;
  readonly parameters: unknown[];
  /** Seconds Atlas asked us to wait (Retry-After), when it sent one. */
  readonly retryAfterSeconds: number | undefined;
  /** The caller's IP Atlas reported for `ipNotAllowed`. */
  readonly ipAddress: string | undefined;

  constructor(init: AtlasApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.detail = init.detail;
    this.reason = init.reason;
    this.parameters = init.parameters ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.ipAddress = init.ipAddress;
  }
}

/** The deprecated list is gone for this project (404 that is not about the project itself, or 410): show endpoint services instead. */
export function isLegacyEndpointGone(error: unknown): boolean {
  if (!(error instanceof AtlasApiError)) return false;
  if (error.kind === 'gone') return true;
  return error.kind === 'notFound' && error.errorCode !== 'GROUP_NOT_FOUND' && error.errorCode !== 'INVALID_GROUP_ID';
}

export function kindForStatus(status: number, errorCode: string | undefined): AtlasErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) {
    return errorCode === 'IP_ADDRESS_NOT_ON_ACCESS_LIST' || errorCode === 'IP_ADDRESS_NOT_ON_WHITELIST' ? 'ipNotAllowed' : 'forbidden';
  }
  if (status === 404) return 'notFound';
  if (status === 410) return 'gone';
  if (status === 429) return 'rateLimited';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'serverError';
  if (status >= 400) return 'badRequest';
  return 'invalidResponse';
}

export interface ErrorBodyFields {
  errorCode?: string;
  detail?: string;
  reason?: string;
  parameters?: unknown[];
}

/** Fields of an Atlas ApiError body (`{error, errorCode, detail, reason, parameters}`), or undefined when the value is not one. */
export function readErrorBody(body: unknown): ErrorBodyFields | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const errorCode = typeof record.errorCode === 'string' ? record.errorCode : undefined;
  const detail = typeof record.detail === 'string' ? record.detail : undefined;
  if (errorCode === undefined && detail === undefined) return undefined;
  return {
    errorCode,
    detail,
    reason: typeof record.reason === 'string' ? record.reason : undefined,
    parameters: Array.isArray(record.parameters) ? record.parameters : undefined,
  };
}

const MAX_DETAIL_CHARS = 300;

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_DETAIL_CHARS ? `${oneLine.slice(0, MAX_DETAIL_CHARS)}…` : oneLine;
}

export interface HttpErrorInput {
  status: number;
  fields?: ErrorBodyFields;
  retryAfterSeconds?: number;
  /** For bodies that are not an Atlas error (an HTML proxy page): what we got instead. */
  contentType?: string;
  redact: (text: string) => string;
}

/** Turns a non-2xx answer into an AtlasApiError with a message a person can act on. */
export function errorFromHttp(input: HttpErrorInput): AtlasApiError {
  const { status, fields, redact } = input;
  const errorCode = fields?.errorCode;
  const detail = fields?.detail === undefined ? undefined : redact(fields.detail);
  const parameters = (fields?.parameters ?? []).map((value) => (typeof value === 'string' ? redact(value) : value));
  const kind = kindForStatus(status, errorCode);
  const ipAddress = kind === 'ipNotAllowed' && typeof parameters[0] === 'string' ? parameters[0] : undefined;
  const code = errorCode === undefined ? `HTTP ${status}` : `HTTP ${status} ${errorCode}`;
  const said = detail === undefined ? '' : ` Atlas said: "${clip(detail)}"`;
  const notAtlas = fields === undefined ? ` The response was not an Atlas error body${input.contentType ? ` (${clip(input.contentType)})` : ''}; a proxy or gateway may be in the way.` : '';
  const wait = input.retryAfterSeconds === undefined ? '' : ` Try again in ${input.retryAfterSeconds} s.`;
  const messages: Record<AtlasErrorKind, string> = {
    unauthorized: `Atlas rejected the credentials (${code}). Check the public and private API key (or the service account's client id and secret), and that it has not been revoked.${said}`,
    ipNotAllowed: `Atlas refused the request because this machine's IP address${ipAddress ? ` ${ipAddress}` : ''} is not on the API access list of the key (${code}). Add it to the key's API access list in Atlas.${said}`,
    forbidden: `Atlas denied access (${code}). The key needs at least the Project Read Only role on this project.${said}`,
    notFound: `Atlas could not find it (${code}). Check the project id and that the key belongs to this project's organization.${said}`,
    gone: `Atlas no longer serves this endpoint (${code}). Use the endpoint service API instead.${said}`,
    rateLimited: `Atlas rate-limited the request (${code}).${wait || ' Wait a minute and try again.'}${said}`,
    serverError: `Atlas returned a server error (${code}). Try again later.${notAtlas}${said}`,
    unavailable: `Atlas is unavailable (${code}).${wait || ' Try again later.'}${notAtlas}${said}`,
    badRequest: `Atlas refused the request (${code}).${notAtlas}${said}`,
    invalidResponse: `Atlas answered with an unexpected status (${code}).${notAtlas}`,
    network: '',
    timeout: '',
    responseTooLarge: '',
    invalidBaseUrl: '',
    unsupportedAuth: '',
    redirectRefused: '',
    cancelled: '',
  };
  return new AtlasApiError({
    kind,
    message: messages[kind],
    status,
    errorCode,
    detail,
    reason: fields?.reason,
    parameters,
    retryAfterSeconds: input.retryAfterSeconds,
    ipAddress,
  });
}

export function invalidResponse(message: string, status?: number, cause?: unknown): AtlasApiError {
  return new AtlasApiError({ kind: 'invalidResponse', message: `Atlas sent a response this extension cannot read: ${message}`, status, cause });
}

export function badRequest(message: string): AtlasApiError {
  return new AtlasApiError({ kind: 'badRequest', message });
}

export function cancelled(): AtlasApiError {
  return new AtlasApiError({ kind: 'cancelled', message: 'The request to Atlas was cancelled.' });
}
