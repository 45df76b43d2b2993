// Retry policy: which failures are worth another attempt and how long to wait before it.
import type { AtlasApiError } from './errors';

const RETRY_WITH_BACKOFF = new Set([500, 502, 504]);
const RETRY_AFTER_STATUSES = new Set([429, 503]);
const MAX_BACKOFF_MS = 10_000;

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxRetryAfterSeconds: number;
  random?: () => number;
}

/** Milliseconds to wait before the next attempt, or undefined when this failure must not be retried. */
export function retryDelayMs(error: AtlasApiError, attempt: number, policy: RetryPolicy): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const status = error.status;
  const retryAfterStatus = status !== undefined && RETRY_AFTER_STATUSES.has(status);
  const backoffStatus = status !== undefined && RETRY_WITH_BACKOFF.has(status);
  const resetConnection = error.kind === 'network';
  if (!retryAfterStatus && !backoffStatus && !resetConnection) return undefined;
  if (retryAfterStatus && error.retryAfterSeconds !== undefined) {
    // Asked to wait longer than we are willing to keep a view spinning: give the wait back to the person instead.
    if (error.retryAfterSeconds > policy.maxRetryAfterSeconds) return undefined;
    return error.retryAfterSeconds * 1000;
  }
  // A real 429 RATE_LIMITED may carry no Retry-After; Atlas's limits are per minute ("10 requests every 1 minutes"), so
  // retries a second apart cannot succeed and only spend the budget. Stop, and let the message say when to retry.
  if (status === 429) return undefined;
  const ceiling = Math.min(MAX_BACKOFF_MS, policy.baseDelayMs * 2 ** (attempt - 1));
  const random = policy.random ?? Math.random;
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After in seconds (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
