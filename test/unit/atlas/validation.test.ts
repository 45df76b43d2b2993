import assert from 'node:assert/strict';
import { AtlasApiError, DEFAULT_BASE_URL, isLoopbackHost, normalizeBaseUrl, validateGroupId, validateItemsPerPage } from '../../../src/atlas';

function kindOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof AtlasApiError, 'throws AtlasApiError');
    return error.kind;
  }
  return undefined;
}

describe('atlas/validation', () => {
  describe('normalizeBaseUrl', () => {
    it('defaults to Atlas commercial and accepts Atlas for Government and any https URL', () => {
      assert.equal(normalizeBaseUrl(undefined), DEFAULT_BASE_URL);
      assert.equal(normalizeBaseUrl('  '), DEFAULT_BASE_URL);
      assert.equal(normalizeBaseUrl('https://cloud.mongodbgov.com/'), 'https://cloud.mongodbgov.com');
      assert.equal(normalizeBaseUrl('https://atlas.example.com:8443/prefix//'), 'https://atlas.example.com:8443/prefix');
      assert.equal(normalizeBaseUrl('HTTPS://Cloud.MongoDB.com'), 'https://cloud.mongodb.com');
    });

    it('allows http only for loopback hosts', () => {
      for (const url of ['http://127.0.0.1:8080', 'http://127.1.2.3', 'http://localhost:3000/', 'http://[::1]:9000']) {
        assert.equal(kindOf(() => normalizeBaseUrl(url)), undefined, url);
      }
      for (const url of ['http://cloud.mongodb.com', 'http://10.0.0.5:8080', 'http://localhost.evil.com', 'http://128.0.0.1', 'http://[::2]']) {
        assert.equal(kindOf(() => normalizeBaseUrl(url)), 'invalidBaseUrl', url);
      }
    });

    it('refuses other schemes, non-URLs, embedded credentials, queries and fragments with a clear message', () => {
      for (const url of ['ftp://cloud.mongodb.com', 'cloud.mongodb.com', 'localhost:8080', 'https://user:pw@cloud.mongodb.com', 'https://cloud.mongodb.com/?a=1', 'https://cloud.mongodb.com/#x', 'javascript:alert(1)']) {
        assert.equal(kindOf(() => normalizeBaseUrl(url)), 'invalidBaseUrl', url);
      }
      assert.throws(() => normalizeBaseUrl('http://example.com'), /clear text/);
      assert.throws(() => normalizeBaseUrl('https://alice:hunter2@cloud.mongodb.com'), (error: Error) => /must not contain a user name/.test(error.message) && !error.message.includes('hunter2'));
    });

    it('knows the loopback hosts', () => {
      assert.ok(isLoopbackHost('127.0.0.1'));
      assert.ok(isLoopbackHost('[::1]'));
      assert.ok(isLoopbackHost('LOCALHOST'));
      assert.ok(!isLoopbackHost('0.0.0.0'));
      assert.ok(!isLoopbackHost('localhost.localdomain'));
    });
  });

  it('validateGroupId accepts 24 hex characters (trimmed, any case) and explains anything else', () => {
    assert.equal(validateGroupId(' 5E2211C17A3E5A48F5497DE3 '), '5e2211c17a3e5a48f5497de3');
    for (const id of ['', '5e2211c17a3e5a48f5497de', '5e2211c17a3e5a48f5497de3a', 'zz2211c17a3e5a48f5497de3', '../../../etc/passwd00000']) {
      assert.equal(kindOf(() => validateGroupId(id)), 'badRequest', id);
    }
    assert.throws(() => validateGroupId('nope'), /24 hexadecimal/);
  });

  it('validateItemsPerPage accepts 1..500 and refuses the rest', () => {
    assert.equal(validateItemsPerPage(1), 1);
    assert.equal(validateItemsPerPage(500), 500);
    for (const n of [0, -1, 501, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(kindOf(() => validateItemsPerPage(n)), 'badRequest', String(n));
    }
    assert.throws(() => validateItemsPerPage(501), /1 to 500/);
  });
});
