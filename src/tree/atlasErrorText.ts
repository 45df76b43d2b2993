// Turns a failed Atlas request into one sentence a person can act on. Pure: the wording goes through an injected
// Localizer (`vscode.l10n` in the editor, see src/messages.ts), so it runs and is tested in plain Node.

import type { Localizer } from '../localizer';

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
}

const MAX_DETAIL_LENGTH = 300;
const IP_NOT_ON_ACCESS_LIST = /^IP_ADDRESS_NOT_ON_(ACCESS_LIST|WHITELIST)$/;
const PROJECT_ACCESS_CODES = new Set(['NOT_IN_GROUP', 'USER_CANNOT_ACCESS_GROUP']);

export function isAtlasErrorLike(error: unknown): error is AtlasErrorFields {
  return error instanceof Error && typeof (error as { kind?: unknown }).kind === 'string';
}

export function isCancellation(error: unknown): boolean {
  if (isAtlasErrorLike(error)) {
    return error.kind === 'cancelled';
  }
  return error instanceof Error && error.name === 'AbortError';
}

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

  switch (effectiveKind(error)) {
    case 'ipNotAllowed': {
      const ip = accessListIp(error);
      return ip
        ? l10n.t('Atlas refused the request because your IP address {0} is not on the API access list of this key{1}. Add {0} to the key\'s access list in Atlas, then Retry.', ip, code)
        : l10n.t('Atlas refused the request because your IP address is not on the API access list of this key{0}. Add it to the key\'s access list in Atlas, then Retry.', code);
    }
    case 'projectAccess':
      return l10n.t('This key cannot see the project, or the project does not exist{0}. Check the project id and give the key a role on that project, then Retry.', code);
    case 'unauthorized':
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

/** The client's `kind`, refined by Atlas error codes that deserve their own advice. */
function effectiveKind(error: AtlasErrorFields): string {
  if (error.errorCode && IP_NOT_ON_ACCESS_LIST.test(error.errorCode)) {
    return 'ipNotAllowed';
  }
  if (error.errorCode && PROJECT_ACCESS_CODES.has(error.errorCode)) {
    return 'projectAccess';
  }
  return error.kind;
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

function looksLikeIp(text: string): boolean {
  return /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:]{2,39})$/.test(text) && /[.:]/.test(text);
}

/** " (403 IP_ADDRESS_NOT_ON_ACCESS_LIST)", " (503)" or "". */
function codeSuffix(error: AtlasErrorFields): string {
  const parts = [error.status, error.errorCode].filter((part) => part !== undefined && part !== '' && part !== 0);
  return parts.length ? ` (${parts.join(' ')})` : '';
}

function withDetail(detail: string, l10n: Localizer): string {
  return detail ? ' ' + l10n.t('Atlas says: {0}', detail) : '';
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_DETAIL_LENGTH ? `${oneLine.slice(0, MAX_DETAIL_LENGTH - 1)}…` : oneLine;
}
