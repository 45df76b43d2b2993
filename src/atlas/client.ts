// The Atlas Admin API client: authentication (digest or service account), retries, timeouts,
// cancellation, bounded concurrency, and typed pages. No `vscode` import.
import { setMaxListeners } from 'node:events';
import { eitherSignal, raceAbort, sleep } from './abort';
import { DigestAuth, readDigestChallenge } from './digestAuth';
import { AtlasApiError, cancelled, readErrorBody } from './errors';
import { errorFromHttp } from './errorVocabulary';
import { exchange, failureOf, type ExchangeResponse } from './http';
import { computeHasMore, envelopeStatus, parseJson, parseJsonOrUndefined, parseListBody, toConnection, toEndpointService, toProject, unwrapSingle } from './parse';
import { parseRetryAfter, retryDelayMs, type RetryPolicy } from './retry';
import { Semaphore } from './semaphore';
import { ServiceAccountAuth } from './serviceAccountAuth';
import { OnePerTurn } from './turns';
import {
  CLOUD_PROVIDERS,
  type AtlasClientOptions,
  type AtlasLogger,
  type AtlasProject,
  type CloudProvider,
  type EndpointService,
  type ListResult,
  type Page,
  type PageRequest,
  type PrivateEndpointConnection,
  type RequestLogEntry,
} from './types';
import { outsideText } from '../outsideText';
import { normalizeBaseUrl, validateGroupId, validateItemsPerPage, validatePageNum } from './validation';

export const USER_AGENT_PRODUCT = 'atlas-private-endpoints-vscode';
export const API_PREFIX = '/api/atlas/v1.0';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 4;
export const DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

/** `atlas-private-endpoints-vscode/<version>`, the User-Agent the extension sends. */
export function userAgentFor(version: string): string {
  return `${USER_AGENT_PRODUCT}/${version}`;
}

/** package.json's version, written in by the bundler (scripts/build.mjs). */
declare const __EXTENSION_VERSION__: string | undefined;

/** The extension's own User-Agent. Run from source (tests and benchmarks under tsx), npm's variable gives the version. */
export const DEFAULT_USER_AGENT = userAgentFor(
  typeof __EXTENSION_VERSION__ === 'string' ? __EXTENSION_VERSION__ : (process.env.npm_package_version ?? '0.0.0'),
);

type Query = Record<string, string | number>;

interface JsonResponse {
  status: number;
  body: unknown;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`AtlasClient option ${name} must be a positive number.`);
  return value;
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

export class AtlasClient {
  readonly baseUrl: string;
  private readonly origin: string;
  private digest: DigestAuth | undefined;
  private serviceAccount: ServiceAccountAuth | undefined;
  /** Aborted by close(): every request in flight ends, and no new one starts. */
  private readonly lifetime = new AbortController();
  private handshake: Promise<void> | undefined;
  private readonly slots: Semaphore;
  /** Each request is started, sent, and its response parsed, in a turn of the event loop of its own. */
  private readonly turns = new OnePerTurn();
  private readonly retryPolicy: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly userAgent: string;
  private readonly logger: AtlasLogger | undefined;
  private readonly onRequest: ((entry: RequestLogEntry) => void) | undefined;
  private secrets: string[];

