// `scan --fix` and `--fix-dry-run`, spawned as a real process on copies of the demo workspace and of the corpus.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { scanText, languageIdForPath } from '../../../src/deprecation';
import { planFixes } from '../../../src/deprecation/fixes';

const REPO = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(REPO, 'src', 'cli', 'scan.ts');
const TSX = pathToFileURL(require.resolve('tsx')).href;

function scan(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below `root` with its bytes, for byte-exact comparisons. */
function snapshot(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(path.join(root, file)).isFile());
  return new Map(files.sort().map((file) => [file, readFileSync(path.join(root, file)).toString('base64')]));
}

/** Findings a rescan still has a fix for, over every file below `root`. */
function fixableLeft(root: string): string[] {
  return [...snapshot(root).keys()].flatMap((file) => {
    const text = readFileSync(path.join(root, file), 'utf8').replace(/^\uFEFF/, '');
    const languageId = languageIdForPath(file);
    return planFixes(text, scanText(text, languageId), { languageId }).fixes.map((fix) => `${file}:${fix.finding.line + 1} ${fix.finding.kind}`);
  });
}

describe('atlas-scan --fix', function () {
  this.timeout(240_000);
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'atlas-fix-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  for (const source of ['demo/workspace', 'test/corpus']) {
    it(`fixes a copy of ${source}: a rescan finds nothing fixable and a second --fix changes no byte`, () => {
      cpSync(path.join(REPO, source), root, { recursive: true });
      const before = snapshot(root);
      const dry = scan(root, '--fix-dry-run');
      assert.equal(dry.status, 1, dry.stderr);
      assert.match(dry.stdout, /^--- a\//m);
      assert.deepEqual(snapshot(root), before, 'the dry run writes nothing');

      const first = scan(root, '--fix');
      assert.ok(first.status === 0 || first.status === 1, first.stderr);
      assert.match(first.stderr, /: fixed \d+ finding\(s\)/);
      assert.notDeepEqual(snapshot(root), before);
      assert.deepEqual(fixableLeft(root), []);

      const afterFirst = snapshot(root);
      const second = scan(root, '--fix');
      assert.deepEqual(snapshot(root), afterFirst, 'a second --fix changes no byte');
      assert.match(second.stderr, /changed 0 file\(s\)/);
      assert.equal(second.status, first.status);
    });
  }

  it('exits 0 once nothing is left, prints what it changed, and keeps CRLF, BOM and the file mode', () => {
    writeFileSync(path.join(root, 'list.sh'), '\uFEFFcurl "$API/groups/$G/privateEndpoint"\r\natlas privateEndpoints ls\r\n', { mode: 0o750 });
    const run = scan(root, '--fix');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /list\.sh: fixed 2 finding\(s\) \(list, cli\)/);
    assert.equal(readFileSync(path.join(root, 'list.sh'), 'utf8'), '\uFEFFcurl "$API/groups/$G/privateEndpoint/AWS/endpointService"\r\natlas privateEndpoints aws list\r\n');
    assert.equal(statSync(path.join(root, 'list.sh')).mode & 0o777, 0o750);
    assert.deepEqual(readdirSync(root), ['list.sh'], 'no temporary file is left');
  });

  it('exits 1 and says why when findings are left for a person', () => {
    writeFileSync(path.join(root, 'x.sh'), 'atlas privateEndpoints create --provider AZURE --region eastus2\n');
    const run = scan(root, '--fix');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /x\.sh:1: left for a person \(cli\): `--provider` is not the literal AWS/);
    assert.match(run.stdout, /x\.sh:1:1: cli:/);
  });

  it('never writes through a symbolic link, nor outside the given paths', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'atlas-fix-outside-'));
    try {
      const target = path.join(outside, 'target.sh');
      writeFileSync(target, 'curl "$API/groups/$G/privateEndpoint"\n');
      symlinkSync(target, path.join(root, 'link.sh'));
      const run = scan(root, '--fix', 'link.sh');
      assert.equal(run.status, 1);
      assert.match(run.stderr, /link\.sh: a symbolic link: not written/);
      assert.equal(readFileSync(target, 'utf8'), 'curl "$API/groups/$G/privateEndpoint"\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
