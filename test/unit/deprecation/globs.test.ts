import assert from 'node:assert/strict';
import { combineGlobs, enabledPatterns, expandBraces } from '../../../src/deprecation/globs';
import { languageIdForPath } from '../../../src/deprecation';

describe('exclude globs for the workspace scan', () => {
  it('expands brace groups, nested ones too, so that the combined glob never nests braces', () => {
    assert.deepEqual(expandBraces('**/*.{js,ts}'), ['**/*.js', '**/*.ts']);
    assert.deepEqual(expandBraces('{a,b}/{c,d}'), ['a/c', 'a/d', 'b/c', 'b/d']);
    assert.deepEqual(expandBraces('**/{dist,out{1,2}}/**'), ['**/dist/**', '**/out1/**', '**/out2/**']);
    assert.deepEqual(expandBraces('**/vendor/**'), ['**/vendor/**']);
    assert.equal(expandBraces('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}').length, 64, 'bounded');
  });

  it('takes only the enabled entries of a files.exclude-style object', () => {
    assert.deepEqual(enabledPatterns({ '**/.git': true, '**/tmp': false, '**/*.js': { when: '$(basename).ts' } }), ['**/.git']);
    assert.deepEqual(enabledPatterns(undefined), []);
    assert.deepEqual(enabledPatterns('**/x'), []);
  });

  it('combines the patterns of every setting into one glob, without duplicates or blanks', () => {
    assert.equal(combineGlobs([]), undefined);
    assert.equal(combineGlobs(['', '  ']), undefined);
    assert.equal(combineGlobs(['**/node_modules']), '**/node_modules');
    assert.equal(combineGlobs(['**/node_modules', '**/.git', '**/node_modules', '**/*.{png,jpg}']), '{**/node_modules,**/.git,**/*.png,**/*.jpg}');
  });
});

describe('languageIdForPath', () => {
  it('maps file names to the language ids VS Code uses', () => {
    assert.equal(languageIdForPath('/src/client.go'), 'go');
    assert.equal(languageIdForPath('C:\\repo\\infra\\main.TF'), 'terraform');
    assert.equal(languageIdForPath('ci/Dockerfile'), 'dockerfile');
    assert.equal(languageIdForPath('scripts/deploy.sh'), 'shellscript');
    assert.equal(languageIdForPath('notes'), undefined);
    assert.equal(languageIdForPath('.gitignore'), undefined);
  });
});
