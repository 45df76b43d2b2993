import * as assert from 'node:assert/strict';
import { AtlasApiError, type AtlasErrorKind } from '../../../src/atlas';
import {
  accessListIp,
  clip,
  errorFromHttp,
  explainAtlasError,
  explainProjectLookupFailure,
  explainSignInFailure,
  isCancellation,
  isIpAccessListCode,
  isLegacyEndpointGone,
  isProjectNotVisible,
  kindForStatus,
} from '../../../src/atlas/errorVocabulary';
import { englishL10n } from '../../../src/localizer';

function explain(init: ConstructorParameters<typeof AtlasApiError>[0]): string {
  return explainAtlasError(new AtlasApiError(init), englishL10n);
}

describe('atlas/errorVocabulary: real Atlas\'s 401, in both recorded forms', () => {
  // fixtures err-401-challenge-2026-08 (errorCode UNEXPECTED_ERROR) and err-401-challenge-2026-07 (no errorCode).
  for (const errorCode of ['UNEXPECTED_ERROR', undefined]) {
    it(`errorCode ${String(errorCode)}: "did not accept the API key (401)", never "unexpected error"`, () => {
      const error = errorFromHttp({ status: 401, fields: { errorCode, detail: 'You are not authorized for this resource.' }, redact: (text) => text });
      assert.equal(error.kind, 'unauthorized');
      assert.equal(error.errorCode, errorCode);
      for (const text of [error.message, explainAtlasError(error, englishL10n), explainSignInFailure(error, 'apiKey', englishL10n)]) {
        assert.match(text, /\(HTTP 401\)|\(401\)/, text);
        assert.doesNotMatch(text, /UNEXPECTED_ERROR|unexpected/i, text);
      }
    });
  }
});

