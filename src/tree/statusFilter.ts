// The statuses the status filter offers. Pure (no `vscode`).

/** Every status the legacy list and the endpoint service API document, in the order of their life. */
export const KNOWN_STATUSES: readonly string[] = ['INITIATING', 'WAITING_FOR_USER', 'PENDING_ACCEPTANCE', 'PENDING', 'AVAILABLE', 'VERIFIED', 'FAILED', 'REJECTED', 'DELETING'];

/** The known statuses, then any other status seen in what is loaded (sorted), each once. */
export function statusesToOffer(loaded: Iterable<string>): string[] {
  const others = [...new Set(loaded)].filter((status) => !KNOWN_STATUSES.includes(status)).sort();
  return [...KNOWN_STATUSES, ...others];
}
