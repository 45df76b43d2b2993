// Issue 12, section 7: the command-line scanner on hostile or unusual file systems. Each case failed before the fix.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScanPool } from '../../../src/cli/pool';
import { Walker } from '../../../src/cli/walk';
import { reportedFiles, scan, scanWithPreload, temporaryFolderPerTest, write } from './helpers';

const LEGACY = 'curl "$API/groups/$G/privateEndpoint"\n';
const FIXTURES = path.join(__dirname, 'fixtures', 'git-index');

describe('atlas-scan CLI on hostile file systems (issue 12, section 7)', function () {
  this.timeout(60_000);
  const folder = temporaryFolderPerTest('atlas-scan-hostile-');
  let root: string;
  beforeEach(() => {
    root = folder();
  });

  it('escapes control characters in file names, so a name cannot add lines to --format text output', () => {
    write(root, 'evil\nsrc/fake.go:1:1: list: all clear\u001b[2J.sh', LEGACY);
    write(root, 'tab\there\u202e.sh', LEGACY);
    const run = scan(root);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, run.stdout);
    assert.ok(lines[0].startsWith('evil\\nsrc/fake.go:1:1: list: all clear\\x1b[2J.sh:1:'), lines[0]);
    assert.ok(lines[1].startsWith('tab\\there\\u202e.sh:1:'), lines[1]);
    // JSON keeps the exact name (JSON escapes it).
    const json = scan(root, '--format', 'json').stdout.trimEnd().split('\n');
    assert.equal((JSON.parse(json[0]) as { file: string }).file, 'evil\nsrc/fake.go:1:1: list: all clear\u001b[2J.sh');
  });

  it('counts a file removed mid-scan as unreadable and goes on (no exit 2, no stack trace)', () => {
    write(root, 'a.sh', LEGACY);
    write(root, 'gone.sh', LEGACY);
    write(root, 'z.sh', LEGACY);
    // The race, made certain: the file goes away right after the walker has listed its folder.
    const preload = path.join(root, '..', `${path.basename(root)}-remove-after-listing.cjs`);
    write(
      root,
      path.relative(root, preload),
      [
        "const fs = require('node:fs');",
        'const readdirSync = fs.readdirSync;',
        'fs.readdirSync = function (folder, ...rest) {',
        '  const entries = readdirSync.call(this, folder, ...rest);',
        `  if (String(folder) === ${JSON.stringify(root)}) fs.rmSync(${JSON.stringify(path.join(root, 'gone.sh'))}, { force: true });`,
        '  return entries;',
        '};',
      ].join('\n'),
    );
    try {
      const run = scanWithPreload(root, preload);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(reportedFiles(run), ['a.sh', 'z.sh']);
      assert.equal(
        run.stderr,
        'atlas-scan: gone.sh: cannot read: ENOENT: no such file or directory\n' +
          'atlas-scan: 2 deprecated Atlas private endpoint API use(s) in 2 file(s); 2 file(s) scanned, skipped 1 unreadable.\n',
      );
    } finally {
      rmSync(preload, { force: true });
    }
  });

  it('counts a file removed between the walk and its reading as unreadable and goes on (the scanning stage, in process)', async () => {
    write(root, 'a.sh', LEGACY);
    write(root, 'gone.sh', LEGACY);
    write(root, 'z.sh', LEGACY);
    const walker = new Walker(root, []);
    walker.addTarget('.');
    assert.deepEqual(walker.tasks.map((task) => task.file).sort(), ['a.sh', 'gone.sh', 'z.sh']);
    unlinkSync(path.join(root, 'gone.sh'));
    const result = await new ScanPool(1, Infinity, 'unused: one thread').scan(walker.tasks);
    assert.deepEqual(result.findings.map((finding) => finding.file).sort(), ['a.sh', 'z.sh']);
    assert.equal(result.totals.scanned, 2);
    assert.equal(result.totals.unreadable, 1);
    assert.deepEqual(result.notes, [{ file: 'gone.sh', message: 'cannot read: ENOENT: no such file or directory' }]);
  });

  it('does not follow symbolic links inside folders (no loops, never outside the root), and says how many it skipped', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'atlas-scan-outside-'));
    try {
      write(outside, 'secret.sh', LEGACY);
      write(root, 'real.sh', LEGACY);
      symlinkSync(path.join(outside, 'secret.sh'), path.join(root, 'to-outside.sh'));
      symlinkSync(outside, path.join(root, 'outside-folder'));
      symlinkSync(root, path.join(root, 'loop'));
      symlinkSync('real.sh', path.join(root, 'alias.sh'));
      const run = scan(root);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(reportedFiles(run), ['real.sh']);
      assert.match(run.stderr, /1 file\(s\) scanned, skipped 4 symbolic links \(not followed\)\.\n$/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('skips and reports a named pipe and a symbolic link loop given as paths, and scans the rest', () => {
    write(root, 'real.sh', LEGACY);
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    symlinkSync('loop-b', path.join(root, 'loop-a'));
    symlinkSync('loop-a', path.join(root, 'loop-b'));
    symlinkSync('missing', path.join(root, 'dangling'));
    const run = scan(root, 'pipe', 'loop-a', 'dangling', 'real.sh');
    assert.equal(run.signal, null, 'the run was killed: it hung');
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(reportedFiles(run), ['real.sh']);
    assert.doesNotMatch(run.stderr, /Usage/);
    assert.equal(
      run.stderr,
      [
        'atlas-scan: dangling: skipped: a symbolic link to nothing',
        'atlas-scan: loop-a: skipped: a symbolic link loop',
        'atlas-scan: pipe: skipped: not a regular file (a named pipe, socket or device)',
        'atlas-scan: 1 deprecated Atlas private endpoint API use(s) in 1 file(s); 1 file(s) scanned, ' +
          'skipped 1 named pipe, socket or device, 2 broken or looping symbolic links.',
        '',
      ].join('\n'),
    );
  });

  it('skips a named pipe inside a folder without opening it', () => {
    write(root, 'real.sh', LEGACY);
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    const run = scan(root);
    assert.equal(run.signal, null, 'the run was killed: it hung');
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /skipped 1 named pipe, socket or device\.\n$/);
  });

  for (const [index, gitPointer] of [
    ['v2.index', false],
    ['v4.index', false],
    ['v3.index', true],
  ] as const) {
    it(`scans files committed to git that .gitignore lists, and says so (${index}${gitPointer ? ', .git is a gitdir file' : ''})`, () => {
      write(root, '.gitignore', 'build/\n*.log\n');
      write(root, 'build/gen/committed.sh', LEGACY);
      write(root, 'committed.log', LEGACY);
      write(root, 'build/untracked.sh', LEGACY);
      write(root, 'build/gen/untracked.sh', LEGACY);
      write(root, 'untracked.log', LEGACY);
      write(root, 'src/deep/er/a.txt', LEGACY);
      write(root, 'odd dir/b c.txt', 'x\n');
      if (gitPointer) {
        // A linked work tree or a submodule: .git is a file naming the git folder.
        write(path.join(root, '..'), path.join(path.basename(root) + '-gitdir', 'index'), readFileSync(path.join(FIXTURES, index)));
        write(root, '.git', `gitdir: ../${path.basename(root)}-gitdir\n`);
      } else {
        write(root, '.git/index', readFileSync(path.join(FIXTURES, index)));
      }
      try {
        const run = scan(root);
        assert.equal(run.status, 1, run.stderr);
        assert.deepEqual(reportedFiles(run), ['build/gen/committed.sh', 'committed.log', 'src/deep/er/a.txt']);
        assert.match(run.stderr, /5 file\(s\) scanned \(including 2 committed files that \.gitignore lists\)\.\n$/);
        // From a folder inside the repository, too.
        const inside = scan(path.join(root, 'build'));
        assert.deepEqual(reportedFiles(inside), ['gen/committed.sh']);
      } finally {
        rmSync(path.join(root, '..', `${path.basename(root)}-gitdir`), { recursive: true, force: true });
      }
    });
  }

  it('says so, and goes on, when the git index cannot be read', () => {
    write(root, '.gitignore', 'build/\n');
    write(root, 'build/x.sh', LEGACY);
    write(root, 'kept.sh', LEGACY);
    write(root, '.git/index', 'not an index');
    const run = scan(root);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(reportedFiles(run), ['kept.sh']);
    assert.match(run.stderr, /cannot read the git index \(not a git index\): committed files that \.gitignore lists are skipped/);
  });

  it('decodes UTF-16 files with a byte order mark (both byte orders) instead of taking them for binary', () => {
    const text = 'line one\r\n  $u = "$Api/groups/$G/privateEndpoint"\r\n';
    write(root, 'little.ps1', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    write(root, 'big.ps1', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    write(root, 'binary.bin', Buffer.from([0x01, 0x00, 0x02, 0x00]));
    const run = scan(root, '--format', 'json');
    assert.equal(run.status, 1, run.stderr);
    const column = '  $u = "$Api'.length + 1;
    assert.deepEqual(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { file: string; line: number; column: number })
        .map(({ file, line, column: at }) => [file, line, at]),
      [
        ['big.ps1', 2, column],
        ['little.ps1', 2, column],
      ],
    );
    assert.match(run.stderr, /2 file\(s\) scanned, skipped 1 binary\./);
  });
});
