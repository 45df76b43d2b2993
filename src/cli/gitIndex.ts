// The paths committed to a git repository (its index, .git/index), read without running git. .gitignore does not
// apply to committed files, so the walker scans them even where a .gitignore pattern matches.
// Format: https://git-scm.com/docs/index-format (versions 2, 3 and 4; sha1 and sha256 repositories).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface TrackedPaths {
  /** Committed files (and submodules), relative to the repository root, with `/` separators. */
  files: ReadonlySet<string>;
  /** Every folder that holds a committed file, at any depth. */
  folders: ReadonlySet<string>;
}

const ENTRY_FIXED_BYTES = 40; // ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields
const EXTENDED_FLAG = 0x4000;
const NAME_LENGTH_MASK = 0x0fff;

function readVarint(bytes: Buffer, at: number): [value: number, next: number] {
  // Git's offset encoding: each continuation adds one before shifting.
  let byte = bytes[at++];
  let value = byte & 0x7f;
  while (byte & 0x80) {
    if (at >= bytes.length) {
      throw new Error('truncated entry');
    }
    byte = bytes[at++];
    value = ((value + 1) << 7) | (byte & 0x7f);
  }
  return [value, at];
}

/** The paths in an index file's bytes. Throws on anything it does not understand. */
export function parseGitIndex(bytes: Buffer, hashBytes = 20): string[] {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'DIRC') {
    throw new Error('not a git index');
  }
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) {
    throw new Error(`index version ${version} is not supported`);
  }
  const count = bytes.readUInt32BE(8);
  const paths: string[] = [];
  let at = 12;
  let previous = '';
  for (let n = 0; n < count; n++) {
    const flagsAt = at + ENTRY_FIXED_BYTES + hashBytes;
    if (flagsAt + 2 > bytes.length) {
      throw new Error('truncated entry');
    }
    const flags = bytes.readUInt16BE(flagsAt);
    let nameAt = flagsAt + 2;
    if (flags & EXTENDED_FLAG) {
      if (version < 3) {
        throw new Error('extended flags in a version 2 index');
      }
      nameAt += 2;
    }
    let name: string;
    if (version === 4) {
      // The path is the previous path without its last `strip` bytes, then the bytes up to a NUL.
      const [strip, suffixAt] = readVarint(bytes, nameAt);
      const end = bytes.indexOf(0, suffixAt);
      if (end < 0 || strip > Buffer.byteLength(previous)) {
        throw new Error('bad path');
      }
      const kept = Buffer.from(previous).subarray(0, Buffer.byteLength(previous) - strip);
      name = Buffer.concat([kept, bytes.subarray(suffixAt, end)]).toString('utf8');
      at = end + 1;
    } else {
      const length = flags & NAME_LENGTH_MASK;
      const end = length < NAME_LENGTH_MASK ? nameAt + length : bytes.indexOf(0, nameAt);
      if (end < 0 || end > bytes.length) {
        throw new Error('bad path');
      }
      name = bytes.toString('utf8', nameAt, end);
      // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
      const entryLength = end - at;
      at += (entryLength + 8) & ~7;
    }
    paths.push(name);
    previous = name;
  }
  // A split index keeps most entries in a shared file: refuse rather than report part of the repository.
  while (at + 8 <= bytes.length - hashBytes) {
    const signature = bytes.toString('latin1', at, at + 4);
    if (signature === 'link') {
      throw new Error('split indexes are not supported');
    }
    at += 8 + bytes.readUInt32BE(at + 4);
  }
  return paths;
}

/** Where the index of the repository whose work tree root holds `dotGit` (a folder, or a `gitdir:` file) lives. */
function gitDirectory(dotGit: string): string {
  if (statSync(dotGit).isDirectory()) {
    return dotGit;
  }
  const pointer = readFileSync(dotGit, 'utf8');
  const prefix = 'gitdir:';
  if (!pointer.startsWith(prefix)) {
    throw new Error('.git is neither a folder nor a gitdir file');
  }
  return path.resolve(path.dirname(dotGit), pointer.slice(prefix.length).trim());
}

function hashBytesOf(gitDir: string): number {
  // Linked work trees keep their config in the common folder.
  for (const config of [path.join(gitDir, 'config'), path.join(gitDir, '..', '..', 'config')]) {
    try {
      const text = readFileSync(config, 'utf8').toLowerCase();
      return text.includes('objectformat = sha256') || text.includes('objectformat=sha256') ? 32 : 20;
    } catch {
      // try the next one
    }
  }
  return 20;
}

/** The committed paths of the repository rooted at `root` (which holds `.git`). Throws when they cannot be read. */
export function readTrackedPaths(root: string): TrackedPaths {
  const gitDir = gitDirectory(path.join(root, '.git'));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(gitDir, 'index'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // A repository with nothing staged yet.
      return { files: new Set(), folders: new Set() };
    }
    throw error;
  }
  const files = new Set(parseGitIndex(bytes, hashBytesOf(gitDir)).map((file) => (file.endsWith('/') ? file.slice(0, -1) : file)));
  const folders = new Set<string>();
  for (const file of files) {
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      const folder = file.slice(0, slash);
      if (folders.has(folder)) {
        break;
      }
      folders.add(folder);
    }
  }
  return { files, folders };
}
