// Shared by the tree unit tests. The page source here is a scripted stand-in for AtlasClient: these tests are about
// the state machine's timing (what happens while a page is in flight), which the real client and emulator cannot
// pause on demand. The real client against the emulator is exercised in treeEmulator.test.ts and the integration suite.
import { AtlasApiError, type CloudProvider, type EndpointService, type ListResult, type Page, type PageRequest, type PrivateEndpointConnection } from '../../../src/atlas';
import type { AtlasSource } from '../../../src/tree/connectionsModel';
import type { AtlasProject } from '../../../src/atlas';

export { englishL10n } from '../../../src/localizer';

export function connection(index: number, overrides: Partial<PrivateEndpointConnection> = {}): PrivateEndpointConnection {
  return {
    id: index.toString(16).padStart(24, '0'),
    endpointServiceName: `com.amazonaws.vpce.us-east-1.vpce-svc-${index.toString(16).padStart(17, '0')}`,
    errorMessage: null,
    interfaceEndpoints: [`vpce-${index.toString(16).padStart(17, '0')}`],
    status: 'WAITING_FOR_USER',
    ...overrides,
  };
}

export interface Call {
  readonly method: 'listPrivateEndpointsPage' | 'listEndpointServices' | 'listProjectsPage';
  readonly groupId?: string;
  readonly page?: PageRequest;
  readonly provider?: CloudProvider;
  readonly signal?: AbortSignal;
}

type Answer<T> = T | AtlasApiError | (() => T | AtlasApiError);

interface Held {
  release(): void;
}

/**
 * Serves connections from an in-memory list, in pages, with optional scripted failures and a gate that holds
 * responses until released (to observe "in flight"). Rejects with a `cancelled` AtlasApiError when the signal aborts.
 */
export class ScriptedSource implements AtlasSource {
  readonly calls: Call[] = [];
  /** Next answers of the legacy list, consumed one per call before falling back to paging `connections`. */
  readonly legacyAnswers: Array<Answer<Page<PrivateEndpointConnection>>> = [];
  readonly serviceAnswers = new Map<CloudProvider, Answer<ListResult<EndpointService>>>();
  readonly projectPages: Array<Answer<Page<AtlasProject>>> = [];
  includeTotalCount = true;
  private gate: Promise<void> | undefined;
  private readonly held: Held[] = [];

  constructor(public connections: PrivateEndpointConnection[] = []) {}

  /** Holds every response until `release()`. */
  hold(): void {
    this.gate = new Promise<void>((resolve) => this.held.push({ release: resolve }));
  }

  release(): void {
    this.gate = undefined;
    for (const held of this.held.splice(0)) {
      held.release();
    }
  }

  listPrivateEndpointsPage(groupId: string, page: PageRequest, signal?: AbortSignal): Promise<Page<PrivateEndpointConnection>> {
    this.calls.push({ method: 'listPrivateEndpointsPage', groupId, page, signal });
    const scripted = this.legacyAnswers.shift();
    return this.answer(signal, () => (scripted !== undefined ? resolveAnswer(scripted) : this.page(page)));
  }

  listEndpointServices(groupId: string, provider: CloudProvider, signal?: AbortSignal): Promise<ListResult<EndpointService>> {
    this.calls.push({ method: 'listEndpointServices', groupId, provider, signal });
    const scripted = this.serviceAnswers.get(provider);
    return this.answer(signal, () => (scripted !== undefined ? resolveAnswer(scripted) : { items: [], raw: [] }));
  }

  listProjectsPage(page: PageRequest, signal?: AbortSignal): Promise<Page<AtlasProject>> {
    this.calls.push({ method: 'listProjectsPage', page, signal });
    const scripted = this.projectPages.shift();
    return this.answer(signal, () => (scripted !== undefined ? resolveAnswer(scripted) : { items: [], pageNum: page.pageNum, itemsPerPage: page.itemsPerPage, hasMore: false, raw: { results: [] } }));
  }

  callsOf(method: Call['method']): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  page(request: PageRequest): Page<PrivateEndpointConnection> {
    const start = (request.pageNum - 1) * request.itemsPerPage;
    const items = this.connections.slice(start, start + request.itemsPerPage);
    const raw = { links: [], results: items.map((item) => ({ ...item })), ...(this.includeTotalCount ? { totalCount: this.connections.length } : {}) };
    return {
      items,
      pageNum: request.pageNum,
      itemsPerPage: request.itemsPerPage,
      totalCount: this.includeTotalCount ? this.connections.length : undefined,
      hasMore: start + items.length < this.connections.length,
      raw,
    };
  }

  private async answer<T>(signal: AbortSignal | undefined, produce: () => T | AtlasApiError): Promise<T> {
    const aborted = new Promise<never>((_resolve, reject) => {
      const fail = () => reject(new AtlasApiError({ kind: 'cancelled', message: 'The request to Atlas was cancelled.' }));
      if (signal?.aborted) fail();
      signal?.addEventListener('abort', fail, { once: true });
    });
    aborted.catch(() => undefined);
    await Promise.race([Promise.resolve(this.gate), aborted]);
    if (signal?.aborted) {
      throw new AtlasApiError({ kind: 'cancelled', message: 'The request to Atlas was cancelled.' });
    }
    const result = produce();
    if (result instanceof AtlasApiError) {
      throw result;
    }
    return result;
  }
}

function resolveAnswer<T>(answer: Answer<T>): T | AtlasApiError {
  return typeof answer === 'function' ? (answer as () => T | AtlasApiError)() : answer;
}

export function atlasError(status: number, errorCode: string, kind: AtlasApiError['kind'], extra: Partial<ConstructorParameters<typeof AtlasApiError>[0]> = {}): AtlasApiError {
  return new AtlasApiError({ kind, status, errorCode, message: `HTTP ${status} ${errorCode}`, ...extra });
}

/** Lets pending promise callbacks run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
