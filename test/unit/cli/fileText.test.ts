// Reading files into the reused buffer, and deciding what they hold.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FileReader, fileContent } from '../../../src/cli/fileText';
import { temporaryFolderPerTest } from './helpers';

describe('atlas-scan file reading', () => {
  const folder = temporaryFolderPerTest('atlas-scan-read-');
  let root: string;
  beforeEach(() => {
    root = folder();
  });

  it('reads files of every size whole, growing its buffer, and still reads small files after a big one', () => {
    const reader = new FileReader();
    const MB = 1 << 20;
    for (const size of [0, 1, 4095, MB - 1, MB, MB + 1, 3 * MB + 17, 40 * MB + 3, 10]) {
      const file = path.join(root, `f${size}`);
      const content = Buffer.alloc(size, 'x');
      if (size > 0) {
        content[size - 1] = 0x79; // the last byte differs: it must be there
      }
      writeFileSync(file, content);
      const bytes = reader.read(file, Infinity);
      assert.ok(bytes !== 'tooLarge');
      assert.equal(bytes.length, size);
      assert.ok(bytes.equals(content), `content of a ${size}-byte file`);
    }
  });

  it('stops reading past the limit', () => {
    const file = path.join(root, 'big');
    writeFileSync(file, Buffer.alloc(5000, 'x'));
    const reader = new FileReader();
    assert.equal(reader.read(file, 4999), 'tooLarge');
    assert.equal((reader.read(file, 5000) as Buffer).length, 5000);
  });

  it('decodes UTF-8 with and without a BOM and UTF-16 both ways; takes NUL bytes and UTF-32 for binary; skips text without a candidate word', () => {
    const legacy = 'curl "$A/groups/$G/privateEndpoint"';
    assert.deepEqual(fileContent(Buffer.from(`\ufeff${legacy}`)), { kind: 'text', text: legacy });
    assert.deepEqual(fileContent(Buffer.from(legacy)), { kind: 'text', text: legacy });
    assert.deepEqual(fileContent(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(legacy, 'utf16le')])), { kind: 'text', text: legacy });
    assert.deepEqual(fileContent(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(legacy, 'utf16le').swap16()])), { kind: 'text', text: legacy });
    // An odd trailing byte of a UTF-16 file is dropped, not misread.
    assert.deepEqual(fileContent(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])])), { kind: 'text', text: 'ab' });
    assert.deepEqual(fileContent(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])), { kind: 'binary' });
    assert.deepEqual(fileContent(Buffer.concat([Buffer.from(legacy), Buffer.from([0])])), { kind: 'binary' });
    assert.deepEqual(fileContent(Buffer.from('const x = 1;\n')), { kind: 'clean' });
    assert.deepEqual(fileContent(Buffer.alloc(0)), { kind: 'clean' });
  });
});
