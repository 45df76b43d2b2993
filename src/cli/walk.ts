// Which files a run scans: the paths named on the command line, and the files below the folders among them, honouring
// .gitignore (except for committed files), .atlasscanignore and --ignore-file. The walker knows each entry's type
// from the folder listing, so it never stats a file: the reader learns the size by reading.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readTrackedPaths, type TrackedPaths } from './gitIndex';
import { UsageError } from './options';
import { describeError, emptyTotals, type Note, type Totals } from './totals';

export interface FileTask {
  /** Absolute path. */
  path: string;
  /** As reported: relative to the current folder, with `/` separators. */
  file: string;
  /** Committed to git although a .gitignore lists it. */
  committedIgnored?: boolean;
}

const GIT_IGNORE = '.gitignore';
const SCAN_IGNORE = '.atlasscanignore';
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** Gitignore-style patterns that apply below `base`. */
export interface IgnoreScope {
  /** `base` with a trailing separator. */
  prefix: string;
  matcher: Ignore;
  /** From a .gitignore (committed files escape it), not from .atlasscanignore or --ignore-file. */
  git: boolean;
}

export function readIgnoreScope(base: string, file: string, git: boolean): IgnoreScope | undefined {
  let patterns: string;
  try {
    patterns = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return { prefix: base.endsWith(path.sep) ? base : base + path.sep, matcher: ignore().add(patterns), git };
}

interface Verdict {
  /** By .atlasscanignore or --ignore-file: never scanned. */
  byScanner: boolean;
  /** By .gitignore only: scanned when committed. */
  byGit: boolean;
}

/** Like git: a deeper file can re-include (`!pattern`) what a shallower one of the same kind ignored. */
function verdict(scopes: readonly IgnoreScope[], absolute: string, isDirectory: boolean): Verdict {
  const result: Verdict = { byScanner: false, byGit: false };
  for (const scope of scopes) {
    if (!absolute.startsWith(scope.prefix)) {
      continue;
    }
    const relative = absolute.slice(scope.prefix.length).split(path.sep).join('/');
    const test = scope.matcher.test(isDirectory ? `${relative}/` : relative);
    const key = scope.git ? 'byGit' : 'byScanner';
    if (test.ignored) {
      result[key] = true;
    } else if (test.unignored) {
      result[key] = false;
    }
  }
  return result;
}

/** A git work tree met on the way, and (read on first need) what is committed in it. */
class Repository {
  private tracked: TrackedPaths | undefined;

  constructor(readonly root: string) {}

  /** Committed paths; empty (and a note) when the index cannot be read. */
  paths(notes: Note[]): TrackedPaths {
    if (!this.tracked) {
      try {
        this.tracked = readTrackedPaths(this.root);
      } catch (error) {
        notes.push({
          file: this.root,
          message: `cannot read the git index (${(error as Error).message}): committed files that .gitignore lists are skipped`,
        });
        this.tracked = { files: new Set(), folders: new Set() };
      }
    }
    return this.tracked;
  }

  relative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/');
  }
}

/** Ignore files of the folders from `root` down to `folder`'s parent: in a repository they apply to `folder` too. */
function ancestorScopes(root: string, folder: string): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  for (let current = root; current !== folder && folder.startsWith(current); ) {
    for (const [name, git] of [
      [GIT_IGNORE, true],
      [SCAN_IGNORE, false],
    ] as const) {
      const scope = readIgnoreScope(current, path.join(current, name), git);
      if (scope) {
        scopes.push(scope);
      }
    }
    const rest = path.relative(current, folder).split(path.sep)[0];
    current = path.join(current, rest);
  }
  return scopes;
}

function findRepository(folder: string): Repository | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) {
      return new Repository(current);
    }
    if (path.dirname(current) === current) {
      return undefined;
    }
  }
}

export class Walker {
  readonly tasks: FileTask[] = [];
  readonly totals: Totals = emptyTotals();
  readonly notes: Note[] = [];

  constructor(
    private readonly cwd: string,
    private readonly extraScopes: readonly IgnoreScope[],
  ) {}