  constructor(options: AtlasClientOptions) {
    // Every request in flight listens to it (released when the request ends): as many as callers queue, legitimately.
    setMaxListeners(0, this.lifetime.signal);
    this.baseUrl = normalizeBaseUrl(options.baseUrl);
    this.origin = new URL(this.baseUrl).origin;
    const hasKey = Boolean(options.publicKey) && Boolean(options.privateKey);
    if (options.serviceAccount !== undefined && (options.publicKey !== undefined || options.privateKey !== undefined)) {
      throw new AtlasApiError({ kind: 'badRequest', message: 'Give the Atlas client either an API key or a service account, not both.' });
    }
    if (options.serviceAccount !== undefined) {
      const { clientId, clientSecret } = options.serviceAccount;
      if (!clientId || !clientSecret) throw new AtlasApiError({ kind: 'unauthorized', message: 'The service account needs both a client id and a client secret.' });
      this.serviceAccount = new ServiceAccountAuth(
        options.serviceAccount,
        (body, authorization, signal) => this.postToken(body, authorization, signal),
        Date.now,
        (text) => (text === undefined ? undefined : outsideText(text, { redact: (value) => this.redact(value), maxLength: 100 }) || undefined),
      );
      this.secrets = [];
    } else if (hasKey) {
      this.digest = new DigestAuth(options.publicKey as string, options.privateKey as string);
      this.secrets = [options.publicKey as string, options.privateKey as string];
    } else {
      throw new AtlasApiError({ kind: 'unauthorized', message: 'Sign in first: the Atlas client needs an API key (public and private key) or a service account.' });
    }
    this.timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS, 'timeoutMs');
    this.maxResponseBytes = positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, 'maxResponseBytes');
    this.slots = new Semaphore(Math.floor(positive(options.maxConcurrentRequests, DEFAULT_MAX_CONCURRENT_REQUESTS, 'maxConcurrentRequests')));
    this.retryPolicy = {
      maxAttempts: Math.floor(positive(options.maxRetries, DEFAULT_MAX_ATTEMPTS, 'maxRetries')),
      baseDelayMs: options.retryBaseDelayMs ?? 500,
      maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 60,
    };
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.logger = options.logger;
    this.onRequest = options.onRequest;
  }

  /** One page of the deprecated `GET /groups/{groupId}/privateEndpoint` list. */
  async listPrivateEndpointsPage(groupId: string, page: PageRequest, signal?: AbortSignal): Promise<Page<PrivateEndpointConnection>> {
    const id = validateGroupId(groupId);
    const { pageNum, itemsPerPage } = this.checkPage(page);
    const { status, body } = await this.getJson(`/groups/${id}/privateEndpoint`, { pageNum, itemsPerPage }, signal);
    const list = parseListBody(body, status);
    const items = list.items.map((item, index) => toConnection(item, index, status));
    return { items, pageNum, itemsPerPage, totalCount: list.totalCount, hasMore: computeHasMore(list, pageNum, itemsPerPage), raw: body };
  }

  /** The replacement API: `GET /groups/{groupId}/privateEndpoint/{provider}/endpointService` (not paginated). */
  async listEndpointServices(groupId: string, provider: CloudProvider, signal?: AbortSignal): Promise<ListResult<EndpointService>> {
    const id = validateGroupId(groupId);
    if (!CLOUD_PROVIDERS.includes(provider)) {
      throw new AtlasApiError({ kind: 'badRequest', message: `Cloud provider must be one of ${CLOUD_PROVIDERS.join(', ')}.` });
    }
    const { status, body } = await this.getJson(`/groups/${id}/privateEndpoint/${provider}/endpointService`, {}, signal);
    const list = parseListBody(body, status);
    return { items: list.items.map((item, index) => toEndpointService(item, index, status, provider)), raw: body };
  }

  /** One page of `GET /groups`: the projects the credentials can see. */
  async listProjectsPage(page: PageRequest, signal?: AbortSignal): Promise<Page<AtlasProject>> {
    const { pageNum, itemsPerPage } = this.checkPage(page);
    const { status, body } = await this.getJson('/groups', { pageNum, itemsPerPage }, signal);
    const list = parseListBody(body, status);
    const items = list.items.map((item, index) => toProject(item, index, status));
    return { items, pageNum, itemsPerPage, totalCount: list.totalCount, hasMore: computeHasMore(list, pageNum, itemsPerPage), raw: body };
  }

  async getProject(groupId: string, signal?: AbortSignal): Promise<AtlasProject> {
    const id = validateGroupId(groupId);
    const { status, body } = await this.getJson(`/groups/${id}`, {}, signal);
    return toProject(unwrapSingle(body), 0, status);
  }

  /** True once close() was called. */
  get closed(): boolean {
    return this.lifetime.signal.aborted;
  }

  /**
   * Ends this client for good (sign-out, another profile, new keys): aborts every request in flight, refuses new ones
   * with a `cancelled` error, and drops its references to the keys.
   */
  close(): void {
    if (this.closed) return;
    this.lifetime.abort();
    this.digest = undefined;
    this.serviceAccount = undefined;
    this.secrets = [];
    this.handshake = undefined;
  }

  /** Replaces every credential in `text` (keys, client id/secret, their Basic form, tokens) so it is safe to show or log. */
  redact(text: string): string {
    const secrets = this.serviceAccount ? [...this.secrets, ...this.serviceAccount.secrets()] : this.secrets;
    return secrets.reduce((result, secret) => (secret.length >= 4 ? result.split(secret).join('***') : result), text);
  }

  private checkPage(page: PageRequest): PageRequest {
    return { pageNum: validatePageNum(page?.pageNum), itemsPerPage: validateItemsPerPage(page?.itemsPerPage) };
  }

  private async getJson(path: string, query: Query, callerSignal?: AbortSignal): Promise<JsonResponse> {
    if (this.closed) throw cancelled();
    // Two hundred projects expanded at once start their requests in turns of their own, not all in one.
    await this.turns.take();
    if (this.closed || callerSignal?.aborted) throw cancelled();
    const { signal, release } = eitherSignal(this.lifetime.signal, callerSignal);
    try {
      return await this.getJsonUntil(path, query, signal);
    } finally {
      release();
    }
  }

  private async getJsonUntil(path: string, query: Query, signal: AbortSignal): Promise<JsonResponse> {
    const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();
    const url = `${this.baseUrl}${API_PREFIX}${path}${search ? `?${search}` : ''}`;
    for (let attempt = 1; ; attempt += 1) {
      let failure: AtlasApiError;
      try {
        const release = await this.slots.acquire(signal);
        let response: ExchangeResponse;
        try {
          response = await this.authorizedGet(url, attempt, signal);
        } finally {
          release();
        }
        await this.turns.take();
        if (signal.aborted) throw cancelled();
        return await this.readJson(response);
      } catch (error) {
        failure = this.asAtlasError(error);
      }
      const delay = retryDelayMs(failure, attempt, this.retryPolicy);
      if (delay === undefined) throw failure;
      this.logger?.warn(`${failure.kind} on attempt ${attempt} of GET ${pathOf(url)}; retrying in ${delay} ms`);
      await sleep(delay, signal);
    }
  }

  private async readJson(response: ExchangeResponse): Promise<JsonResponse> {
    const { status } = response;
    if (status >= 200 && status < 300) {
      const body = await parseJson(response.text, status);
      const inner = envelopeStatus(body);
      if (inner !== undefined && inner >= 400) {
        throw errorFromHttp({ status: inner, fields: readErrorBody(unwrapSingle(body)), redact: (text) => this.redact(text) });
      }
      return { status, body };
    }
    throw errorFromHttp({
      status,
      fields: readErrorBody(await parseJsonOrUndefined(response.text)),
      retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
      contentType: response.headers.get('content-type') ?? undefined,
      redact: (text) => this.redact(text),
    });
  }

  /** One authenticated GET, following a same-origin redirect once and refusing any other. */
  private async authorizedGet(url: string, attempt: number, signal?: AbortSignal): Promise<ExchangeResponse> {
    let target = url;
    for (let hop = 0; ; hop += 1) {
      const response = this.digest ? await this.digestGet(this.digest, target, attempt, signal) : await this.bearerGet(target, attempt, signal);
      if (this.closed) throw cancelled();
      const location = response.headers.get('location');
      if (!isRedirect(response.status) || location === null) return response;
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        return response;
      }
      if (next.origin !== this.origin) {
        throw new AtlasApiError({
          kind: 'redirectRefused',
          status: response.status,
          message: `Atlas redirected the request to another host (${next.origin}). It was not followed, so no credentials were sent there. Check the base URL.`,
        });
      }
      if (hop >= 1) throw new AtlasApiError({ kind: 'invalidResponse', status: response.status, message: 'Atlas redirected the request more than once; it was not followed further.' });
      target = next.href;
    }
  }

  private async digestGet(auth: DigestAuth, url: string, attempt: number, signal?: AbortSignal): Promise<ExchangeResponse> {
    // Until the first challenge is answered, requests wait for the one handshake in flight instead of each being challenged.
    while (!auth.ready && this.handshake !== undefined) {
      await raceAbort(this.handshake, signal);
    }
    if (!auth.ready) return this.digestHandshake(auth, url, attempt, signal);
    const authorization = auth.authorize('GET', url);
    if (authorization === undefined) return this.digestHandshake(auth, url, attempt, signal);
    const response = await this.send('GET', url, { Authorization: authorization.header }, attempt, signal);
    if (response.status !== 401) return response;
    const challenge = readDigestChallenge(response.headers.get('www-authenticate'));
    if (challenge === undefined || (!challenge.stale && challenge.nonce === authorization.nonce)) return response;
    // The nonce expired (stale=true) or the server issued a new one: answer the new challenge, once.
    auth.absorb(response.headers.get('www-authenticate'));
    const retry = auth.authorize('GET', url);
    return retry === undefined ? response : this.send('GET', url, { Authorization: retry.header }, attempt, signal);
  }

  private async digestHandshake(auth: DigestAuth, url: string, attempt: number, signal?: AbortSignal): Promise<ExchangeResponse> {
    let finish = () => {};
    const handshake = new Promise<void>((resolve) => {
      finish = resolve;
    });
    this.handshake = handshake;
    const end = () => {
      if (this.handshake === handshake) this.handshake = undefined;
      finish();
    };
    try {
      const challenge = await this.send('GET', url, {}, attempt, signal);
      if (challenge.status !== 401 || !auth.absorb(challenge.headers.get('www-authenticate'))) return challenge;
      // The nonce is known: the requests waiting for it go now, alongside this one's answer, instead of a round trip later.
      end();
      const authorization = auth.authorize('GET', url);
      return authorization === undefined ? challenge : await this.send('GET', url, { Authorization: authorization.header }, attempt, signal);
    } finally {
      end();
    }
  }

  private async bearerGet(url: string, attempt: number, signal?: AbortSignal): Promise<ExchangeResponse> {
    const tokens = this.serviceAccount;
    if (tokens === undefined) throw cancelled();
    const token = await tokens.bearer(signal);
    const response = await this.send('GET', url, { Authorization: `Bearer ${token}` }, attempt, signal);
    if (response.status !== 401) return response;
    // Revoked or expired early: get a new token once.
    tokens.invalidate(token);
    const fresh = await tokens.bearer(signal);
    return this.send('GET', url, { Authorization: `Bearer ${fresh}` }, attempt, signal);
  }

  private postToken(body: string, authorization: string, signal: AbortSignal = this.lifetime.signal): Promise<ExchangeResponse> {
    return this.send('POST', `${this.origin}/api/oauth/token`, { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' }, 1, signal, body);
  }

  private async send(method: 'GET' | 'POST', url: string, headers: Record<string, string>, attempt: number, signal?: AbortSignal, body?: string): Promise<ExchangeResponse> {
    // Sixteen requests started at once (Load all) would otherwise cost one long turn, new connections included.
    await this.turns.take(true);
    const started = performance.now();
    let status: RequestLogEntry['status'] = 'network-error';
    try {
      const response = await exchange({
        method,
        url,
        headers: { Accept: 'application/json', 'User-Agent': this.userAgent, ...headers },
        body,
        timeoutMs: this.timeoutMs,
        maxResponseBytes: this.maxResponseBytes,
        signal,
      });
      status = response.status;
      return response;
    } catch (error) {
      status = failureOf(error);
      throw error;
    } finally {
      this.report({ method, path: pathOf(url), status, durationMs: Math.round(performance.now() - started), attempt });
    }
  }

  private report(entry: RequestLogEntry): void {
    try {
      this.onRequest?.(entry);
      this.logger?.info(`${entry.method} ${entry.path} ${entry.status} ${entry.durationMs} ms (attempt ${entry.attempt})`);
    } catch {
      // A failing listener must not fail the request.
    }
  }

  private asAtlasError(error: unknown): AtlasApiError {
    if (error instanceof AtlasApiError) return error;
    return new AtlasApiError({ kind: 'invalidResponse', message: 'An unexpected error occurred while talking to Atlas.', cause: error });
  }
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
