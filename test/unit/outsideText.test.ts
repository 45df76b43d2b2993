// The one helper for outside text (src/outsideText.ts): no control characters, no link or icon syntax, redacted, clipped.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clipText, outsideText } from '../../src/outsideText';

/** VS Code's own pattern for links in notification text (vs/base/common/linkedText.ts). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
/** Theme icons in quick pick labels (`$(name)`). */
const THEME_ICON = /\$\([a-z.~-]+\)/i;

describe('outsideText', () => {
  it('breaks markdown links and command links, keeps the words', () => {
    const text = outsideText('[Grant the role now](command:workbench.action.terminal.sendSequence?%7B%7D) and [x]\n(https://evil.example)');
    assert.equal(text.match(NOTIFICATION_LINK), null, text);
    assert.match(text, /Grant the role now/);
  });

  it('breaks theme icon syntax used to spoof quick pick rows', () => {
    assert.ok(!THEME_ICON.test(outsideText('$(check) prod')));
  });

  it('turns control characters into spaces and removes invisible formatting characters', () => {
    assert.equal(outsideText('a\nb\r\nc\u0000d\u001be\u2028f'), 'a b c d e f');
    assert.equal(outsideText('ad\u202emin\u200b'), 'admin');
  });

  it('redacts after removing invisible characters, so a zero-width space cannot split a secret', () => {
    const secret = 'c0ffee00-1111-2222';
    assert.equal(outsideText(`key c0ffee00\u200b-1111-2222`, { redact: (text) => text.split(secret).join('***') }), 'key ***');
  });

  it('clips to the limit with an ellipsis, never splitting a surrogate pair', () => {
    assert.equal(outsideText('x'.repeat(400)).length, 300);
    assert.ok(outsideText('x'.repeat(400)).endsWith('…'));
    assert.equal(clipText('ab😀cd', 4), 'ab…');
  });

  it('no input ever yields a link, an icon, a control character or more than the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ maxLength: 40 }), (noise, label) => {
        const text = outsideText(`${noise}[${label}](command:x)${noise}$(check)`);
        assert.equal(text.match(NOTIFICATION_LINK), null);
        assert.ok(!THEME_ICON.test(text));
        assert.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(text));
        assert.ok(text.length <= 300);
      }),
    );
  });
});
