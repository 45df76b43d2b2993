// The secret leak audit's search (scripts/vscode-host/secretsAudit.ts): it must find a canary however it was written
// (UTF-8, UTF-16, clipped to its random part, inside binary bytes, as Basic credentials), count one leak once, and
// never print the secret it found.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  audit,
  CANARY_WORD,
  filesUnder,
  fileSources,
  formatAudit,
  makeLeakCanaries,
  needlesFor,
  plantedCheck,
  textSource,
} from '../../../scripts/vscode-host/secretsAudit';

const CLIENT_ID = 'mdb_sa_id_0123456789abcdef01234567';

describe('secret leak audit (search)', () => {
  const canaries = makeLeakCanaries();
  const needles = needlesFor(canaries, CLIENT_ID);
  const uuid = canaries.privateKey.slice(CANARY_WORD.length + 1);

  it('makes canaries that pass as keys: printable, no spaces, the service-account secret in Atlas\'s format', () => {
    assert.match(canaries.privateKey, /^LEAKCANARY-[0-9a-f-]{36}$/);
    assert.match(canaries.clientSecret, /^mdb_sa_sk_LEAKCANARY[A-Za-z0-9_-]{24}$/);
    assert.notEqual(makeLeakCanaries().privateKey, canaries.privateKey, 'every run has its own');
  });

  const cases: Array<[string, Buffer | string, number]> = [
    ['nothing to find', 'GET /api/atlas/v1.0/groups 200 4 ms (attempt 1)', 0],
    ['the private key in a log line', `Authorization for ${canaries.privateKey} failed`, 1],
    ['the key as UTF-16 inside binary bytes (a database page)', Buffer.concat([Buffer.from([0, 1, 2, 255]), Buffer.from(canaries.privateKey, 'utf16le'), Buffer.from([7])]), 1],
    ['only the random part (a clipped or reformatted copy)', `key=${uuid}`, 1],
    ['only the canary word (a key clipped after it)', `key=${CANARY_WORD}-1234…`, 1],
    ['the client secret in JSON', JSON.stringify({ clientSecret: canaries.clientSecret }), 1],
    ['the Basic credentials of the token request', `Authorization: Basic ${Buffer.from(`${CLIENT_ID}:${canaries.clientSecret}`).toString('base64')}`, 1],
    ['two separate leaks', `${canaries.privateKey} and later ${canaries.clientSecret}`, 2],
  ];
  for (const [what, content, expected] of cases) {
    it(`${what}: ${expected} occurrence(s)`, () => {
      const source = typeof content === 'string' ? textSource(what, content) : { name: what, bytes: content };
      assert.equal(audit([source], needles).occurrences, expected);
    });
  }

  it('reports where, never what: the printed context masks every secret', () => {
    const result = audit([textSource('output', `prefix ${canaries.privateKey} suffix ${canaries.clientSecret}`)], needles);
    const printed = formatAudit(result);
    assert.match(printed, /^secret leak audit: 2 occurrences in 1 files\/sources searched/);
    assert.ok(!printed.includes(uuid) && !printed.includes(canaries.clientSecret) && !printed.includes(CANARY_WORD), printed);
    assert.match(printed, /LEAK canary word in output at byte 7/);
    const clipped = formatAudit(audit([textSource('log', `{"privateKey":"${canaries.privateKey.slice(0, 20)}"}`)], needles));
    assert.ok(!clipped.includes(uuid.slice(0, 9)), `what is left of a clipped key is printed: ${clipped}`);
    assert.match(clipped, /"privateKey":"<canary word>"/);
  });

  it('searches every file under a folder, nested and binary', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-'));
    try {
      mkdirSync(path.join(dir, 'logs', 'exthost1'), { recursive: true });
      writeFileSync(path.join(dir, 'logs', 'exthost1', 'Atlas Private Endpoints.log'), 'GET /groups 200\n');
      writeFileSync(path.join(dir, 'state.vscdb'), Buffer.concat([Buffer.alloc(100), Buffer.from(canaries.clientSecret, 'utf16le')]));
      writeFileSync(path.join(dir, 'settings.json'), '{}');
      const files = filesUnder(dir);
      assert.equal(files.length, 3);
      const result = audit(fileSources(files, dir), needles);
      assert.equal(result.sourcesSearched, 3);
      assert.deepEqual(result.hits.map((hit) => hit.source), ['state.vscdb']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the planted check passes with the run\'s needles and fails loudly with needles that miss', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-'));
    try {
      plantedCheck(dir, canaries, needles);
      assert.deepEqual(filesUnder(dir), [], 'the plant is removed');
      const blind = needlesFor(makeLeakCanaries(), CLIENT_ID).filter((needle) => needle.name !== 'canary word');
      assert.throws(() => plantedCheck(dir, canaries, blind), /found 1 of 3 planted canaries/);
      assert.deepEqual(filesUnder(dir), [], 'the plant is removed after a failed check too');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
