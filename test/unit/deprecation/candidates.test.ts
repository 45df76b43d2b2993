// The prefilter's guarantee: scanText reports nothing in text that holds none of the candidate words (ASCII
// case-insensitive), so the command-line scanner and the workspace scan may skip such files without decoding them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { languageIdForPath, scanText } from '../../../src/deprecation';
import { CANDIDATE_WORDS, hasCandidateWord } from '../../../src/deprecation/candidates';

const CORPUS = path.resolve(__dirname, '..', '..', 'corpus');

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

/** The reference the byte search must agree with. */
function containsWord(text: string): boolean {
  const lower = asciiLower(text);
  return CANDIDATE_WORDS.some((word) => lower.includes(word));
}

/** Breaks every candidate word (its 4th letter becomes `#`), keeping everything else in place. */
function breakWords(text: string): string {
  let result = text;
  for (const word of CANDIDATE_WORDS) {
    for (let at = asciiLower(result).indexOf(word); at >= 0; at = asciiLower(result).indexOf(word, at + 1)) {
      result = `${result.slice(0, at + 3)}#${result.slice(at + 4)}`;
    }
  }
  return result;
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

const corpusFiles = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.join(entry.parentPath, entry.name))
  .sort();

/** Pieces of real findings and of near misses, in several cases and separators, to build text from. */
const PIECES = [
  '/groups/{GROUP-ID}/privateEndpoint',
  '/api/atlas/v1.0/groups/',
  'privateEndpoint',
  'PrivateEndpoint',
  'PRIVATEENDPOINT',
  'privateendpoints',
  'private_endpoint',
  'Private-Endpoint',
  'rivateEndpoint',
  'nterfaceEndpoints',
  '/interfaceEndpoints',
  'InterfaceEndpoint',
  'PrivateEndpointsDeprecated',
  'client.PrivateEndpointsDeprecated.List(ctx, g, nil)',
  'AddOneInterfaceEndpoint',
  'mongodbatlas_private_endpoint',
  'mongodbatlas_private_endpoint_link',
  'mongodbatlas_private_endpoint_interface_link',
  'mongodbatlas.getPrivateEndpoint(',
  'get_private_endpoint(',
  'atlas privateEndpoints list',
  'atlas privateendpoints describe x',
  '%2Fgroups%2F',
  '%2FprivateEndpoint',
  '\\/groups\\/\\w+\\/privateEndpoint$',
  'LINKS = BASE + "/privateEndpoint"',
  'LINKS + "/" + id',
  'url.JoinPath(api, "groups", g, "privateEndpoint", id)',
  '"/privateEndpoint/" + id',
  '/AWS/endpointService',
  'private endpoint',
  'endpoint',
  'private',
  'interface',
  '/',
  '"',
  '`',
  '${g}',
  '%s',
  ' + ',
  '\n',
  ' ',
  'é',
  '\u2028',
];

describe('candidate words (the prefilter)', () => {
  it('are lower-case ASCII, so a byte search can fold case', () => {
    for (const word of CANDIDATE_WORDS) {
      assert.match(word, /^[a-z_-]+$/);
    }
  });

  it('cover every finding in every file of test/corpus, and breaking them silences the file', function () {
    this.timeout(60_000);
    let withFindings = 0;
    for (const file of corpusFiles) {
      const text = readFileSync(file, 'utf8');
      const languageId = languageIdForPath(file);
      const findings = scanText(text, languageId);
      assert.equal(hasCandidateWord(utf8(text)), containsWord(text), file);
      if (findings.length > 0) {
        withFindings++;
        assert.ok(hasCandidateWord(utf8(text)), `${file} has findings but no candidate word`);
        const broken = breakWords(text);
        assert.ok(!containsWord(broken));
        assert.deepEqual(
          scanText(broken, languageId).map((finding) => `${finding.line + 1}: ${finding.message}`),
          [],
          `${file} without its candidate words`,
        );
      }
    }
    assert.ok(withFindings >= 20, `only ${withFindings} corpus files have findings`);
  });

  it('cover every finding in generated text, and the byte search agrees with a plain search', function () {
    this.timeout(60_000);
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 24 }).map((parts) => parts.join(''));
    const languageId = fc.constantFrom(undefined, 'go', 'python', 'typescript', 'shellscript', 'terraform', 'markdown', 'yaml', 'java', 'csharp');
    fc.assert(
      fc.property(text, languageId, (source, language) => {
        assert.equal(hasCandidateWord(utf8(source)), containsWord(source));
        if (scanText(source, language).length > 0) {
          assert.ok(containsWord(source));
        }
        assert.deepEqual(scanText(breakWords(source), language), []);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('finds a word at either end of a range, across case, and not outside the range', () => {
    for (const word of CANDIDATE_WORDS) {
      const mixed = [...word].map((char, index) => (index % 2 ? char.toUpperCase() : char)).join('');
      assert.ok(hasCandidateWord(utf8(word)));
      assert.ok(hasCandidateWord(utf8(mixed)));
      assert.ok(hasCandidateWord(utf8(`x${word}`)));
      assert.ok(hasCandidateWord(utf8(`${'a'.repeat(1000)}${word}`)));
      assert.ok(!hasCandidateWord(utf8(word.slice(0, -1))));
      assert.ok(!hasCandidateWord(utf8(word.slice(1))));
      const bytes = utf8(`ab${word}cd`);
      assert.ok(hasCandidateWord(bytes, 2, 2 + word.length));
      assert.ok(!hasCandidateWord(bytes, 3, bytes.length));
      assert.ok(!hasCandidateWord(bytes, 0, 1 + word.length));
    }
    // Bytes that fold to a word only under a non-ASCII mapping do not count, and neither do UTF-16 code units.
    assert.ok(!hasCandidateWord(utf8('PRİVATEENDPOINT')));
    assert.ok(!hasCandidateWord(Buffer.from('privateEndpoint', 'utf16le')));
    assert.ok(!hasCandidateWord(new Uint8Array(0)));
  });
});
