// The Atlas Admin API emulator: a real HTTP server on loopback with real digest auth (and service
// account Bearer tokens), paging, envelopes, Atlas error bodies, injectable faults and counters.
//
// HTTP control API (unauthenticated, not counted, for tests in another process such as the extension host):
//   GET    {url}/__emulator/info           {url, publicKey, privateKey, serviceAccount, projects}
//   GET    {url}/__emulator/counters       request counters, in-flight requests per project, abandoned requests (see EmulatorCounters)
//   POST   {url}/__emulator/reset          clear faults and counters
//   GET    {url}/__emulator/faults         active faults
//   POST   {url}/__emulator/faults         add a fault (or an array): {projectId?, pathIncludes?, count?, type, …} (see faults.ts)
//   DELETE {url}/__emulator/faults         clear faults
//   POST   {url}/__emulator/keys           {publicKey?, privateKey?} rotate the API key; {revoke: true} invalidates it;
//                                          {serviceAccount: {clientId?, clientSecret?}} or {revokeServiceAccount: true} likewise
//   POST   {url}/__emulator/settings       {shape?, envelope?, algorithm?, nonceLifetimeMs?, latencyMs?, ignorePageNum?, tokenLifetimeSeconds?}
//   POST   {url}/__emulator/expire-nonces  every digest nonce issued so far becomes stale
//   POST   {url}/__emulator/expire-tokens  every Bearer token issued so far stops working
//   POST   {url}/__emulator/status-changes {projectId, connectionId, status, afterMs?, …} (or an array): a connection's
//                                          status changes over time (see statusChanges.ts); reset undoes them
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTROL_PREFIX } from './control';
import { buildDataset, hexId, type DatasetOptions, type EmulatorProject } from './dataset';
import { DigestVerifier, sameText, type ApiKey, type DigestAlgorithm } from './digest';
import { FaultBoard, parseFault, type Fault } from './faults';
import { serialize } from './json';
import { StatusChanges, parseStatusChange } from './statusChanges';
import { atlasError, envelop, groupNotFound, legacyGone, resourceNotFound, route, type ResponseShape, type RouteContext, type RouteResult } from './routes';

export interface EmulatorSettings {
  /** Shape of the legacy list: the seed's bare array, or `{links, results, totalCount}`. */
  shape: ResponseShape;
  /** Envelope every API response, as if each request had `envelope=true`. */
  envelope: boolean;
  algorithm: DigestAlgorithm;
  nonceLifetimeMs: number;
  /** Delay added to every API request. */
  latencyMs: number;
  /** Serve page 1 whatever pageNum says (a misbehaving server). */
  ignorePageNum: boolean;
  tokenLifetimeSeconds: number;
}

export interface ServiceAccount {
  clientId: string;
  clientSecret: string;
}

export interface EmulatorOptions extends Partial<EmulatorSettings>, DatasetOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  publicKey?: string;
  privateKey?: string;
  serviceAccount?: Partial<ServiceAccount>;
}

export interface ProjectSummary {
  id: string;
  name: string;
  connections: number;
}

export interface EmulatorCounters {
  /** API requests (not control, not token). */
  total: number;
  /** 401 digest challenges to requests without credentials. */
  challenged: number;
  /** 401 stale=true answers (right key, expired or unknown nonce). */
  stale: number;
  /** 401 for wrong, revoked, replayed or malformed credentials. */
  unauthorized: number;
  /** Requests that passed authentication. */
  authorized: number;
  bearerAuthorized: number;
  tokenRequests: number;
  faultsApplied: number;
  byPath: Record<string, number>;
  byProject: Record<string, number>;
  inFlight: number;
  inFlightMax: number;
  /** API requests of each project being handled right now, and the most seen at once. */
  inFlightByProject: Record<string, number>;
  inFlightMaxByProject: Record<string, number>;
  /** API requests whose connection closed before the answer was complete (the client cancelled or gave up). */
  abandoned: number;
}

export interface RunningEmulator {
  readonly url: string;
  readonly publicKey: string;
  readonly privateKey: string;
  readonly serviceAccount: ServiceAccount;
  readonly projects: ProjectSummary[];
  readonly dataset: readonly EmulatorProject[];
  info(): EmulatorInfo;
  counters(): EmulatorCounters;
  resetCounters(): void;
  setFault(fault: Fault): void;
  clearFaults(): void;
  faults(): Fault[];
  setKeys(keys: Partial<ApiKey>): void;
  revokeKey(): void;
  setServiceAccount(account: Partial<ServiceAccount>): void;
  setSettings(settings: Partial<EmulatorSettings>): void;
  expireNonces(): void;
  expireTokens(): void;
  close(): Promise<void>;
}

