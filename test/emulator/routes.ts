// The Atlas Admin API routes the emulator serves, as pure functions of the request and the dataset.
import { CLOUD_PROVIDERS, type CloudProvider } from '../../src/atlas/types';
import type { EmulatorProject } from './dataset';

export type ResponseShape = 'array' | 'paginated';

/** What a route produced; `kind` decides how `envelope=true` wraps it. */
export interface RouteResult {
  status: number;
  body: unknown;
  kind: 'list' | 'paginated' | 'single' | 'error';
}

export interface RouteContext {
  origin: string;
  projects: ReadonlyMap<string, EmulatorProject>;
  projectOrder: readonly EmulatorProject[];
  shape: ResponseShape;
  ignorePageNum: boolean;
}

export const MAX_ITEMS_PER_PAGE = 500;
const GROUP_ID = /^[0-9a-f]{24}$/;
const REASONS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/** An Atlas ApiError body (reference §4), keys in Atlas's order. */
export function atlasError(status: number, errorCode: string, detail: string, parameters: unknown[] = []): RouteResult {
  return { status, kind: 'error', body: { detail, error: status, errorCode, parameters, reason: REASONS[status] ?? 'Error' } };
}

export function groupNotFound(groupId: string): RouteResult {
  return atlasError(404, 'GROUP_NOT_FOUND', `No group with ID ${groupId} exists.`, [groupId]);
}

export function resourceNotFound(path: string): RouteResult {
  return atlasError(404, 'RESOURCE_NOT_FOUND', `Cannot find resource ${path}.`, [path]);
}

export function legacyGone(): RouteResult {
  return atlasError(410, 'GONE', 'This endpoint has been removed. Use /groups/{GROUP-ID}/privateEndpoint/{CLOUD-PROVIDER}/endpointService instead.');
}

interface Paging {
  pageNum: number;
  itemsPerPage: number;
  includeCount: boolean;
}

/** Atlas's coercions: itemsPerPage capped at 500 (default 100), pageNum below 1 becomes 1, includeCount default true. */
export function readPaging(query: URLSearchParams): Paging {
  const pageNum = Number.parseInt(query.get('pageNum') ?? '', 10);
  const itemsPerPage = Number.parseInt(query.get('itemsPerPage') ?? '', 10);
  return {
    pageNum: Number.isFinite(pageNum) && pageNum >= 1 ? pageNum : 1,
    itemsPerPage: Number.isFinite(itemsPerPage) ? Math.min(MAX_ITEMS_PER_PAGE, Math.max(1, itemsPerPage)) : 100,
    includeCount: query.get('includeCount') !== 'false',
  };
}

/** IPA-110 style `{links, results, totalCount}`, with `next`/`previous` links when they exist. */
function paginated<T>(all: readonly T[], paging: Paging, url: URL, origin: string): RouteResult {
  const start = (paging.pageNum - 1) * paging.itemsPerPage;
  const results = all.slice(start, start + paging.itemsPerPage);
  const href = (pageNum: number) => {
    const query = new URLSearchParams(url.searchParams);
    query.set('pageNum', String(pageNum));
    query.set('itemsPerPage', String(paging.itemsPerPage));
    return `${origin}${url.pathname}?${query.toString()}`;
  };
  const links = [{ href: href(paging.pageNum), rel: 'self' }];
  if (paging.pageNum > 1) links.push({ href: href(paging.pageNum - 1), rel: 'previous' });
  if (start + results.length < all.length) links.push({ href: href(paging.pageNum + 1), rel: 'next' });
  const body: Record<string, unknown> = { links, results };
  if (paging.includeCount) body.totalCount = all.length;
  return { status: 200, kind: 'paginated', body };
}

function projectBody(project: EmulatorProject, origin: string, apiVersion: string): Record<string, unknown> {
  return {
    clusterCount: 0,
    created: project.created,
    id: project.id,
    links: [{ href: `${origin}/api/atlas/${apiVersion}/groups/${project.id}`, rel: 'self' }],
    name: project.name,
    orgId: project.orgId,
  };
}

function findGroup(groupId: string, context: RouteContext): EmulatorProject | RouteResult {
  if (!GROUP_ID.test(groupId)) return atlasError(404, 'INVALID_GROUP_ID', `An invalid group ID ${groupId} was specified.`, [groupId]);
  return context.projects.get(groupId) ?? groupNotFound(groupId);
}

