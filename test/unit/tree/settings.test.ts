import * as assert from 'node:assert/strict';
import { readModelSettings } from '../../../src/tree/settings';

describe('tree/settings', () => {
  it('reads the values as set', () => {
    const values: Record<string, unknown> = { pageSize: 250, api: 'endpointService', discoverProjects: false };
    assert.deepEqual(readModelSettings((key) => values[key]), { pageSize: 250, apiMode: 'endpointService', discover: false });
  });

  it('falls back to defaults and clamps hand-edited nonsense', () => {
    assert.deepEqual(readModelSettings(() => undefined), { pageSize: 100, apiMode: 'auto', discover: true });
    const values: Record<string, unknown> = { pageSize: 5000.7, api: 'v3', discoverProjects: 'yes' };
    assert.deepEqual(readModelSettings((key) => values[key]), { pageSize: 500, apiMode: 'auto', discover: true });
    assert.equal(readModelSettings((key) => (key === 'pageSize' ? 0 : undefined)).pageSize, 1);
    assert.equal(readModelSettings((key) => (key === 'pageSize' ? Number.NaN : undefined)).pageSize, 100);
  });
});
