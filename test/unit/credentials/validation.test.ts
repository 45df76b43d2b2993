import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  validateBaseUrl,
  validateClientId,
  validateClientSecret,
  validatePrivateKey,
  validateProfileName,
  profileNameFrom,
  PROFILE_NAME_MAX_LENGTH,
  validateProjectId,
  validatePublicKey,
} from '../../../src/credentials/validation';

describe('credential input validation', () => {
  it('profile names: length, characters and duplicates', () => {
    assert.equal(validateProfileName('Work (prod)', []), undefined);
    assert.equal(validateProfileName('Équipe données', []), undefined);
    assert.match(validateProfileName('   ', []) ?? '', /Enter a profile name/);
    assert.match(validateProfileName('x'.repeat(65), []) ?? '', /at most 64/);
    assert.match(validateProfileName('a/b', []) ?? '', /letters, digits/);
    assert.match(validateProfileName('bad\u0000name', []) ?? '', /letters, digits/);
    assert.match(validateProfileName('WORK', ['work']) ?? '', /already exists/);
  });

  it('API keys', () => {
    assert.equal(validatePublicKey('abcdefgh'), undefined);
    assert.match(validatePublicKey('') ?? '', /Enter the public key/);
    assert.match(validatePublicKey('abc def') ?? '', /spaces/);
    assert.match(validatePublicKey('abc$') ?? '', /only letters/);
    assert.equal(validatePrivateKey('12345678-abcd-ef01-2345-6789abcdef01'), undefined);
    assert.match(validatePrivateKey('') ?? '', /private key/);
    assert.match(validatePrivateKey('abc\n') ?? '', /spaces or line breaks/);
    assert.match(validatePrivateKey('clé') ?? '', /characters Atlas keys never have/);
  });

  it('service account credentials', () => {
    assert.equal(validateClientId('mdb_sa_id_0123456789abcdef01234567'), undefined);
    assert.match(validateClientId('abc') ?? '', /start with "mdb_sa_id_"/);
    assert.match(validateClientId('mdb_sa_id_123') ?? '', /24 hexadecimal/);
    assert.equal(validateClientSecret('mdb_sa_sk_abcdef'), undefined);
    assert.match(validateClientSecret('abcdef') ?? '', /start with "mdb_sa_sk_"/);
  });

  it('project ids', () => {
    assert.equal(validateProjectId('5a0a1e7e0f2912c554080ae6'), undefined);
    assert.equal(validateProjectId(' 5A0A1E7E0F2912C554080AE6 '), undefined);
    assert.match(validateProjectId('') ?? '', /24-character/);
    assert.match(validateProjectId('5a0a1e7e0f2912c55408') ?? '', /this one has 20/);
    assert.match(validateProjectId('zz0a1e7e0f2912c554080ae6') ?? '', /hexadecimal/);
  });

  it('base URLs: https anywhere, http only to this machine, no credentials, query or fragment', () => {
    assert.equal(validateBaseUrl('https://cloud.mongodb.com'), undefined);
    assert.equal(validateBaseUrl('https://cloud.mongodbgov.com/'), undefined);
    assert.equal(validateBaseUrl('http://localhost:8080'), undefined);
    assert.equal(validateBaseUrl('http://127.0.0.1:9000/'), undefined);
    assert.match(validateBaseUrl('') ?? '', /Enter a URL/);
    assert.match(validateBaseUrl('cloud.mongodb.com') ?? '', /not a valid URL/);
    assert.match(validateBaseUrl('ftp://cloud.mongodb.com') ?? '', /https/);
    assert.match(validateBaseUrl('http://cloud.mongodb.com') ?? '', /plain http/);
    assert.match(validateBaseUrl('https://user:pw@cloud.mongodb.com') ?? '', /user name or password/);
    assert.match(validateBaseUrl('https://cloud.mongodb.com/?x=1') ?? '', /query/);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const validate of [validatePublicKey, validatePrivateKey, validateClientId, validateClientSecret, validateProjectId, validateBaseUrl]) {
          const result = validate(text);
          assert.ok(result === undefined || typeof result === 'string');
        }
        const name = validateProfileName(text, ['existing']);
        assert.ok(name === undefined || typeof name === 'string');
      }),
    );
  });
});

describe('credentials/validation: profile names from elsewhere', () => {
  it('profileNameFrom makes any Atlas CLI table name a valid profile name, like a typed one', () => {
    const hostile = [
      '[Grant the role now](command:workbench.action.terminal.sendSequence)',
      '$(check) prod',
      'line\nbreak',
      '',
      '---',
      'x'.repeat(300),
      'ad\u202emin',
      'prod:eu/west',
    ];
    for (const name of hostile) {
      const made = profileNameFrom(name);
      assert.equal(validateProfileName(made, []), undefined, `${JSON.stringify(name)} -> ${JSON.stringify(made)}`);
      assert.ok(!made.includes('](') && !made.includes('$('), made);
      assert.ok(made.length <= PROFILE_NAME_MAX_LENGTH - 6, made);
    }
    assert.equal(profileNameFrom('default'), 'default');
    assert.equal(profileNameFrom('team-a (eu)'), 'team-a (eu)');
  });
});