function isResult(value: EmulatorProject | RouteResult): value is RouteResult {
  return 'kind' in value;
}

function legacyList(project: EmulatorProject, url: URL, context: RouteContext): RouteResult {
  const paging = readPaging(url.searchParams);
  if (context.ignorePageNum) paging.pageNum = 1;
  if (context.shape === 'paginated') return paginated(project.connections, paging, url, context.origin);
  const start = (paging.pageNum - 1) * paging.itemsPerPage;
  return { status: 200, kind: 'list', body: project.connections.slice(start, start + paging.itemsPerPage) };
}

/** Routes `GET /api/atlas/{v1.0|v2}/…`. Legacy privateEndpoint routes exist on v1.0 only. */
export function route(method: string, url: URL, context: RouteContext): RouteResult {
  const match = /^\/api\/atlas\/(v1\.0|v2)(\/.*)$/.exec(url.pathname);
  if (!match) return resourceNotFound(url.pathname);
  if (method !== 'GET') return atlasError(405, 'METHOD_NOT_ALLOWED', `The emulator serves read-only requests; ${method} is not supported.`, [method]);
  const [, version, rest] = match;
  const segments = rest.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  if (segments[0] !== 'groups') return resourceNotFound(url.pathname);
  if (segments.length === 1) {
    return paginated(context.projectOrder.map((project) => projectBody(project, context.origin, version)), readPaging(url.searchParams), url, context.origin);
  }
  const found = findGroup(segments[1], context);
  if (isResult(found)) return found;
  const project = found;
  if (segments.length === 2) return { status: 200, kind: 'single', body: projectBody(project, context.origin, version) };
  if (segments[2] !== 'privateEndpoint') return resourceNotFound(url.pathname);
  const provider = segments[3] as CloudProvider | undefined;
  if (provider !== undefined && CLOUD_PROVIDERS.includes(provider) && segments[4] === 'endpointService') {
    const services = project.endpointServices[provider];
    if (segments.length === 5) return { status: 200, kind: 'list', body: services };
    const service = segments.length === 6 ? services.find((entry) => entry.id === segments[5]) : undefined;
    return service ? { status: 200, kind: 'single', body: service } : resourceNotFound(url.pathname);
  }
  if (version !== 'v1.0') return resourceNotFound(url.pathname);
  if (project.legacy === 'notFound') return resourceNotFound(url.pathname);
  if (project.legacy === 'gone') return legacyGone();
  if (segments.length === 3) return legacyList(project, url, context);
  if (segments.length === 4 || (segments.length === 6 && segments[4] === 'interfaceEndpoints')) {
    const connection = project.connections.find((entry) => entry.id === segments[3]);
    if (!connection) return atlasError(404, 'PRIVATELINK_NOT_FOUND', `A PrivateLink with id ${segments[3]} does not exist.`, [segments[3]]);
    if (segments.length === 4) return { status: 200, kind: 'single', body: connection };
    // "Get One Interface Endpoint" (fixture v1-legacy-interface-get-docs).
    const interfaceEndpointId = segments[5];
    if (!connection.interfaceEndpoints.includes(interfaceEndpointId)) {
      return atlasError(404, 'INTERFACE_ENDPOINT_NOT_FOUND', `An interface endpoint with id ${interfaceEndpointId} does not exist.`, [interfaceEndpointId]);
    }
    const connectionStatus = connection.status === 'AVAILABLE' ? 'AVAILABLE' : connection.status === 'FAILED' ? 'FAILED' : 'PENDING';
    return { status: 200, kind: 'single', body: { connectionStatus, deleteRequested: connection.status === 'DELETING', errorMessage: null, interfaceEndpointId } };
  }
  return resourceNotFound(url.pathname);
}

/** `envelope=true`: HTTP 200 always, the real status in the body (reference §1, "Envelope"). */
export function envelop(result: RouteResult): RouteResult {
  if (result.kind === 'paginated') return { status: 200, kind: result.kind, body: { status: result.status, ...(result.body as object) } };
  return { status: 200, kind: result.kind, body: { status: result.status, content: result.body } };
}
