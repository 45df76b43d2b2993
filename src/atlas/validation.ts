// Checks on what users type (base URL, project id, page size), shared by the client and the UI.
import { AtlasApiError, badRequest } from './errors';

export const DEFAULT_BASE_URL = 'https://cloud.mongodb.com';
export const GOV_BASE_URL = 'https://cloud.mongodbgov.com';
export const MAX_ITEMS_PER_PAGE = 500;

const GROUP_ID = /^[0-9a-f]{24}$/;
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || host === '::1' || IPV4_LOOPBACK.test(host);
}

/** Atlas or Atlas for Government: the only places keys go without a person confirming the host by name. */
export function isAtlasBaseUrl(baseUrl: string): boolean {
  try {
    const normalized = normalizeBaseUrl(baseUrl);
    return normalized === DEFAULT_BASE_URL || normalized === GOV_BASE_URL;
  } catch {
    return false;
  }
}

/** The host (and port) a base URL sends requests to, for messages; the text itself when it does not parse. */
export function hostOfBaseUrl(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** The URL with any user name and password (https://user:secret@host) replaced by ***, so it can be shown. */
export function maskUrlCredentials(input: string): string {
  return input.replace(/\/\/[^/?#]*@/, '//***@');
}

function invalidBaseUrl(input: string, why: string): AtlasApiError {
  // Never echo a password typed into the URL (https://user:secret@host).
  const safe = maskUrlCredentials(input);
  const shown = safe.length > 100 ? `${safe.slice(0, 100)}…` : safe;
  return new AtlasApiError({ kind: 'invalidBaseUrl', message: `The Atlas base URL "${shown}" cannot be used: ${why}` });
}

/**
 * The base URL in canonical form (no trailing slash). https anywhere; http only for loopback hosts,
 * so keys never cross a network in clear text. Throws an AtlasApiError of kind `invalidBaseUrl`.
 */
export function normalizeBaseUrl(input: string | undefined): string {
  const text = (input ?? '').trim();
  if (text === '') return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return rejectUnparsable(text);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidBaseUrl(text, `it must start with https:// (for example ${DEFAULT_BASE_URL}).`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw invalidBaseUrl(text, 'http:// would send the API keys over the network in clear text. Use https://; http:// is only allowed for localhost (127.0.0.1, ::1).');
  }
  if (url.username !== '' || url.password !== '') {
    throw invalidBaseUrl(text, 'it must not contain a user name or password.');
  }
  if (url.search !== '' || url.hash !== '') {
    throw invalidBaseUrl(text, 'it must not contain a query (?…) or fragment (#…).');
  }
  return `${url.origin}${withoutTrailingSlashes(url.pathname)}`;
}

/** A loop, not `/\/+$/`: that regex retries from every slash of a long run that does not end the text (quadratic). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end -= 1;
  return path.slice(0, end);
}

function rejectUnparsable(text: string): never {
  throw invalidBaseUrl(text, `it is not a URL. Use for example ${DEFAULT_BASE_URL} or ${GOV_BASE_URL}.`);
}

export function isValidGroupId(id: string): boolean {
  return GROUP_ID.test(id.trim().toLowerCase());
}

/** The project id, trimmed and lower-cased; throws (kind `badRequest`) unless it is 24 hexadecimal characters. */
export function validateGroupId(id: string): string {
  const normalized = typeof id === 'string' ? id.trim().toLowerCase() : '';
  if (!GROUP_ID.test(normalized)) {
    const shown = typeof id === 'string' ? (id.length > 40 ? `${id.slice(0, 40)}…` : id) : String(id);
    throw badRequest(`"${shown}" is not an Atlas project id: a project id is 24 hexadecimal characters (0-9, a-f), as shown in the project's settings in Atlas.`);
  }
  return normalized;
}

/** Throws (kind `badRequest`) unless 1 <= n <= 500 and whole, before any request is sent. */
export function validateItemsPerPage(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ITEMS_PER_PAGE) {
    throw badRequest(`Items per page must be a whole number from 1 to ${MAX_ITEMS_PER_PAGE} (got ${String(n)}).`);
  }
  return n;
}

export function validatePageNum(n: number): number {
  if (!Number.isInteger(n) || n < 1) {
    throw badRequest(`Page numbers start at 1 (got ${String(n)}).`);
  }
  return n;
}
