// Issue 7, "Hostile input" for the deprecation scanner, the gaps left by scanText.test.ts: invalid UTF-16 (lone
// surrogates) around and inside deprecated paths, in every language mode, through the report formats; and a large file
// of such text. Counts only (linear time is guarded by mocha's timeout; timings are in `npm run bench -- scan`).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanText } from '../../../src/deprecation';
import { toJsonLine, toSarif, toTextLine } from '../../../src/deprecation/report';

const LEGACY = '/api/atlas/v1.0/groups/5df264b8f10fab7d2cad2f0d/privateEndpoint';
const LANGUAGES = [undefined, 'python', 'go', 'typescript', 'javascript', 'java', 'csharp', 'shellscript', 'powershell', 'terraform', 'yaml', 'json', 'http', 'markdown', 'plaintext'];
const LONE = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

describe('deprecation scanner on invalid UTF-16 (property-based)', function () {
  this.timeout(60_000);
  const noise = fc.string({ unit: 'binary', maxLength: 30 });
  const lone = fc.constantFrom(...LONE);

  it('never throws, keeps findings inside their lines, and still finds a quoted path between lone surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(noise, lone, fc.boolean()), { maxLength: 20 }), fc.constantFrom(...LANGUAGES), (parts, languageId) => {
        let planted = 0;
        const text = parts
          .map(([before, surrogate, withPath]) => {
            if (!withPath) return `${before}${surrogate}`;
            planted++;
            return `${before}${surrogate}\n"${LEGACY}"${surrogate}\n`;
          })
          .join('');
        const findings = scanText(text, languageId);
        const lines = text.split('\n');
        for (const finding of findings) {
          assert.ok(finding.character + finding.length <= lines[finding.line].length, 'a finding runs past its line');
          const file = { ...finding, file: 'hostile.txt', text: lines[finding.line].slice(finding.character, finding.character + finding.length) };
          JSON.parse(toJsonLine(file));
          assert.ok(toTextLine(file).length > 0);
          JSON.parse(JSON.stringify(toSarif([file], { toolName: 'atlas-scan', toolVersion: '0.0.0', informationUri: 'https://example.com' })));
        }
        const legacy = findings.filter((finding) => lines[finding.line].slice(finding.character, finding.character + finding.length).includes('/privateEndpoint'));
        assert.ok(legacy.length >= planted, `${planted} planted, ${legacy.length} found in ${JSON.stringify(text)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('a 5 MB file of lone surrogates and near-misses with 8,000 planted calls: exactly 8,000 findings', () => {
    const nearMisses = ['/groups/{g}/privateEndpoints', 'privateEndpointId', '/api/atlas/v2/groups/{g}/privateEndpoint/AWS/endpointService', 'PrivateEndpoint\uD800'];
    const lines: string[] = [];
    for (let index = 0; index < 40_000; index++) {
      const surrogate = LONE[index % LONE.length];
      lines.push(index % 20 === 0 ? `fetch("${LEGACY}")${surrogate}` : `${surrogate}${nearMisses[index % nearMisses.length]}${surrogate.repeat(index % 7)} x = ${index}`);
    }
    const text = Array(4).fill(lines.join('\n')).join('\n');
    assert.ok(text.length > 5_000_000, `${text.length} characters`);
    assert.equal(scanText(text).length, 4 * 2000);
  });
});
