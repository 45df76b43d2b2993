import * as assert from 'node:assert/strict';
import { detectEnvironmentProfile } from '../../../src/credentials/environment';

describe('environment profile detection', () => {
  it('finds nothing without both API key variables', () => {
    assert.deepEqual(detectEnvironmentProfile({}), { found: false });
    assert.deepEqual(detectEnvironmentProfile({ MONGODB_ATLAS_PUBLIC_API_KEY: 'abc' }), { found: false });
    assert.deepEqual(detectEnvironmentProfile({ MONGODB_ATLAS_PUBLIC_API_KEY: 'abc', MONGODB_ATLAS_PRIVATE_API_KEY: '  ' }), { found: false });
  });

  it('reads API keys, the default base URL and the project id', () => {
    const detection = detectEnvironmentProfile({
      MONGODB_ATLAS_PUBLIC_API_KEY: 'abcdefgh',
      MONGODB_ATLAS_PRIVATE_API_KEY: 'secret-value',
      MONGODB_ATLAS_PROJECT_ID: '5A0A1E7E0F2912C554080AE6',
    });
    assert.ok(detection.found && 'source' in detection);
    assert.deepEqual(detection.source.secret, { kind: 'apiKey', publicKey: 'abcdefgh', privateKey: 'secret-value' });
    assert.match(detection.source.baseUrl, /^https:\/\/cloud\.mongodb\.com\/?$/);
    assert.equal(detection.source.projectId, '5a0a1e7e0f2912c554080ae6');
  });

  it('prefers MONGODB_ATLAS_OPS_MANAGER_URL over MONGODB_ATLAS_BASE_URL', () => {
    const keys = { MONGODB_ATLAS_PUBLIC_API_KEY: 'a', MONGODB_ATLAS_PRIVATE_API_KEY: 'b' };
    const both = detectEnvironmentProfile({ ...keys, MONGODB_ATLAS_OPS_MANAGER_URL: 'http://127.0.0.1:9000/', MONGODB_ATLAS_BASE_URL: 'https://cloud.mongodbgov.com' });
    assert.ok(both.found && 'source' in both);
    assert.match(both.source.baseUrl, /^http:\/\/127\.0\.0\.1:9000\/?$/);
    const base = detectEnvironmentProfile({ ...keys, MONGODB_ATLAS_BASE_URL: 'https://cloud.mongodbgov.com' });
    assert.ok(base.found && 'source' in base);
    assert.match(base.source.baseUrl, /^https:\/\/cloud\.mongodbgov\.com\/?$/);
  });

  it('reads a service account when no API key is set, and ignores a malformed project id', () => {
    const detection = detectEnvironmentProfile({
      MONGODB_ATLAS_CLIENT_ID: 'mdb_sa_id_0123456789abcdef01234567',
      MONGODB_ATLAS_CLIENT_SECRET: 'mdb_sa_sk_x',
      MONGODB_ATLAS_PROJECT_ID: 'nope',
    });
    assert.ok(detection.found && 'source' in detection);
    assert.equal(detection.source.secret.kind, 'serviceAccount');
    assert.equal(detection.source.projectId, undefined);
  });

  it('reports an unusable base URL without the keys', () => {
    const detection = detectEnvironmentProfile({
      MONGODB_ATLAS_PUBLIC_API_KEY: 'a',
      MONGODB_ATLAS_PRIVATE_API_KEY: 'very-secret-value',
      MONGODB_ATLAS_BASE_URL: 'http://atlas.example.com',
    });
    assert.ok(detection.found && 'problem' in detection);
    assert.ok(!detection.problem.includes('very-secret-value'));
  });
});
