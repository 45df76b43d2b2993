// One vocabulary for Atlas errors: how an answer is classified (its kind, and the Atlas error codes that deserve their
// own advice), the English message the client puts on the error, and the sentence a person reads. Pure: the sentences
// go through an injected Localizer (callers in the editor pass `vscode.l10n`), so all of it runs in plain Node.
import type { Localizer } from '../localizer';
import { outsideText } from '../outsideText';
import { AtlasApiError, type AtlasErrorKind, type ErrorBodyFields } from './errors';

/** The fields of `AtlasApiError` this module reads. Duck-typed so that it also works across bundle copies. */
export interface AtlasErrorFields {
  kind: string;
  message: string;
  status?: number;
  errorCode?: string;
  detail?: string;
  parameters?: unknown[];
  retryAfterSeconds?: number;
  /** The caller's IP that Atlas reported for `ipNotAllowed`. */
  ipAddress?: string;
  /** 'serviceAccount' when a service account's token request was refused. */
  credential?: 'serviceAccount';
}

// ---- predicates -------------------------------------------------------------------------------------------------

const IP_NOT_ON_ACCESS_LIST = /^IP_ADDRESS_NOT_ON_(ACCESS_LIST|WHITELIST)$/;
/** The key cannot see the project (Atlas answers 401 for these, not 404). */
const PROJECT_ACCESS_CODES = new Set(['NOT_IN_GROUP', 'USER_CANNOT_ACCESS_GROUP']);
/** A 404 about the project itself, not about the endpoint asked for. */
const PROJECT_MISSING_CODES = new Set(['GROUP_NOT_FOUND', 'INVALID_GROUP_ID']);

export function isAtlasErrorLike(error: unknown): error is AtlasErrorFields {
  return error instanceof Error && typeof (error as { kind?: unknown }).kind === 'string';
}

/** `IP_ADDRESS_NOT_ON_ACCESS_LIST` (and its older name): the caller's IP is not on the key's API access list. */
export function isIpAccessListCode(errorCode: string | undefined): boolean {
  return errorCode !== undefined && IP_NOT_ON_ACCESS_LIST.test(errorCode);
}

export function isProjectAccessCode(errorCode: string | undefined): boolean {
  return errorCode !== undefined && PROJECT_ACCESS_CODES.has(errorCode);
}

/** The project is unknown, or the key cannot see it: for a person adding a project, both mean the same. */
export function isProjectNotVisible(error: unknown): error is AtlasErrorFields {
  return isAtlasErrorLike(error) && (error.kind === 'notFound' || isProjectAccessCode(error.errorCode));
}

/** The deprecated list is gone for this project (404 that is not about the project itself, or 410): show endpoint services instead. */
export function isLegacyEndpointGone(error: unknown): boolean {
  if (!(error instanceof AtlasApiError)) return false;
  if (error.kind === 'gone') return true;
  return error.kind === 'notFound' && !PROJECT_MISSING_CODES.has(error.errorCode ?? '');
}

export function isCancellation(error: unknown): boolean {
  if (isAtlasErrorLike(error)) {
    return error.kind === 'cancelled';
  }
  return error instanceof Error && error.name === 'AbortError';
}

// ---- an HTTP answer becomes an AtlasApiError --------------------------------------------------------------------

/** The kinds an HTTP status can have. */
export type HttpErrorKind = Extract<
  AtlasErrorKind,
  'unauthorized' | 'ipNotAllowed' | 'forbidden' | 'notFound' | 'gone' | 'rateLimited' | 'serverError' | 'unavailable' | 'badRequest' | 'invalidResponse'
>;

export function kindForStatus(status: number, errorCode: string | undefined): HttpErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return isIpAccessListCode(errorCode) ? 'ipNotAllowed' : 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 410) return 'gone';
  if (status === 429) return 'rateLimited';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'serverError';
  if (status >= 400) return 'badRequest';
  return 'invalidResponse';
}

export interface HttpErrorInput {
  status: number;
  fields?: ErrorBodyFields;
  retryAfterSeconds?: number;
  /** For bodies that are not an Atlas error (an HTML proxy page): what we got instead. */
  contentType?: string;
  redact: (text: string) => string;
}

