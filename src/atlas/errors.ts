// The one error type the client throws. `kind` is what the UI maps to a message; the English `message`
// is a complete, actionable fallback. Messages never carry keys, tokens or Authorization headers.
// How an Atlas answer becomes a kind, and how each kind is worded, lives in errorVocabulary.ts.

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
  /** Set when the service account's token endpoint refused the credentials (not an API key). */
  credential?: 'serviceAccount';
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
  readonly credential: 'serviceAccount' | undefined;

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
    this.credential = init.credential;
  }
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

export function invalidResponse(message: string, status?: number, cause?: unknown): AtlasApiError {
  return new AtlasApiError({ kind: 'invalidResponse', message: `Atlas sent a response this extension cannot read: ${message}`, status, cause });
}

export function badRequest(message: string): AtlasApiError {
  return new AtlasApiError({ kind: 'badRequest', message });
}

export function cancelled(): AtlasApiError {
  return new AtlasApiError({ kind: 'cancelled', message: 'The request to Atlas was cancelled.' });
}