describe('atlas/errorVocabulary: every AtlasApiError kind becomes advice a person can act on', () => {
  // One row per kind the client produces; `expect` is what the sentence must say.
  const rows: Array<{ kind: AtlasErrorKind; init?: Partial<ConstructorParameters<typeof AtlasApiError>[0]>; expect: RegExp[] }> = [
    { kind: 'unauthorized', init: { status: 401, errorCode: 'USER_UNAUTHORIZED' }, expect: [/did not accept the API key/, /401 USER_UNAUTHORIZED/, /sign in again/, /revoked/] },
    {
      kind: 'unauthorized',
      init: { status: 401, errorCode: 'invalid_client', credential: 'serviceAccount' },
      expect: [/did not accept the service account \(401 invalid_client\)/, /client id and secret/, /sign in again/, /expired or revoked/],
    },
    {
      kind: 'ipNotAllowed',
      init: { status: 403, errorCode: 'IP_ADDRESS_NOT_ON_ACCESS_LIST', parameters: ['203.0.113.9'], detail: 'IP address 203.0.113.9 is not allowed to access this resource.' },
      expect: [/203\.0\.113\.9 is not on the API access list/, /Add 203\.0\.113\.9/, /Retry/],
    },
    { kind: 'forbidden', init: { status: 403, errorCode: 'ACCESS_FORBIDDEN' }, expect: [/missing a role/, /Project Read Only/] },
    { kind: 'notFound', init: { status: 404, errorCode: 'GROUP_NOT_FOUND', detail: 'No group with ID 0123 exists.' }, expect: [/could not find the project/, /Check the project id/, /No group with ID 0123 exists/] },
    { kind: 'gone', init: { status: 410 }, expect: [/no longer serves/, /endpointService/] },
    { kind: 'rateLimited', init: { status: 429, errorCode: 'RATE_LIMITED', retryAfterSeconds: 55 }, expect: [/rate limiting/, /Retry in 55 seconds/] },
    { kind: 'serverError', init: { status: 500, errorCode: 'UNEXPECTED_ERROR' }, expect: [/internal error \(500 UNEXPECTED_ERROR\)/, /Retry in a few minutes/, /status page/] },
    { kind: 'unavailable', init: { status: 503 }, expect: [/temporarily unavailable \(503\)/, /Retry/] },
    { kind: 'network', init: { message: 'connect ECONNREFUSED 127.0.0.1:9' }, expect: [/Could not reach Atlas/, /ECONNREFUSED/, /proxy/, /base URL/] },
    { kind: 'timeout', expect: [/did not answer in time/, /requestTimeoutSeconds/] },
    { kind: 'invalidResponse', init: { status: 502 }, expect: [/cannot read \(502\)/, /proxy/] },
    { kind: 'responseTooLarge', expect: [/larger than the extension accepts/, /pageSize/] },
    { kind: 'redirectRefused', init: { status: 302 }, expect: [/redirect/, /does not follow with your key/] },
    { kind: 'unsupportedAuth', init: { message: 'Unsupported digest algorithm "SHA-512-sess".' }, expect: [/does not support/, /SHA-512-sess/, /MD5 or SHA-256/] },
    { kind: 'badRequest', init: { status: 400, errorCode: 'VALIDATION_ERROR', detail: 'No provider AWS exists.' }, expect: [/invalid \(400 VALIDATION_ERROR\)/, /No provider AWS exists/] },
    { kind: 'invalidBaseUrl', init: { message: 'The Atlas base URL "http://example.com" cannot be used: http only for loopback.' }, expect: [/example\.com/, /Use https/] },
    { kind: 'cancelled', expect: [/cancelled/] },
  ];

  for (const row of rows) {
    it(`${row.kind}${row.init?.credential ? ` (${row.init.credential})` : ""}`, () => {
      const text = explain({ kind: row.kind, message: `English fallback for ${row.kind}`, ...row.init });
      for (const pattern of row.expect) {
        assert.match(text, pattern);
      }
      assert.doesNotMatch(text, /\{\d\}/, 'every placeholder is filled');
    });
  }

  it('covers every kind the client declares (a new kind needs a row here)', () => {
    const declared: Record<AtlasErrorKind, true> = {
      unauthorized: true, ipNotAllowed: true, forbidden: true, notFound: true, gone: true, rateLimited: true, serverError: true,
      unavailable: true, network: true, timeout: true, invalidResponse: true, responseTooLarge: true, badRequest: true,
      invalidBaseUrl: true, unsupportedAuth: true, redirectRefused: true, cancelled: true,
    };
    assert.deepEqual([...new Set(rows.map((row) => row.kind))].sort(), Object.keys(declared).sort());
  });

  it('a 401 NOT_IN_GROUP (the key cannot see the project) says so rather than "wrong key"', () => {
    const text = explain({ kind: 'unauthorized', status: 401, errorCode: 'NOT_IN_GROUP', message: 'x' });
    assert.match(text, /cannot see the project, or the project does not exist/);
  });

  it('rate limited without Retry-After says to wait a minute', () => {
    assert.match(explain({ kind: 'rateLimited', status: 429, message: 'x' }), /Wait a minute/);
  });

  it('names the IP from ipAddress, parameters or detail, and never invents one', () => {
    assert.equal(accessListIp({ kind: 'ipNotAllowed', message: '', ipAddress: '198.51.100.7' }), '198.51.100.7');
    assert.equal(accessListIp({ kind: 'ipNotAllowed', message: '', parameters: ['2001:db8::1'] }), '2001:db8::1');
    assert.equal(accessListIp({ kind: 'ipNotAllowed', message: '', detail: 'IP address 192.0.2.1 is not allowed to access this resource.' }), '192.0.2.1');
    assert.equal(accessListIp({ kind: 'ipNotAllowed', message: '', parameters: ['not an ip'] }), undefined);
    assert.match(explain({ kind: 'ipNotAllowed', status: 403, message: 'x' }), /your IP address is not on the API access list/);
  });

  it('clips long Atlas text to one line', () => {
    const text = explain({ kind: 'notFound', status: 404, message: 'x', detail: `line one\nline two ${'x'.repeat(1000)}` });
    assert.ok(text.length < 600);
    assert.doesNotMatch(text, /\n/);
  });

  it('non-Atlas failures: plain errors, aborts and thrown non-errors', () => {
    assert.equal(explainAtlasError(new Error('socket hang up'), englishL10n), 'The Atlas request failed: socket hang up');
    assert.equal(explainAtlasError('weird', englishL10n), 'The Atlas request failed: weird');
    const abort = new DOMException('This operation was aborted', 'AbortError');
    assert.equal(isCancellation(abort), true);
    assert.equal(explainAtlasError(abort, englishL10n), 'The request was cancelled.');
  });

  it('goes through the localizer for every sentence', () => {
    const seen: string[] = [];
    const recording = { t: (message: string, ...args: Array<string | number | boolean>) => (seen.push(message), englishL10n.t(message, ...args)) };
    explainAtlasError(new AtlasApiError({ kind: 'forbidden', status: 403, message: 'x', detail: 'No.' }), recording);
    assert.equal(seen.length, 2);
    assert.ok(seen.every((message) => !message.includes('No.')), 'Atlas text is an argument, not part of the message key');
  });
});