/** Turns a non-2xx answer into an AtlasApiError whose English message a person can act on (logs, the command line). */
export function errorFromHttp(input: HttpErrorInput): AtlasApiError {
  const { status, fields, redact } = input;
  // Every string of the body is outside text: redacted, on one line, clipped, no link syntax (outsideText.ts).
  const clean = (text: string, maxLength?: number) => outsideText(text, { redact, maxLength });
  const errorCode = fields?.errorCode === undefined ? undefined : clean(fields.errorCode, MAX_ERROR_CODE_LENGTH) || undefined;
  const detail = fields?.detail === undefined ? undefined : clean(fields.detail);
  const reason = fields?.reason === undefined ? undefined : clean(fields.reason, MAX_ERROR_CODE_LENGTH);
  const parameters = (fields?.parameters ?? []).map((value) => (typeof value === 'string' ? clean(value) : value));
  const kind = kindForStatus(status, errorCode);
  const ipAddress = kind === 'ipNotAllowed' && typeof parameters[0] === 'string' ? parameters[0] : undefined;
  const shownCode = telling(errorCode, status);
  const code = shownCode === undefined ? `HTTP ${status}` : `HTTP ${status} ${shownCode}`;
  const said = detail === undefined ? '' : ` Atlas said: "${clip(detail)}"`;
  const notAtlas = fields === undefined ? ` The response was not an Atlas error body${input.contentType ? ` (${clip(input.contentType)})` : ''}; a proxy or gateway may be in the way.` : '';
  const wait = input.retryAfterSeconds === undefined ? '' : ` Try again in ${input.retryAfterSeconds} s.`;
  const messages: Record<HttpErrorKind, string> = {
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
  };
  return new AtlasApiError({
    kind,
    message: messages[kind],
    status,
    errorCode,
    detail,
    reason,
    parameters,
    retryAfterSeconds: input.retryAfterSeconds,
    ipAddress,
  });
}

// ---- what a person reads ----------------------------------------------------------------------------------------

/** One sentence a person can act on for any failed Atlas request. */
export function explainAtlasError(error: unknown, l10n: Localizer): string {
  if (!isAtlasErrorLike(error)) {
    if (isCancellation(error)) {
      return l10n.t('The request was cancelled.');
    }
    const text = error instanceof Error ? error.message : String(error);
    return l10n.t('The Atlas request failed: {0}', clip(text));
  }
  const code = codeSuffix(error);
  const detail = error.detail ? clip(error.detail) : '';

  switch (adviceFor(error)) {
    case 'ipNotAllowed': {
      const ip = accessListIp(error);
      return ip
        ? l10n.t('Atlas refused the request because your IP address {0} is not on the API access list of this key{1}. Add {0} to the key\'s access list in Atlas, then Retry.', ip, code)
        : l10n.t('Atlas refused the request because your IP address is not on the API access list of this key{0}. Add it to the key\'s access list in Atlas, then Retry.', code);
    }
    case 'projectAccess':
      return l10n.t('This key cannot see the project, or the project does not exist{0}. Check the project id and give the key a role on that project, then Retry.', code);
    case 'unauthorized':
      if (error.credential === 'serviceAccount') {
        return l10n.t('Atlas did not accept the service account{0}. Check the client id and secret (or sign in again); an expired or revoked secret also gives this.', code);
      }
      return l10n.t('Atlas did not accept the API key{0}. Check the public and private key (or sign in again); a revoked or deleted key also gives this.', code);
    case 'forbidden':
      return l10n.t('The key is missing a role for this request{0}. Give it at least Project Read Only on the project, then Retry.', code) + withDetail(detail, l10n);
    case 'notFound':
      return l10n.t('Atlas could not find the project or resource{0}. Check the project id.', code) + withDetail(detail, l10n);
    case 'gone':
      return l10n.t('Atlas no longer serves this endpoint{0}. Set "atlasPrivateEndpoints.api" to "endpointService" (or "auto") to use the replacement API.', code);
    case 'rateLimited':
      return error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0
        ? l10n.t('Atlas is rate limiting this key{0}. Retry in {1} seconds.', code, Math.ceil(error.retryAfterSeconds))
        : l10n.t('Atlas is rate limiting this key{0}. Wait a minute, then Retry.', code);
    case 'serverError':
      return l10n.t('Atlas had an internal error{0} and retrying did not help. Retry in a few minutes; if it persists, check the Atlas status page.', code);
    case 'unavailable':
      return error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0
        ? l10n.t('Atlas is temporarily unavailable{0}. Retry in {1} seconds.', code, Math.ceil(error.retryAfterSeconds))
        : l10n.t('Atlas is temporarily unavailable{0}. Retry in a few minutes; if it persists, check the Atlas status page.', code);
    case 'network':
      // The client's message already names the host and the cause ("Could not reach Atlas at … (ECONNREFUSED). Check …").
      return error.message.startsWith('Could not reach Atlas')
        ? l10n.t('{0} Then Retry.', clip(error.message))
        : l10n.t('Could not reach Atlas: {0}. Check your network connection, proxy and the profile\'s base URL, then Retry.', clip(error.message));
    case 'timeout':
      return l10n.t('Atlas did not answer in time. Retry, or raise "atlasPrivateEndpoints.requestTimeoutSeconds".');
    case 'invalidResponse':
      return l10n.t('Atlas sent a response the extension cannot read{0}. A proxy or captive portal may be answering instead of Atlas; check the base URL, then Retry.', code);
    case 'responseTooLarge':
      return l10n.t('Atlas sent a response larger than the extension accepts. Lower "atlasPrivateEndpoints.pageSize", then Retry.');
    case 'redirectRefused':
      return l10n.t('Atlas answered with a redirect to another address, which the extension does not follow with your key. Check the profile\'s base URL.');
    case 'unsupportedAuth':
      return l10n.t('The server asked for an authentication method the extension does not support ({0}). Check the profile\'s base URL; Atlas uses digest with MD5 or SHA-256.', clip(error.message));
    case 'badRequest':
      return l10n.t('Atlas refused the request as invalid{0}. Check the project id and settings.', code) + withDetail(detail, l10n);
    case 'invalidBaseUrl':
      return l10n.t('{0} Use https (http only for a local emulator on this machine).', clip(error.message));
    case 'cancelled':
      return l10n.t('The request was cancelled.');
    default:
      return l10n.t('The Atlas request failed{0}: {1}', code, detail || clip(error.message));
  }
}

