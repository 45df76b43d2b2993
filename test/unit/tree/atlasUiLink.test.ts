import * as assert from 'node:assert/strict';
import { atlasUiLink } from '../../../src/tree/atlasUiLink';

const PROJECT = '5e2211c17a3e5a48f5497de3';

describe('tree/atlasUiLink (Open in Atlas)', () => {
  it('commercial Atlas: the project\'s Network Access page, Private Endpoint tab, on cloud.mongodb.com', () => {
    assert.deepEqual(atlasUiLink('https://cloud.mongodb.com', PROJECT), {
      kind: 'url',
      cloud: 'commercial',
      url: `https://cloud.mongodb.com/v2/${PROJECT}#/security/network/privateEndpoint`,
    });
    assert.deepEqual(atlasUiLink('https://cloud.mongodb.com/', PROJECT), atlasUiLink('https://cloud.mongodb.com', PROJECT), 'a trailing slash is the same cloud');
  });

  it('Atlas for Government: the same page on cloud.mongodbgov.com', () => {
    assert.deepEqual(atlasUiLink('https://cloud.mongodbgov.com', PROJECT), {
      kind: 'url',
      cloud: 'government',
      url: `https://cloud.mongodbgov.com/v2/${PROJECT}#/security/network/privateEndpoint`,
    });
  });

  it('a custom base URL (the emulator, a proxy) has no Atlas UI; a project id that is not one opens nothing', () => {
    assert.deepEqual(atlasUiLink('http://127.0.0.1:8080', PROJECT), { kind: 'noUi', baseUrl: 'http://127.0.0.1:8080' });
    assert.equal(atlasUiLink('https://cloud.mongodb.com.evil.example', PROJECT).kind, 'noUi');
    assert.deepEqual(atlasUiLink('https://cloud.mongodb.com', '../../evil#x'), { kind: 'invalidProject' });
  });
});
