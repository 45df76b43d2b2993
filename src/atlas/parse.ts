// Reading Atlas bodies: every list shape Atlas uses, envelopes, and items checked before use.
// Anything unexpected becomes an `invalidResponse` AtlasApiError, never a crash.
import { invalidResponse } from './errors';
import { parseJsonInSlices } from './slicedJson';
import type { AtlasProject, CloudProvider, EndpointService, PrivateEndpointConnection } from './types';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed body, in slices when it is big (see ./slicedJson); an invalidResponse error when it is not JSON. */
export async function parseJson(text: string, status: number): Promise<unknown> {
  try {
    return await parseJsonInSlices(text);
  } catch (error) {
    const start = text.trimStart().slice(0, 1);
    const what = start === '<' ? 'an HTML page instead of JSON' : text.trim() === '' ? 'an empty body instead of JSON' : 'malformed JSON';
    throw invalidResponse(`${what} (HTTP ${status}).`, status, error);
  }
}

/** The parsed text, or undefined when it is not JSON (for error bodies, which may be anything). */
export async function parseJsonOrUndefined(text: string): Promise<unknown> {
  try {
    return await parseJsonInSlices(text);
  } catch {
    return undefined;
  }
}

/** `envelope=true` bodies carry the real status inside: `{status, content}` or `{status, results, …}`. */
export function envelopeStatus(body: unknown): number | undefined {
  if (!isRecord(body) || typeof body.status !== 'number') return undefined;
  return 'content' in body || 'results' in body ? body.status : undefined;
}

/** The payload of a single-resource body, unwrapped from `{status, content}` when enveloped. */
export function unwrapSingle(body: unknown): unknown {
  return envelopeStatus(body) !== undefined && isRecord(body) && 'content' in body ? body.content : body;
}

export interface ParsedList {
  items: unknown[];
  totalCount?: number;
  hasNextLink: boolean;
  /** The page was a bare array (possibly in an envelope): fullness is the only hint of more. */
  bareArray: boolean;
}

function hasNextLink(links: unknown): boolean {
  return Array.isArray(links) && links.some((link) => isRecord(link) && link.rel === 'next' && typeof link.href === 'string');
}

function readTotalCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The items of a list body in any shape Atlas uses: `[…]`, `{links, results, totalCount}`, or their envelopes. */
export function parseListBody(body: unknown, status: number): ParsedList {
  if (Array.isArray(body)) return { items: body, hasNextLink: false, bareArray: true };
  if (isRecord(body)) {
    if (Array.isArray(body.results)) {
      return { items: body.results, totalCount: readTotalCount(body.totalCount), hasNextLink: hasNextLink(body.links), bareArray: false };
    }
    if (envelopeStatus(body) !== undefined && 'content' in body) {
      const content = body.content;
      if (Array.isArray(content) || (isRecord(content) && Array.isArray(content.results))) return parseListBody(content, status);
    }
    throw invalidResponse('expected a list of results but got an object without one.', status);
  }
  throw invalidResponse(`expected a list of results but got ${body === null ? 'null' : typeof body}.`, status);
}

function requireId(item: unknown, index: number, status: number): Json & { id: string } {
  if (!isRecord(item)) throw invalidResponse(`item ${index + 1} of the list is not an object.`, status);
  if (typeof item.id !== 'string' || item.id === '') throw invalidResponse(`item ${index + 1} of the list has no string "id".`, status);
  return item as Json & { id: string };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/**
 * A connection with the documented fields in their documented types; everything else Atlas sent is kept as is. An item
 * already in that shape (what Atlas sends) is returned itself, not copied: pages are kept as parsed too, and a copy per
 * item would hold every connection twice (and cost the garbage collector a copy of each).
 */
export function toConnection(item: unknown, index: number, status: number): PrivateEndpointConnection {
  const record = requireId(item, index, status);
  if (isStringOrNull(record.endpointServiceName) && isStringOrNull(record.errorMessage) && isStringArray(record.interfaceEndpoints) && typeof record.status === 'string') {
    return record as PrivateEndpointConnection;
  }
  return {
    ...record,
    endpointServiceName: stringOrNull(record.endpointServiceName),
    errorMessage: stringOrNull(record.errorMessage),
    interfaceEndpoints: strings(record.interfaceEndpoints),
    status: typeof record.status === 'string' ? record.status : 'UNKNOWN',
  };
}

export function toEndpointService(item: unknown, index: number, status: number, provider: CloudProvider): EndpointService {
  const record = requireId(item, index, status);
  const cloudProvider = record.cloudProvider === 'AWS' || record.cloudProvider === 'AZURE' || record.cloudProvider === 'GCP' ? record.cloudProvider : provider;
  return { ...record, cloudProvider, status: typeof record.status === 'string' ? record.status : 'UNKNOWN' };
}

export function toProject(item: unknown, index: number, status: number): AtlasProject {
  const record = requireId(item, index, status);
  return { ...record, name: typeof record.name === 'string' && record.name !== '' ? record.name : record.id };
}

/** Whether more pages remain, by the rules Atlas responses allow. An empty page never has more. */
export function computeHasMore(list: ParsedList, pageNum: number, itemsPerPage: number): boolean {
  if (list.items.length === 0) return false;
  if (list.hasNextLink) return true;
  if (list.totalCount !== undefined && pageNum * itemsPerPage < list.totalCount) return true;
  return list.bareArray && list.items.length === itemsPerPage;
}
