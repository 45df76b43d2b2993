// Reading what is committed from git's own index files (written by real git: fixtures/git-index/README.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGitIndex } from '../../../src/cli/gitIndex';

const FIXTURES = path.join(__dirname, 'fixtures', 'git-index');
const COMMITTED = ['.gitignore', 'build/gen/committed.sh', 'committed.log', 'odd dir/b c.txt', 'src/deep/er/a.txt'];

function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

describe('git index', () => {
  it('reads the paths of version 2, 3 (extended flags) and 4 (prefix-compressed) indexes', () => {
    assert.deepEqual(parseGitIndex(fixture('v2.index')), COMMITTED);
    assert.deepEqual(parseGitIndex(fixture('v3.index')), [...COMMITTED, 'src/intent.txt']);
    assert.deepEqual(parseGitIndex(fixture('v4.index')), [...COMMITTED, 'src/intent.txt']);
  });

  it('reads a sha256 repository index given the hash length', () => {
    assert.deepEqual(parseGitIndex(fixture('sha256-v3.index'), 32), [...COMMITTED, 'src/intent.txt']);
    assert.throws(() => parseGitIndex(fixture('sha256-v3.index'), 20));
  });

  it('refuses what it cannot read rather than report part of a repository', () => {
    const v2 = fixture('v2.index');
    assert.throws(() => parseGitIndex(Buffer.from('not an index')), /not a git index/);
    const v5 = Buffer.from(v2);
    v5.writeUInt32BE(5, 4);
    assert.throws(() => parseGitIndex(v5), /version 5/);
    assert.throws(() => parseGitIndex(v2.subarray(0, 100)), /truncated|bad path/);
    // A split index: a `link` extension after the entries, before the trailing hash.
    const entriesEnd = v2.length - 20;
    const link = Buffer.concat([v2.subarray(0, entriesEnd), Buffer.from('link'), Buffer.from([0, 0, 0, 20]), Buffer.alloc(20), Buffer.alloc(20)]);
    assert.throws(() => parseGitIndex(link), /split indexes/);
  });
});
