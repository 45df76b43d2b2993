import assert from 'node:assert/strict';
import { Semaphore } from '../../../src/atlas/semaphore';

describe('atlas/semaphore', () => {
  it('admits at most `limit` holders, hands slots on in order, and lets a waiter give up', async () => {
    const semaphore = new Semaphore(2);
    const first = await semaphore.acquire();
    const second = await semaphore.acquire();
    assert.equal(semaphore.inUse, 2);
    const order: string[] = [];
    const controller = new AbortController();
    const abandoned = semaphore.acquire(controller.signal).then(
      () => order.push('abandoned got a slot'),
      (error: { kind?: string }) => order.push(`abandoned: ${error.kind}`),
    );
    const third = semaphore.acquire().then((release) => {
      order.push('third');
      return release;
    });
    controller.abort();
    await abandoned;
    first();
    first(); // releasing twice is harmless
    const releaseThird = await third;
    assert.deepEqual(order, ['abandoned: cancelled', 'third']);
    assert.equal(semaphore.inUse, 2);
    second();
    releaseThird();
    assert.equal(semaphore.inUse, 0);
  });
});