describe('atlas/errorVocabulary: classification and the wording of each use', () => {
  it('one rule for the IP access list, used by the status mapping and the advice', () => {
    assert.equal(isIpAccessListCode('IP_ADDRESS_NOT_ON_ACCESS_LIST'), true);
    assert.equal(isIpAccessListCode('IP_ADDRESS_NOT_ON_WHITELIST'), true);
    assert.equal(isIpAccessListCode('IP_ADDRESS_NOT_ON_ACCESS_LIST_X'), false);
    assert.equal(isIpAccessListCode(undefined), false);
    assert.equal(kindForStatus(403, 'IP_ADDRESS_NOT_ON_WHITELIST'), 'ipNotAllowed');
    assert.equal(kindForStatus(403, 'ACCESS_FORBIDDEN'), 'forbidden');
  });

  it('every HTTP status gets an English message on the error, never an empty one', () => {
    for (const status of [300, 400, 401, 403, 404, 410, 429, 500, 502, 503]) {
      for (const fields of [undefined, { errorCode: 'SOME_CODE', detail: 'Some detail.' }]) {
        const error = errorFromHttp({ status, fields, redact: (text) => text });
        assert.equal(error.kind, kindForStatus(status, fields?.errorCode));
        assert.match(error.message, new RegExp(`HTTP ${status}`), `${status}: ${error.message}`);
      }
    }
  });

  it('a project that is unknown or that the key cannot see means the same when adding it', () => {
    for (const error of [
      new AtlasApiError({ kind: 'notFound', status: 404, errorCode: 'GROUP_NOT_FOUND', message: 'x' }),
      new AtlasApiError({ kind: 'unauthorized', status: 401, errorCode: 'NOT_IN_GROUP', message: 'x' }),
      new AtlasApiError({ kind: 'forbidden', status: 403, errorCode: 'USER_CANNOT_ACCESS_GROUP', message: 'x' }),
    ]) {
      assert.equal(isProjectNotVisible(error), true, error.errorCode);
      assert.equal(
        explainProjectLookupFailure(error, '0123456789abcdef01234567', 'Work', englishL10n),
        `Project 0123456789abcdef01234567 was not found, or the key of profile "Work" has no access to it (${error.status} ${error.errorCode}). Check the id, or give the key a role on the project.`,
      );
    }
    const unavailable = new AtlasApiError({ kind: 'unavailable', status: 503, message: 'x' });
    assert.equal(isProjectNotVisible(unavailable), false);
    assert.equal(explainProjectLookupFailure(unavailable, 'p', 'Work', englishL10n), explainAtlasError(unavailable, englishL10n));
  });

  it('a refused sign-in names the kind of credential, and always says nothing was saved', () => {
    const refused = new AtlasApiError({ kind: 'unauthorized', status: 401, errorCode: 'USER_UNAUTHORIZED', message: 'x' });
    assert.match(explainSignInFailure(refused, 'apiKey', englishL10n), /^Atlas did not accept the API key \(401\)\..* Nothing was saved\.$/);
    assert.match(explainSignInFailure(refused, 'serviceAccount', englishL10n), /^Atlas did not accept the service account \(401\)\..* Nothing was saved\.$/);
    assert.equal(explainSignInFailure(new AtlasApiError({ kind: 'cancelled', message: 'x' }), 'apiKey', englishL10n), 'Sign-in cancelled. Nothing was saved.');
    const down = new AtlasApiError({ kind: 'unavailable', status: 503, message: 'x' });
    assert.equal(explainSignInFailure(down, 'apiKey', englishL10n), `${explainAtlasError(down, englishL10n)} Nothing was saved.`);
  });

  it('the legacy list is gone on 410, and on a 404 that is not about the project', () => {
    assert.equal(isLegacyEndpointGone(new AtlasApiError({ kind: 'gone', status: 410, message: 'x' })), true);
    assert.equal(isLegacyEndpointGone(new AtlasApiError({ kind: 'notFound', status: 404, errorCode: 'RESOURCE_NOT_FOUND', message: 'x' })), true);
    assert.equal(isLegacyEndpointGone(new AtlasApiError({ kind: 'notFound', status: 404, errorCode: 'INVALID_GROUP_ID', message: 'x' })), false);
    assert.equal(isLegacyEndpointGone(new Error('gone')), false);
  });

  it('one clip: one line, at most 300 characters', () => {
    assert.equal(clip('  a\n\tb  '), 'a b');
    const long = clip('x'.repeat(1000));
    assert.equal(long.length, 300);
    assert.ok(long.endsWith('…'));
    assert.equal(clip('y'.repeat(300)), 'y'.repeat(300));
  });
});
