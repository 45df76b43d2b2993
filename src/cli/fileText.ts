// Reading a file and deciding what it holds, cheaply: most files hold none of the scanner's candidate words, and
// those are never decoded.
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { hasCandidateWord } from '../deprecation/candidates';

const BINARY_SNIFF_BYTES = 8192;
const INITIAL_BUFFER_BYTES = 1 << 20;
/** A buffer grown past this for one big file is not kept for the next. */
const KEPT_BUFFER_BYTES = 16 << 20;

/** What a file holds, as far as the scanner cares. */
export type FileContent =
  | { kind: 'text'; text: string }
  /** Text without any candidate word: nothing to find, not decoded. */
  | { kind: 'clean' }
  | { kind: 'binary' };

const CLEAN: FileContent = { kind: 'clean' };

/**
 * Reads whole files into one reused buffer. Opens with O_NONBLOCK: a named pipe that replaced a file since the walk
 * reads as empty (or fails) instead of waiting for a writer.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(INITIAL_BUFFER_BYTES);

  /** The file's bytes (valid until the next read), or 'tooLarge' past `maxBytes`. Throws when it cannot be read. */
  read(file: string, maxBytes: number): Buffer | 'tooLarge' {
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) {
          const grown = Buffer.allocUnsafe(this.buffer.length * 2);
          this.buffer.copy(grown, 0, 0, length);
          this.buffer = grown;
        }
        const wanted = this.buffer.length - length;
        const got = readSync(fd, this.buffer, length, wanted, null);
        length += got;
        if (length > maxBytes) {
          return 'tooLarge';
        }
        // A regular file returns less than asked only at its end: no extra read to see the end.
        if (got < wanted) {
          break;
        }
      }
      const bytes = this.buffer.subarray(0, length);
      if (this.buffer.length > KEPT_BUFFER_BYTES) {
        this.buffer = Buffer.allocUnsafe(INITIAL_BUFFER_BYTES);
      }
      return bytes;
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Decodes `bytes`: UTF-8 (with or without a byte order mark), or UTF-16 with a byte order mark. Without a BOM, a NUL
 * byte in the first 8 KB means binary.
 */
export function fileContent(bytes: Buffer): FileContent {
  const first = bytes[0];
  const second = bytes[1];
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    const end = bytes.length - (bytes.length % 2);
    if (first === 0xff && bytes[2] === 0 && bytes[3] === 0) {
      return { kind: 'binary' }; // UTF-32 little-endian
    }
    if (first === 0xff) {
      return { kind: 'text', text: bytes.toString('utf16le', 2, end) };
    }
    return { kind: 'text', text: Buffer.from(bytes.subarray(2, end)).swap16().toString('utf16le') };
  }
  const start = first === 0xef && second === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { kind: 'binary' };
  }
  if (!hasCandidateWord(bytes, start)) {
    return CLEAN;
  }
  return { kind: 'text', text: bytes.toString('utf8', start) };
}
