// How many threads the command-line scanner uses when not told.
import assert from 'node:assert/strict';
import { defaultThreads } from '../../../src/cli/pool';

describe('atlas-scan threads', () => {
  it('uses one thread per idle processor, the main one included, and always at least one', () => {
    assert.equal(defaultThreads(2, 0), 2);
    assert.equal(defaultThreads(2, 0.9), 2);
    assert.equal(defaultThreads(2, 1.6), 1);
    assert.equal(defaultThreads(2, 12), 1);
    assert.equal(defaultThreads(8, 3), 6);
    assert.equal(defaultThreads(1, 0), 1);
  });
});
