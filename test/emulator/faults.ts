// Fault injection: what can go wrong between the extension and Atlas, switchable per project or globally.

export type FaultSpec =
  /** Delay every matching request (adds up with other latency faults and the global latency). */
  | { type: 'latency'; ms: number }
  /** 429 RATE_LIMITED_TOKEN_BUCKET with Retry-After; `retryAfterSeconds: null`: RATE_LIMITED without it, as real Atlas may answer. */
  | { type: 'rateLimit'; retryAfterSeconds?: number | null }
  /** An Atlas error body with this 5xx status (503 may carry Retry-After). */
  | { type: 'status'; status: 500 | 502 | 503 | 504; retryAfterSeconds?: number }
  /** The TCP connection is reset before any response. */
  | { type: 'reset' }
  /** The request is accepted and never answered. */
  | { type: 'hang' }
  /** 200 with a truncated JSON body. */
  | { type: 'malformedJson' }
  /** A proxy's HTML error page (default 502). */
  | { type: 'html'; status?: number }
  /** 403 IP_ADDRESS_NOT_ON_ACCESS_LIST naming `ip`. */
  | { type: 'ipNotAllowed'; ip?: string }
  /** 403: the key lacks the role for this project. `detail` replaces Atlas's text (a hostile server's, say). */
  | { type: 'forbidden'; detail?: string }
  /** 404 for the project (unknown group). */
  | { type: 'notFound' }
  /** The endpoint has been removed: 410, or 404 RESOURCE_NOT_FOUND (not GROUP_NOT_FOUND) with `status: 404`. */
  | { type: 'gone'; status?: 404 | 410 }
  /** 200 with a body of `bytes` bytes (chunked unless `declareLength`). */
  | { type: 'oversize'; bytes?: number; declareLength?: boolean }
  /** 200 with the wrong shape: an object where a list belongs, or items without `id`. */
  | { type: 'wrongShape'; variant: 'object' | 'missingId' }
  /** A redirect to `location` (absolute: another origin; relative: the same server). */
  | { type: 'redirect'; location: string; status?: 301 | 302 | 307 | 308 }
  /** The digest challenge names an algorithm clients should refuse (a first challenge, or one answering an expired nonce). */
  | { type: 'unknownAlgorithm'; algorithm?: string };

export type Fault = FaultSpec & {
  /** Only requests for this project; omitted = every API request. */
  projectId?: string;
  /** Only requests whose path contains this text. */
  pathIncludes?: string;
  /** Affect this many matching requests, then switch off (a burst); omitted = until cleared. */
  count?: number;
};

export type FaultType = FaultSpec['type'];

const FAULT_TYPES: ReadonlySet<string> = new Set<FaultType>([
  'latency', 'rateLimit', 'status', 'reset', 'hang', 'malformedJson', 'html', 'ipNotAllowed', 'forbidden', 'notFound', 'gone', 'oversize', 'wrongShape', 'redirect', 'unknownAlgorithm',
]);

/** Checks a fault that arrived as JSON over the control API. */
export function parseFault(value: unknown): Fault {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('a fault is a JSON object');
  const fault = value as Fault;
  if (typeof fault.type !== 'string' || !FAULT_TYPES.has(fault.type)) throw new Error(`unknown fault type ${JSON.stringify(fault.type)}; one of ${[...FAULT_TYPES].join(', ')}`);
  if (fault.count !== undefined && (!Number.isInteger(fault.count) || fault.count < 1)) throw new Error('count must be a positive whole number');
  if (fault.type === 'latency' && !(typeof fault.ms === 'number' && fault.ms >= 0)) throw new Error('latency needs ms >= 0');
  if (fault.type === 'status' && ![500, 502, 503, 504].includes(fault.status)) throw new Error('status must be 500, 502, 503 or 504');
  if (fault.type === 'redirect' && typeof fault.location !== 'string') throw new Error('redirect needs a location');
  if (fault.type === 'gone' && fault.status !== undefined && fault.status !== 404 && fault.status !== 410) throw new Error('gone status must be 404 or 410');
  if (fault.type === 'wrongShape' && fault.variant !== 'object' && fault.variant !== 'missingId') throw new Error('wrongShape variant is object or missingId');
  return { ...fault };
}

interface ActiveFault {
  fault: Fault;
  remaining: number;
}

export class FaultBoard {
  private active: ActiveFault[] = [];

  add(fault: Fault): void {
    this.active.push({ fault, remaining: fault.count ?? Infinity });
  }

  clear(): void {
    this.active = [];
  }

  list(): Fault[] {
    return this.active.map((entry) => entry.fault);
  }

  /** Total latency for this request (latency faults are consumed like the others when counted). */
  latencyFor(path: string, projectId: string | undefined): number {
    let total = 0;
    for (const entry of this.matching(path, projectId, (type) => type === 'latency')) {
      total += (entry.fault as { ms: number }).ms;
      this.consume(entry);
    }
    return total;
  }

  /** The first matching fault of one of `types`, consumed. */
  take(path: string, projectId: string | undefined, accept: (type: FaultType) => boolean): Fault | undefined {
    const [entry] = this.matching(path, projectId, accept);
    if (entry === undefined) return undefined;
    this.consume(entry);
    return entry.fault;
  }

  private matching(path: string, projectId: string | undefined, accept: (type: FaultType) => boolean): ActiveFault[] {
    return this.active.filter(
      (entry) =>
        accept(entry.fault.type) &&
        (entry.fault.projectId === undefined || entry.fault.projectId === projectId) &&
        (entry.fault.pathIncludes === undefined || path.includes(entry.fault.pathIncludes)),
    );
  }

  private consume(entry: ActiveFault): void {
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.active = this.active.filter((other) => other !== entry);
  }
}
