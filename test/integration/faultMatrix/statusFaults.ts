// Fault matrix rows: Atlas answers with an error status (404, 410, 429, 5xx), once, in bursts, or until it clears.
import { onAffected, type Row } from './world';

export const STATUS_FAULTS: Row[] = [
  {
    fault: '404 unknown project',
    setup: onAffected({ type: 'notFound' }),
    expect: { shows: 'error', on: 'the project', message: /could not find the project or resource \(404 GROUP_NOT_FOUND\)\. Check the project id/ },
  },
  {
    fault: '404 legacy endpoint removed (fallback)',
    setup: onAffected({ type: 'gone', status: 404, pathIncludes: '/privateEndpoint', count: 1 }),
    expect: { shows: 'fallback', note: /Deprecated API unavailable \(404\): showing endpoint services/ },
  },
  {
    fault: '410 legacy endpoint removed (fallback)',
    setup: onAffected({ type: 'gone', count: 1 }),
    expect: { shows: 'fallback', note: /Deprecated API unavailable \(410\): showing endpoint services/ },
  },
  {
    fault: '429 with Retry-After: 1',
    setup: onAffected({ type: 'rateLimit', retryAfterSeconds: 1, count: 1 }),
    expect: { shows: 'connections', requests: 2, check: (world) => void world.notes.push('backed off as asked, then loaded') },
  },
  {
    fault: '429 with Retry-After: 120 (longer than the view waits)',
    setup: onAffected({ type: 'rateLimit', retryAfterSeconds: 120 }),
    expect: { shows: 'error', on: 'the project', message: /rate limiting this key \(429 RATE_LIMITED_TOKEN_BUCKET\)\. Retry in 120 seconds/ },
  },
  {
    fault: '500 burst of 2',
    setup: onAffected({ type: 'status', status: 500, count: 2 }),
    expect: { shows: 'connections', requests: 3 },
  },
  {
    fault: '502 burst on every attempt',
    setup: onAffected({ type: 'status', status: 502, count: 3 }),
    expect: { shows: 'error', on: 'the project', message: /internal error \(502 UNEXPECTED_ERROR\) and retrying did not help/ },
  },
  {
    fault: '503 burst of 2 with Retry-After: 0',
    setup: onAffected({ type: 'status', status: 503, retryAfterSeconds: 0, count: 2 }),
    expect: { shows: 'connections', requests: 3 },
  },
  {
    fault: '503 until it clears',
    setup: onAffected({ type: 'status', status: 503 }),
    expect: { shows: 'error', on: 'the project', message: /temporarily unavailable \(503 SERVICE_UNAVAILABLE\)/ },
  },
];
