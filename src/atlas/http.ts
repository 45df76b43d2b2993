// One HTTP exchange over the global fetch: no redirects followed, a per-exchange timeout, cancellation,
// and a body read as a stream with a byte cap (never buffered beyond it).
import { AtlasApiError, cancelled } from './errors';

export interface ExchangeRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxResponseBytes: number;
  signal?: AbortSignal;
}

export interface ExchangeResponse {
  status: number;
  headers: Headers;
  /** The body, decoded as UTF-8 when first read: not in the turn its last bytes arrived in (with others', maybe). */
  readonly text: string;
}

/** Which failure ended an exchange, for the request log. */
export type ExchangeFailure = 'network-error' | 'timeout' | 'aborted';

export function failureOf(error: unknown): ExchangeFailure {
  if (error instanceof AtlasApiError && error.kind === 'cancelled') return 'aborted';
  if (error instanceof AtlasApiError && error.kind === 'timeout') return 'timeout';
  return 'network-error';
}

function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export async function exchange(request: ExchangeRequest): Promise<ExchangeResponse> {
  const { signal: outer, timeoutMs } = request;
  if (outer?.aborted) throw cancelled();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: controller.signal,
    });
    const chunks = await readCapped(response, request.maxResponseBytes);
    let text: string | undefined;
    return {
      status: response.status,
      headers: response.headers,
      get text() {
        // Joined and decoded once, whole: one string on the heap instead of one per chunk and then their concatenation.
        text ??= new TextDecoder('utf-8').decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
        return text;
      },
    };
  } catch (error) {
    if (error instanceof AtlasApiError) throw error;
    if (outer?.aborted) throw cancelled();
    const origin = new URL(request.url).origin;
    if (timedOut) {
      const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
      throw new AtlasApiError({ kind: 'timeout', message: `Atlas at ${origin} did not answer within ${limit}. Check the network or try again later.`, cause: error });
    }
    const code = networkCode(error);
    throw new AtlasApiError({
      kind: 'network',
      message: `Could not reach Atlas at ${origin}${code ? ` (${code})` : ''}. Check the network connection, proxy and base URL.`,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

function tooLarge(limit: number, status: number): AtlasApiError {
  return new AtlasApiError({
    kind: 'responseTooLarge',
    status,
    message: `Atlas sent a response larger than ${Math.round(limit / 1024 / 1024 * 10) / 10} MB; it was refused. Use a smaller page size.`,
  });
}

/** The body's chunks, refused as soon as they add up to more than `limit` bytes. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array[]> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(limit, response.status);
  }
  if (response.body === null) return [];
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit, response.status);
    }
    chunks.push(value);
  }
  return chunks;
}
