import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SettingName } from '../../src/ids';
import { MAX_FILE_SIZE_KB_LIMIT, readClientSettings, readDeprecationSettings, readTreeSettings } from '../../src/settings';

function reader(values: Partial<Record<SettingName, unknown>>): (name: SettingName) => unknown {
  return (name) => values[name];
}

describe('settings: the tree', () => {
  it('reads the values as set', () => {
    const values: Record<string, unknown> = { pageSize: 250, api: 'endpointService', discoverProjects: false };
    assert.deepEqual(readTreeSettings((key) => values[key]), { pageSize: 250, apiMode: 'endpointService', discover: false });
  });

  it('falls back to defaults and clamps hand-edited nonsense', () => {
    assert.deepEqual(readTreeSettings(() => undefined), { pageSize: 100, apiMode: 'auto', discover: true });
    const values: Record<string, unknown> = { pageSize: 5000.7, api: 'v3', discoverProjects: 'yes' };
    assert.deepEqual(readTreeSettings((key) => values[key]), { pageSize: 500, apiMode: 'auto', discover: true });
    assert.equal(readTreeSettings((key) => (key === 'pageSize' ? 0 : undefined)).pageSize, 1);
    assert.equal(readTreeSettings((key) => (key === 'pageSize' ? Number.NaN : undefined)).pageSize, 100);
  });
});

describe('settings: the Atlas client', () => {
  it('reads the values as set, the timeout in milliseconds', () => {
    assert.deepEqual(readClientSettings(reader({ requestTimeoutSeconds: 5, maxConcurrentRequests: 16 })), { timeoutMs: 5000, maxConcurrentRequests: 16 });
  });

  it('falls back to the client defaults for anything but a whole number in range', () => {
    const defaults = { timeoutMs: 30_000, maxConcurrentRequests: 4 };
    assert.deepEqual(readClientSettings(reader({})), defaults);
    for (const bad of [0, 301, 2.5, '10', null]) {
      assert.equal(readClientSettings(reader({ requestTimeoutSeconds: bad })).timeoutMs, defaults.timeoutMs, String(bad));
    }
    for (const bad of [0, 17, 1.5, '4']) {
      assert.equal(readClientSettings(reader({ maxConcurrentRequests: bad })).maxConcurrentRequests, defaults.maxConcurrentRequests, String(bad));
    }
  });
});

describe('settings: deprecation diagnostics', () => {
  it('reads the values as set', () => {
    assert.deepEqual(
      readDeprecationSettings(
        reader({
          'deprecation.enabled': false,
          'deprecation.severity': 'Error',
          'deprecation.exclude': ['**/gen/**'],
          'deprecation.scanWorkspaceOnStartup': true,
          'deprecation.maxFileSizeKB': 64,
        }),
      ),
      { enabled: false, severity: 'Error', exclude: ['**/gen/**'], scanWorkspaceOnStartup: true, maxFileSizeKB: 64 },
    );
  });

  it('bounds maxFileSizeKB by the maximum package.json declares, and declares one', () => {
    assert.equal(readDeprecationSettings(reader({ 'deprecation.maxFileSizeKB': 10_000_000 })).maxFileSizeKB, MAX_FILE_SIZE_KB_LIMIT);
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { maximum?: number }> } };
    };
    assert.equal(manifest.contributes.configuration.properties['atlasPrivateEndpoints.deprecation.maxFileSizeKB'].maximum, MAX_FILE_SIZE_KB_LIMIT);
  });

  it('falls back to the defaults for anything unusable', () => {
    const defaults = { enabled: true, severity: 'Warning', exclude: [], scanWorkspaceOnStartup: false, maxFileSizeKB: 2048 };
    assert.deepEqual(readDeprecationSettings(reader({})), defaults);
    assert.deepEqual(
      readDeprecationSettings(
        reader({
          'deprecation.enabled': 'no',
          'deprecation.severity': 'toString',
          'deprecation.exclude': ['', 7, '**/vendor/**'],
          'deprecation.scanWorkspaceOnStartup': 'true',
          'deprecation.maxFileSizeKB': -1,
        }),
      ),
      { ...defaults, exclude: ['**/vendor/**'] },
    );
  });
});
