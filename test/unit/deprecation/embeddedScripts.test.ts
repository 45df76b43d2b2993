// Scripts in YAML block scalars (src/deprecation/embeddedScripts.ts): where they are, and the language they are read in.
import assert from 'node:assert/strict';
import { embeddedScripts, onlyBlocks } from '../../../src/deprecation/embeddedScripts';

const YAML = [
  'steps:',
  '  - run: |',
  '      LINKS="$API/groups/$G/privateEndpoint"',
  '',
  '      curl "$LINKS/$ID"',
  '  - name: next',
  'args:',
  '  - |',
  '    Invoke-RestMethod -Uri "$env:LINKS"',
  'Code:',
  '  ZipFile: >-',
  '    import os',
  '    def handler(event, context): pass',
  'description: "a | b" # not a block',
  'text: |  # a comment is no indicator here',
  '  plain',
].join('\n');

describe('embeddedScripts', () => {
  it('finds block scalars (key: |, - |, key: >-) and reads each as shell, PowerShell or Python', () => {
    const blocks = embeddedScripts(YAML);
    assert.deepEqual(
      blocks.map((block) => [YAML.slice(block.start, block.end).split('\n')[0].trim(), block.languageId]),
      [
        ['LINKS="$API/groups/$G/privateEndpoint"', 'shellscript'],
        ['Invoke-RestMethod -Uri "$env:LINKS"', 'powershell'],
        ['import os', 'python'],
      ],
    );
    // A block ends before the first line indented no deeper than its key; blank lines inside it are kept.
    assert.ok(YAML.slice(blocks[0].start, blocks[0].end).endsWith('curl "$LINKS/$ID"'));
  });

  it('blanks everything outside the blocks, keeping offsets and line breaks', () => {
    const blocks = embeddedScripts(YAML);
    const masked = onlyBlocks(YAML, blocks);
    assert.equal(masked.length, YAML.length);
    assert.equal(masked.split('\n').length, YAML.split('\n').length);
    assert.equal(masked.slice(blocks[2].start, blocks[2].end), YAML.slice(blocks[2].start, blocks[2].end));
    assert.equal(masked.split('\n')[5].trim(), '');
  });

  it('stays linear on a long line of blanks and dashes', () => {
    const hostile = `${'- '.repeat(200_000)}x\n${' '.repeat(200_000)}|\n`;
    assert.deepEqual(embeddedScripts(hostile), []);
  });
});