  /** Adds a path named on the command line. A file is scanned even if an ignore file lists it, as ripgrep does. */
  addTarget(target: string): void {
    const absolute = path.resolve(this.cwd, target);
    const relative = path.relative(this.cwd, absolute).split(path.sep).join('/');
    const display = relative || path.basename(absolute) || absolute;
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        this.totals.brokenLinks++;
        this.notes.push({ file: display, message: 'skipped: a symbolic link loop' });
        return;
      }
      if ((code === 'ENOENT' || code === 'ENOTDIR') && isSymbolicLink(absolute)) {
        this.totals.brokenLinks++;
        this.notes.push({ file: display, message: 'skipped: a symbolic link to nothing' });
        return;
      }
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new UsageError(`No such file or folder: ${target}`);
      }
      this.totals.unreadable++;
      this.notes.push({ file: display, message: `cannot read: ${describeError(error)}` });
      return;
    }
    if (stats.isDirectory()) {
      const repository = findRepository(absolute);
      const scopes = repository ? [...this.extraScopes, ...ancestorScopes(repository.root, absolute)] : this.extraScopes;
      this.walk(absolute, relative, scopes, repository, false);
    } else if (stats.isFile()) {
      this.tasks.push({ path: absolute, file: display });
    } else {
      this.totals.special++;
      this.notes.push({ file: display, message: 'skipped: not a regular file (a named pipe, socket or device)' });
    }
  }

  /**
   * `display` is the folder as reported ('' for the current folder). Inside a folder that .gitignore lists
   * (`inIgnored`), only committed files are scanned.
   */
  private walk(directory: string, display: string, scopes: readonly IgnoreScope[], repository: Repository | undefined, inIgnored: boolean): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      this.totals.unreadable++;
      this.notes.push({ file: display || '.', message: `cannot list: ${describeError(error)}` });
      return;
    }
    let hasGit = false;
    const own: IgnoreScope[] = [];
    for (const entry of entries) {
      if (entry.name === '.git') {
        hasGit = true;
      } else if (entry.name === GIT_IGNORE || entry.name === SCAN_IGNORE) {
        const scope = readIgnoreScope(directory, path.join(directory, entry.name), entry.name === GIT_IGNORE);
        if (scope) {
          own.push(scope);
        }
      }
    }
    const repo = hasGit ? new Repository(directory) : repository;
    const active = own.length > 0 ? [...scopes, ...own] : scopes;
    // `directory` is absolute and normalized already: joining by hand saves path.join's normalizing for every entry.
    const base = directory.endsWith(path.sep) ? directory : directory + path.sep;
    for (const entry of entries) {
      const absolute = base + entry.name;
      const shown = display ? `${display}/${entry.name}` : entry.name;
      const isDirectory = entry.isDirectory();
      // A `.git` file (linked work tree, submodule) is git's too.
      if ((isDirectory || entry.name === '.git') && ALWAYS_SKIPPED.has(entry.name)) {
        continue;
      }
      const { byScanner, byGit } = active.length > 0 ? verdict(active, absolute, isDirectory) : { byScanner: false, byGit: false };
      if (byScanner) {
        continue;
      }
      const gitIgnored = inIgnored || byGit;
      if (gitIgnored && !this.isCommitted(repo, absolute, isDirectory)) {
        continue;
      }
      if (isDirectory) {
        this.walk(absolute, shown, active, repo, gitIgnored);
      } else if (entry.isFile()) {
        this.tasks.push(gitIgnored ? { path: absolute, file: shown, committedIgnored: true } : { path: absolute, file: shown });
      } else if (entry.isSymbolicLink()) {
        this.totals.symlinks++;
      } else {
        this.totals.special++;
      }
    }
  }

  private isCommitted(repository: Repository | undefined, absolute: string, isDirectory: boolean): boolean {
    if (!repository) {
      return false;
    }
    const tracked = repository.paths(this.notes);
    const relative = repository.relative(absolute);
    return isDirectory ? tracked.folders.has(relative) : tracked.files.has(relative);
  }
}

function isSymbolicLink(absolute: string): boolean {
  try {
    return lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}
