import * as assert from 'node:assert/strict';
import { LatestLoad, type LoadOutcome } from '../../../src/tree/latestLoad';

/** A piece of work that finishes when the test says so, and rejects as soon as its signal aborts. */
function controllable<T>(): { work: (signal: AbortSignal) => Promise<T>; resolve(value: T): void; reject(error: unknown): void; signal(): AbortSignal } {
  let settle: { resolve(value: T): void; reject(error: unknown): void } | undefined;
  let seen: AbortSignal | undefined;
  return {
    work: (signal) =>
      new Promise<T>((resolve, reject) => {
        seen = signal;
        settle = { resolve, reject };
        signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      }),
    resolve: (value) => settle?.resolve(value),
    reject: (error) => settle?.reject(error),
    signal: () => seen as AbortSignal,
  };
}

describe('tree/latestLoad', () => {
  it('hands the outcome over and forgets the load once it settles', async () => {
    const latest = new LatestLoad();
    const outcomes: Array<LoadOutcome<number>> = [];
    const first = controllable<number>();
    const promise = latest.start(first.work, (outcome) => outcomes.push(outcome));
    assert.equal(latest.pending, promise);
    first.resolve(42);
    await promise;
    assert.deepEqual(outcomes, [{ ok: true, value: 42 }]);
    assert.equal(latest.pending, undefined);
    assert.equal(first.signal().aborted, false);
  });

  it('cancel aborts the load in flight and drops its outcome; the promise still resolves', async () => {
    const latest = new LatestLoad();
    const outcomes: Array<LoadOutcome<number>> = [];
    const first = controllable<number>();
    const promise = latest.start(first.work, (outcome) => outcomes.push(outcome));
    latest.cancel();
    assert.equal(first.signal().aborted, true);
    assert.equal(latest.pending, undefined);
    await promise;
    assert.deepEqual(outcomes, []);
  });

  it('the latest load wins: a started-over load that finishes late changes nothing', async () => {
    const latest = new LatestLoad();
    const outcomes: Array<LoadOutcome<string>> = [];
    const old = controllable<string>();
    const oldPromise = latest.start(old.work, (outcome) => outcomes.push(outcome));
    latest.cancel();
    const fresh = controllable<string>();
    const freshPromise = latest.start(fresh.work, (outcome) => outcomes.push(outcome));
    old.resolve('old');
    fresh.resolve('fresh');
    await Promise.all([oldPromise, freshPromise]);
    assert.deepEqual(outcomes, [{ ok: true, value: 'fresh' }]);
  });

  it('a failure is handed over once, and what is left of the work is cancelled', async () => {
    const latest = new LatestLoad();
    const outcomes: Array<LoadOutcome<number>> = [];
    const first = controllable<number>();
    const promise = latest.start(first.work, (outcome) => outcomes.push(outcome));
    const boom = new Error('boom');
    first.reject(boom);
    await promise;
    assert.deepEqual(outcomes, [{ ok: false, error: boom }]);
    assert.equal(first.signal().aborted, true, 'sibling requests of the failed load are cancelled');
    assert.equal(latest.pending, undefined);
  });
});
