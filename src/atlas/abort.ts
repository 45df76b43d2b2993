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

/** A signal that aborts when either one does (AbortSignal.any, which Node 20.0 to 20.2 lack). */
export function eitherSignal(first: AbortSignal, second: AbortSignal | undefined): AbortSignal {
  if (second === undefined) return first;
  if (first.aborted || second.aborted) return AbortSignal.abort();
  const controller = new AbortController();
  const onAbort = () => {
    controller.abort();
    first.removeEventListener('abort', onAbort);
    second.removeEventListener('abort', onAbort);
  };
  first.addEventListener('abort', onAbort, { once: true });
  second.addEventListener('abort', onAbort, { once: true });
  return controller.signal;
}