/** Why checking new credentials failed; says that nothing was saved. */
export function explainSignInFailure(error: unknown, credential: 'apiKey' | 'serviceAccount', l10n: Localizer): string {
  if (isAtlasErrorLike(error) && error.kind === 'cancelled') return l10n.t('Sign-in cancelled. Nothing was saved.');
  return `${explainCredentialCheckFailure(error, credential, l10n)} ${l10n.t('Nothing was saved.')}`;
}

/** Why Atlas did not accept new credentials (a sign-in, an imported profile), naming the kind of credential. */
export function explainCredentialCheckFailure(error: unknown, credential: 'apiKey' | 'serviceAccount', l10n: Localizer): string {
  if (isAtlasErrorLike(error) && error.kind === 'unauthorized') {
    return credential === 'serviceAccount' || error.credential === 'serviceAccount'
      ? l10n.t('Atlas did not accept the service account ({0}). Check the client id and secret, and that the secret has not expired or been revoked.', error.status ?? 401)
      : l10n.t('Atlas did not accept the API key ({0}). Check the public and private key, and that the key has not been deleted.', error.status ?? 401);
  }
  return explainAtlasError(error, l10n);
}

/** Why looking up a project to add it failed (`GET /groups/{id}`). */
export function explainProjectLookupFailure(error: unknown, projectId: string, profileName: string, l10n: Localizer): string {
  if (isProjectNotVisible(error)) {
    return l10n.t(
      'Project {0} was not found, or the key of profile "{1}" has no access to it ({2}). Check the id, or give the key a role on the project.',
      projectId,
      profileName,
      statusAndCode(error),
    );
  }
  return explainAtlasError(error, l10n);
}

/** The IP Atlas reports: the first parameter, or the address named in `detail`. */
export function accessListIp(error: AtlasErrorFields): string | undefined {
  if (error.ipAddress && looksLikeIp(error.ipAddress)) {
    return error.ipAddress;
  }
  const first = error.parameters?.[0];
  if (typeof first === 'string' && looksLikeIp(first)) {
    return first;
  }
  const named = /IP address ([0-9A-Fa-f.:]+)/.exec(error.detail ?? '')?.[1];
  return named && looksLikeIp(named) ? named : undefined;
}

/** The client's `kind`, refined by Atlas error codes that deserve their own advice. */
function adviceFor(error: AtlasErrorFields): string {
  if (isIpAccessListCode(error.errorCode)) {
    return 'ipNotAllowed';
  }
  if (isProjectAccessCode(error.errorCode)) {
    return 'projectAccess';
  }
  return error.kind;
}

function looksLikeIp(text: string): boolean {
  return /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:]{2,39})$/.test(text) && /[.:]/.test(text);
}

// ---- text -------------------------------------------------------------------------------------------------------

/** Atlas error codes are short upper-case words; anything longer is not one. */
const MAX_ERROR_CODE_LENGTH = 100;

/**
 * The code as a person reads it. Real Atlas answers a wrong key with 401 `UNEXPECTED_ERROR` (recordings before Aug 2026
 * have no errorCode at all): "unexpected error" would mislead, so both forms read "(401)". The error keeps the code.
 */
function telling(errorCode: string | undefined, status: number | undefined): string | undefined {
  return status === 401 && errorCode === 'UNEXPECTED_ERROR' ? undefined : errorCode;
}

/** Text from outside on one line, at most 300 characters, no link syntax (see outsideText.ts). */
export function clip(text: string): string {
  return outsideText(text);
}

/** "403 IP_ADDRESS_NOT_ON_ACCESS_LIST", "503" or "". */
function statusAndCode(error: AtlasErrorFields): string {
  const code = telling(error.errorCode, error.status);
  const errorCode = code === undefined ? undefined : outsideText(code, { maxLength: MAX_ERROR_CODE_LENGTH });
  return [error.status, errorCode].filter((part) => part !== undefined && part !== '' && part !== 0).join(' ');
}

/** " (403 IP_ADDRESS_NOT_ON_ACCESS_LIST)", " (503)" or "". */
function codeSuffix(error: AtlasErrorFields): string {
  const parts = statusAndCode(error);
  return parts ? ` (${parts})` : '';
}

function withDetail(detail: string, l10n: Localizer): string {
  return detail ? ' ' + l10n.t('Atlas says: {0}', detail) : '';
}
