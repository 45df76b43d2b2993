// An independent RFC 4180 reader for the export tests (unit and integration): it fails on anything RFC 4180 forbids.
import * as assert from 'node:assert/strict';

/** RFC 4180 read character by character: quoted fields with "" escapes, CRLF between records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else {
      assert.ok(char !== '\n' && char !== '"', `a bare ${JSON.stringify(char)} outside quotes at ${index}`);
      field += char;
    }
  }
  assert.equal(field + record.join(''), '', 'the text ends with CRLF');
  return records;
}
