// Shapes shared by the Atlas client, its pager and its consumers (tree, commands, tests).
// Pure: no `vscode` import.
import type { ExchangeFailure } from './http';

export type CloudProvider = 'AWS' | 'AZURE' | 'GCP';
export const CLOUD_PROVIDERS: readonly CloudProvider[] = ['AWS', 'AZURE', 'GCP'];

/** One connection of the deprecated `GET /groups/{GROUP-ID}/privateEndpoint` list, plus whatever else Atlas sent. */
export interface PrivateEndpointConnection {
  id: string;
  endpointServiceName: string | null;
  errorMessage: string | null;
  interfaceEndpoints: string[];
  status: string;
  [field: string]: unknown;
}

/** One endpoint service of `GET /groups/{GROUP-ID}/privateEndpoint/{CLOUD-PROVIDER}/endpointService`. */
export interface EndpointService {
  id: string;
  cloudProvider: CloudProvider;
  status: string;
  errorMessage?: string | null;
  regionName?: string;
  // AWS
  endpointServiceName?: string | null;
  interfaceEndpoints?: string[] | null;
  // AZURE (the names are null while the service is INITIATING)
  privateLinkServiceName?: string | null;
  privateLinkServiceResourceId?: string | null;
  privateEndpoints?: string[] | null;
  // GCP (empty arrays while INITIATING)
  serviceAttachmentNames?: string[] | null;
  endpointGroupNames?: string[] | null;
  [field: string]: unknown;
}

export interface AtlasProject {
  id: string;
  name: string;
  orgId?: string;
  [field: string]: unknown;
}

export interface PageRequest {
  pageNum: number;
  itemsPerPage: number;
}

export interface Page<T> {
  items: T[];
  pageNum: number;
  itemsPerPage: number;
  totalCount?: number;
  hasMore: boolean;
  /** The parsed body exactly as Atlas returned it. */
  raw: unknown;
}

export interface ListResult<T> {
  items: T[];
  raw: unknown;
}

/** What the client reports about each HTTP exchange. Never carries headers, keys or bodies. */
export interface RequestLogEntry {
  method: string;
  /** Path and query only, never the host's credentials. */
  path: string;
  status: number | ExchangeFailure;
  durationMs: number;
  attempt: number;
}

/** The log levels the client writes (a `vscode.LogOutputChannel` is one). */
export interface AtlasLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ServiceAccountCredentials {
  clientId: string;
  clientSecret: string;
}

export interface AtlasClientOptions {
  /** Default `https://cloud.mongodb.com`. https anywhere; http only for loopback hosts. */
  baseUrl?: string;
  /** Programmatic API key (digest username). */
  publicKey?: string;
  /** Programmatic API key secret (digest password). */
  privateKey?: string;
  /** OAuth2 client-credentials instead of an API key. */
  serviceAccount?: ServiceAccountCredentials;
  /** Per request, default 30 000. */
  timeoutMs?: number;
  /** Attempts per request for retryable failures, default 3. */
  maxRetries?: number;
  userAgent?: string;
  /** Most requests this client has in flight at once, default 4. */
  maxConcurrentRequests?: number;
  /** Largest body accepted, default 20 MB. */
  maxResponseBytes?: number;
  /** First retry backoff (doubles per attempt, with jitter), default 500. Tests shrink it. */
  retryBaseDelayMs?: number;
  /** Longest Retry-After honoured by waiting, default 60; longer waits are returned to the caller as a `rateLimited` error. */
  maxRetryAfterSeconds?: number;
  logger?: AtlasLogger;
  /** Called after every HTTP exchange (for the log channel and tests). */
  onRequest?(entry: RequestLogEntry): void;
}
