import * as assert from 'node:assert/strict';
import { withoutAtlasCredentials, withoutNpmVariables } from '../../../scripts/vscode-host/environment';

describe('vscode-host environment', () => {
  it('keeps real Atlas credentials out of the test hosts', () => {
    const env = {
      PATH: '/usr/bin',
      MONGODB_ATLAS_PUBLIC_API_KEY: 'real',
      MONGODB_ATLAS_PRIVATE_API_KEY: 'real',
      MCLI_PROFILE: 'work',
      ATLAS_EMULATOR_URL: 'http://127.0.0.1:1',
    };
    assert.deepEqual(withoutAtlasCredentials(env), { PATH: '/usr/bin', ATLAS_EMULATOR_URL: 'http://127.0.0.1:1' });
  });

  it('drops the npm_* variables of `npm run` before a nested npm runs', () => {
    assert.deepEqual(withoutNpmVariables({ PATH: '/usr/bin', npm_config_prefix: '/repo', npm_package_json: '/repo/package.json' }), {
      PATH: '/usr/bin',
    });
  });
});
