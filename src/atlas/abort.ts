// Waiting that an AbortSignal can end early.
import { cancelled } from './errors';

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Settles like `promise`, or rejects with `cancelled` as soon as the signal aborts (the promise itself runs on). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * A signal that aborts when either one does (AbortSignal.any, which Node 20.0 to 20.2 lack), and a `release` that
 * removes its listeners again: the client's long-lived signal must not collect one per request.
 */
export function eitherSignal(first: AbortSignal, second: AbortSignal | undefined): { signal: AbortSignal; release(): void } {
  if (second === undefined) return { signal: first, release: () => undefined };
  const controller = new AbortController();
  if (first.aborted || second.aborted) {
    controller.abort();
    return { signal: controller.signal, release: () => undefined };
  }
  const onAbort = () => {
    controller.abort();
    release();
  };
  const release = () => {
    first.removeEventListener('abort', onAbort);
    second.removeEventListener('abort', onAbort);
  };
  first.addEventListener('abort', onAbort, { once: true });
  second.addEventListener('abort', onAbort, { once: true });
  return { signal: controller.signal, release };
}