export interface EmulatorInfo {
  url: string;
  publicKey: string;
  privateKey: string;
  serviceAccount: ServiceAccount;
  projects: ProjectSummary[];
}

const JSON_TYPE = 'application/json';
/** What real Atlas sends with a digest challenge (fixtures err-401-challenge-*). */
const CHALLENGE_TYPE = 'application/json';
const MAX_CONTROL_BODY = 1024 * 1024;

function emptyCounters(): EmulatorCounters {
  return { total: 0, challenged: 0, stale: 0, unauthorized: 0, authorized: 0, bearerAuthorized: 0, tokenRequests: 0, faultsApplied: 0, byPath: {}, byProject: {}, inFlight: 0, inFlightMax: 0, inFlightByProject: {}, inFlightMaxByProject: {}, abandoned: 0 };
}

function randomPublicKey(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from(randomBytes(8), (byte) => letters[byte % letters.length]).join('');
}

function randomClientSecret(): string {
  return `mdb_sa_sk_${randomBytes(24).toString('base64url')}`;
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CONTROL_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Real Atlas's answer to a missing or wrong key, key for key (fixture err-401-challenge-2026-08; no `parameters`). */
const UNAUTHORIZED = {
  status: 401,
  body: { error: 401, reason: 'Unauthorized', detail: 'You are not authorized for this resource.', errorCode: 'UNEXPECTED_ERROR' },
};

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const settings: EmulatorSettings = {
    shape: options.shape ?? 'array',
    envelope: options.envelope ?? false,
    algorithm: options.algorithm ?? 'MD5',
    nonceLifetimeMs: options.nonceLifetimeMs ?? 300_000,
    latencyMs: options.latencyMs ?? 0,
    ignorePageNum: options.ignorePageNum ?? false,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
  };
  const key: ApiKey = { publicKey: options.publicKey ?? randomPublicKey(), privateKey: options.privateKey ?? randomUUID() };
  const account: ServiceAccount = {
    clientId: options.serviceAccount?.clientId ?? `mdb_sa_id_${hexId(`sa:${randomUUID()}`)}`,
    clientSecret: options.serviceAccount?.clientSecret ?? randomClientSecret(),
  };
  const dataset = buildDataset(options);
  const projects = new Map(dataset.map((project) => [project.id, project]));
  const verifier = new DigestVerifier(settings.algorithm, settings.nonceLifetimeMs);
  const faults = new FaultBoard();
  const statusChanges = new StatusChanges(projects);
  const tokens = new Map<string, number>();
  const tokenSecret = randomBytes(32);
  let counters = emptyCounters();
  let origin = '';

  const summaries = (): ProjectSummary[] =>
    dataset.map((project) => ({ id: project.id, name: project.name, connections: project.legacy === 'served' ? project.connections.length : 0 }));
  const info = (): EmulatorInfo => ({ url: origin, publicKey: key.publicKey, privateKey: key.privateKey, serviceAccount: { ...account }, projects: summaries() });

  function applySettings(update: Partial<EmulatorSettings>): void {
    if (update.shape !== undefined && update.shape !== 'array' && update.shape !== 'paginated') throw new Error('shape is array or paginated');
    if (update.algorithm !== undefined && update.algorithm !== 'MD5' && update.algorithm !== 'SHA-256') throw new Error('algorithm is MD5 or SHA-256');
    Object.assign(settings, Object.fromEntries(Object.entries(update).filter(([name, value]) => name in settings && value !== undefined)));
    verifier.algorithm = settings.algorithm;
    verifier.nonceLifetimeMs = settings.nonceLifetimeMs;
  }

  function send(res: ServerResponse, status: number, body: string, headers: Record<string, string | number> = {}): void {
    if (res.destroyed) return;
    res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(body), ...headers });
    res.end(body);
  }

  function sendResult(res: ServerResponse, result: RouteResult, url: URL, headers: Record<string, string | number> = {}): void {
    const wrapped = settings.envelope || url.searchParams.get('envelope') === 'true' ? envelop(result) : result;
    send(res, wrapped.status, serialize(wrapped.body, url.searchParams.get('pretty') === 'true'), headers);
  }

  /** A 401 digest challenge; an unknownAlgorithm fault for this request names its algorithm in it. */
  function challenge(res: ServerResponse, stale: boolean, path: string, projectId: string | undefined): void {
    const odd = faults.take(path, projectId, (type) => type === 'unknownAlgorithm') as { algorithm?: string } | undefined;
    if (odd) counters.faultsApplied += 1;
    const header = verifier.challenge(stale, odd ? (odd.algorithm ?? 'SHA-512-256') : undefined);
    send(res, 401, JSON.stringify(UNAUTHORIZED.body), { 'Content-Type': CHALLENGE_TYPE, 'WWW-Authenticate': header });
  }

  function issueToken(): string {
    const now = Math.floor(Date.now() / 1000);
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ aud: 'api://admin', cid: account.clientId, exp: now + settings.tokenLifetimeSeconds, iat: now, jti: randomUUID(), sub: account.clientId })}`;
    const token = `${unsigned}.${createHmac('sha256', tokenSecret).update(unsigned).digest('base64url')}`;
    tokens.set(token, Date.now() + settings.tokenLifetimeSeconds * 1000);
    return token;
  }

  function basicCredentials(header: string | undefined): ServiceAccount | undefined {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
    if (!match) return undefined;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0 ? undefined : { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
  }

  async function handleToken(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const oauthError = (status: number, error: string, description: string) => send(res, status, JSON.stringify({ error, error_description: description }));
    if (req.method !== 'POST') return oauthError(405, 'invalid_request', 'Use POST.');
    const body = await readBody(req);
    const credentials = basicCredentials(req.headers.authorization);
    const valid = credentials !== undefined && sameText(credentials.clientId, account.clientId) && sameText(credentials.clientSecret, account.clientSecret);
    if (url.pathname === '/api/oauth/revoke') {
      if (!valid) return oauthError(401, 'invalid_client', 'Invalid client credentials.');
      tokens.delete(new URLSearchParams(body).get('token') ?? '');
      return send(res, 200, '{}');
    }
    counters.tokenRequests += 1;
    if (!valid) return oauthError(401, 'invalid_client', 'Invalid client credentials.');
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return oauthError(400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded.');
    }
    if (new URLSearchParams(body).get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported.');
    send(res, 200, JSON.stringify({ access_token: issueToken(), expires_in: settings.tokenLifetimeSeconds, token_type: 'Bearer' }), { 'Cache-Control': 'no-store' });
  }

  /** Authenticates an API request; answers (and returns false) when it must not proceed. */
  function authenticate(req: IncomingMessage, res: ServerResponse, path: string, projectId: string | undefined): boolean {
    const header = req.headers.authorization;
    if (header === undefined || header === '') {
      counters.challenged += 1;
      challenge(res, false, path, projectId);
      return false;
    }
    if (/^Bearer\s/i.test(header)) {
      const expiresAt = tokens.get(header.replace(/^Bearer\s+/i, ''));
      if (expiresAt !== undefined && Date.now() < expiresAt) {
        counters.bearerAuthorized += 1;
        return true;
      }
      counters.unauthorized += 1;
      send(res, 401, JSON.stringify(UNAUTHORIZED.body), { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
      return false;
    }
    const verdict = /^Digest\s/i.test(header) ? verifier.verify(req.method ?? 'GET', req.url ?? '/', header, key) : 'malformed';
    if (verdict === 'ok') return true;
    if (verdict === 'stale') counters.stale += 1;
    else counters.unauthorized += 1;
    // An unknownAlgorithm fault also changes the challenge that answers an expired nonce (a client mid-session).
    challenge(res, verdict === 'stale', path, projectId);
    return false;
  }

  function streamOversize(res: ServerResponse, bytes: number, declareLength: boolean): void {
    const item = JSON.stringify({ endpointServiceName: null, errorMessage: 'x'.repeat(900), id: 'f'.repeat(24), interfaceEndpoints: [], status: 'FAILED' });
    const count = Math.max(1, Math.ceil((bytes - 2) / (item.length + 1)));
    const total = 2 + count * (item.length + 1) - 1;
    res.writeHead(200, declareLength ? { 'Content-Type': JSON_TYPE, 'Content-Length': total } : { 'Content-Type': JSON_TYPE });
    let written = 0;
    const chunk = Array.from({ length: 64 }, () => item).join(',');
    const write = () => {
      while (!res.destroyed) {
        if (written >= count) {
          res.end(']');
          return;
        }
        const batch = Math.min(64, count - written);
        const text = (written === 0 ? '[' : ',') + (batch === 64 ? chunk : Array.from({ length: batch }, () => item).join(','));
        written += batch;
        if (!res.write(text)) {
          res.once('drain', write);
          return;
        }
      }
    };
    write();
  }

  function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse, url: URL, projectId: string | undefined, routeContext: RouteContext): void {
    switch (fault.type) {
      case 'rateLimit': {
        if (fault.retryAfterSeconds === null) {
          // Real Atlas's RATE_LIMITED (fixture err-429-rate-limited): no Retry-After, the limit in the detail.
          const limited = atlasError(429, 'RATE_LIMITED', `Resource ${url.pathname} is limited to 10 requests every 1 minutes.`, [url.pathname, 10, 1]);
          return send(res, 429, JSON.stringify(limited.body));
        }
        const wait = fault.retryAfterSeconds ?? 1;
        const limited = atlasError(429, 'RATE_LIMITED_TOKEN_BUCKET', `Rate limit exceeded for ${url.pathname}. Please retry after ${wait} seconds. Request capacity: 10. Refill rate: 5 per 60 seconds.`, [url.pathname, wait, 10, 5, 60]);
        return send(res, 429, JSON.stringify(limited.body), { 'Retry-After': wait });
      }
      case 'status': {
        const failure = fault.status === 503 ? atlasError(503, 'SERVICE_UNAVAILABLE', 'Service unavailable.') : atlasError(fault.status, 'UNEXPECTED_ERROR', 'Unexpected error.');
        return send(res, fault.status, JSON.stringify(failure.body), fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': fault.retryAfterSeconds });
      }
      case 'reset':
        if (typeof req.socket.resetAndDestroy === 'function') req.socket.resetAndDestroy();
        else req.socket.destroy();
        return;
      case 'hang':
        return;
      case 'malformedJson':
        return send(res, 200, '[{"endpointServiceName": "com.amazonaws.vpce.us-east-1.vpce-svc-0aee6');
      case 'html': {
        const status = fault.status ?? 502;
        return send(res, status, `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`, { 'Content-Type': 'text/html' });
      }
      case 'ipNotAllowed': {
        const ip = fault.ip ?? '203.0.113.9';
        return sendResult(res, atlasError(403, 'IP_ADDRESS_NOT_ON_ACCESS_LIST', `IP address ${ip} is not allowed to access this resource.`, [ip]), url);
      }
      case 'forbidden':
        return sendResult(res, atlasError(403, 'ACCESS_FORBIDDEN', fault.detail ?? 'The API key does not have the Project Read Only role (or higher) on this project.'), url);
      case 'notFound':
        return sendResult(res, groupNotFound(projectId ?? '000000000000000000000000'), url);
      case 'gone':
        return sendResult(res, fault.status === 404 ? resourceNotFound(url.pathname) : legacyGone(), url);
      case 'oversize':
        return streamOversize(res, fault.bytes ?? 21 * 1024 * 1024, fault.declareLength ?? false);
      case 'wrongShape': {
        const result = route(req.method ?? 'GET', url, routeContext);
        const body = result.body as unknown;
        const items = Array.isArray(body) ? body : ((body as { results?: unknown[] }).results ?? []);
        if (fault.variant === 'object') return send(res, 200, JSON.stringify(items[0] ?? { ok: true }));
        const stripped = items.map((item) => {
          const rest = { ...(item as Record<string, unknown>) };
          delete rest.id;
          return rest;
        });
        return send(res, 200, JSON.stringify(Array.isArray(body) ? stripped : { ...(body as object), results: stripped }));
      }
      case 'redirect': {
        const location = new URL(fault.location, origin).href;
        return send(res, fault.status ?? 302, '', { Location: location });
      }
      case 'latency':
      case 'unknownAlgorithm':
        return;
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const projectId = /\/groups\/([^/]+)/.exec(path)?.[1];
    counters.total += 1;
    counters.byPath[path] = (counters.byPath[path] ?? 0) + 1;
    if (projectId !== undefined) counters.byProject[projectId] = (counters.byProject[projectId] ?? 0) + 1;
    counters.inFlight += 1;
    counters.inFlightMax = Math.max(counters.inFlightMax, counters.inFlight);
    if (projectId !== undefined) {
      const now = (counters.inFlightByProject[projectId] ?? 0) + 1;
      counters.inFlightByProject[projectId] = now;
      counters.inFlightMaxByProject[projectId] = Math.max(counters.inFlightMaxByProject[projectId] ?? 0, now);
    }
    const counted = counters;
    res.once('close', () => {
      counted.inFlight -= 1;
      if (projectId !== undefined) counted.inFlightByProject[projectId] -= 1;
      if (!res.writableFinished) counted.abandoned += 1;
    });
    await delay(settings.latencyMs + faults.latencyFor(path, projectId));
    if (!authenticate(req, res, path, projectId)) return;
    counters.authorized += 1;
    const routeContext: RouteContext = { origin, projects, projectOrder: dataset, shape: settings.shape, ignorePageNum: settings.ignorePageNum };
    const fault = faults.take(path, projectId, (type) => type !== 'latency' && type !== 'unknownAlgorithm');
    if (fault) {
      counters.faultsApplied += 1;
      return applyFault(fault, req, res, url, projectId, routeContext);
    }
    sendResult(res, route(req.method ?? 'GET', url, routeContext), url);
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const action = `${req.method} ${url.pathname.slice(CONTROL_PREFIX.length)}`;
    const body = req.method === 'POST' ? await readBody(req) : '';
    const input = body.trim() === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
    const ok = (value: unknown) => send(res, 200, JSON.stringify(value));
    switch (action) {
      case 'GET info':
        return ok(info());
      case 'GET counters':
        return ok(counters);
      case 'POST reset':
        faults.clear();
        statusChanges.reset();
        counters = emptyCounters();
        return ok({ ok: true });
      case 'GET faults':
        return ok(faults.list());
      case 'POST faults':
        for (const fault of Array.isArray(input) ? input : [input]) faults.add(parseFault(fault));
        return ok(faults.list());
      case 'DELETE faults':
        faults.clear();
        return ok({ ok: true });
      case 'POST keys':
        if (input.revoke === true) emulator.revokeKey();
        else emulator.setKeys({ publicKey: input.publicKey as string | undefined, privateKey: input.privateKey as string | undefined });
        if (input.revokeServiceAccount === true) emulator.setServiceAccount({ clientSecret: randomClientSecret() });
        else if (typeof input.serviceAccount === 'object' && input.serviceAccount !== null) emulator.setServiceAccount(input.serviceAccount as Partial<ServiceAccount>);
        return ok(info());
      case 'POST settings':
        applySettings(input as Partial<EmulatorSettings>);
        return ok(settings);
      case 'POST expire-nonces':
        verifier.expireAll();
        return ok({ ok: true });
      case 'POST expire-tokens':
        tokens.clear();
        return ok({ ok: true });
      case 'POST status-changes':
        for (const change of Array.isArray(input) ? input : [input]) statusChanges.schedule(parseStatusChange(change));
        return ok({ ok: true });
      default:
        return send(res, 404, JSON.stringify({ error: `unknown control route ${action}` }));
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    try {
      if (url.pathname.startsWith(CONTROL_PREFIX)) return await handleControl(req, res, url);
      if (url.pathname === '/api/oauth/token' || url.pathname === '/api/oauth/revoke') return await handleToken(req, res, url);
      return await handleApi(req, res, url);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      send(res, url.pathname.startsWith(CONTROL_PREFIX) ? 400 : 500, JSON.stringify(atlasError(500, 'UNEXPECTED_ERROR', `Emulator error: ${message}`).body));
    }
  }

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;

  const emulator: RunningEmulator = {
    url: origin,
    get publicKey() {
      return key.publicKey;
    },
    get privateKey() {
      return key.privateKey;
    },
    get serviceAccount() {
      return { ...account };
    },
    projects: summaries(),
    dataset,
    info,
    counters: () => structuredClone(counters),
    resetCounters: () => {
      counters = emptyCounters();
    },
    setFault: (fault) => faults.add(parseFault(fault)),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    setKeys: (keys) => {
      if (keys.publicKey) key.publicKey = keys.publicKey;
      if (keys.privateKey) key.privateKey = keys.privateKey;
    },
    revokeKey: () => {
      key.privateKey = randomUUID();
    },
    setServiceAccount: (update) => {
      if (update.clientId) account.clientId = update.clientId;
      if (update.clientSecret) account.clientSecret = update.clientSecret;
      tokens.clear();
    },
    setSettings: applySettings,
    expireNonces: () => verifier.expireAll(),
    expireTokens: () => tokens.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        statusChanges.reset();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return emulator;
}
