// The client side of digest (src/atlas/digestAuth.ts) on its own: the nonce count as RFC 7616 writes it.
import assert from 'node:assert/strict';
import { DigestAuth } from '../../../src/atlas/digestAuth';

const CHALLENGE = 'Digest realm="MMS Public API", domain="", nonce="669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed", algorithm=MD5, qop="auth", stale=false';

function ncOf(header: string): string | undefined {
  return /(?:^|[\s,])nc=([^,\s]+)/.exec(header)?.[1];
}

describe('atlas/digestAuth', () => {
  it('writes nc as 8 hexadecimal digits: the 10th request sends 0000000a, the 16th 00000010', () => {
    const auth = new DigestAuth('pub', 'priv');
    assert.equal(auth.absorb(CHALLENGE), true);
    const counts = Array.from({ length: 17 }, () => ncOf(auth.authorize('GET', 'https://cloud.mongodb.com/api/atlas/v1.0/groups')?.header ?? ''));
    assert.equal(counts[0], '00000001');
    assert.equal(counts[9], '0000000a');
    assert.equal(counts[15], '00000010');
    assert.equal(counts[16], '00000011');
  });

  it('starts counting again at 00000001 for a new nonce, and keeps counting for the same one', () => {
    const auth = new DigestAuth('pub', 'priv');
    auth.absorb(CHALLENGE);
    auth.authorize('GET', 'https://cloud.mongodb.com/a');
    auth.authorize('GET', 'https://cloud.mongodb.com/a');
    auth.absorb(CHALLENGE);
    assert.equal(ncOf(auth.authorize('GET', 'https://cloud.mongodb.com/a')?.header ?? ''), '00000003');
    auth.absorb(CHALLENGE.replace('669gyxpg', 'AAAAAAAA'));
    assert.equal(ncOf(auth.authorize('GET', 'https://cloud.mongodb.com/a')?.header ?? ''), '00000001');
  });
});
