// What the workbench showed a person, written down for the secret leak audit (secretsAudit.ts): the text of every
// notification, dialog, quick input message, hover and of the Atlas view, as it appeared on screen in any page.
import { appendFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

/** The launcher sets this for the whole run; every workbench page opened by openWorkbench() then records into it. */
export const SHOWN_TEXT_LOG_VARIABLE = 'ATLAS_SHOWN_TEXT_LOG';

const BINDING = '__atlasRecordShownText';

/** Where shown text is recorded: containers whose text is the extension's words (or the person's own input). */
export const SHOWN_TEXT_SELECTORS = [
  '.notification-list-item',
  '.monaco-dialog-box',
  '.quick-input-widget .quick-input-title',
  '.quick-input-widget .quick-input-message',
  '.quick-input-widget .quick-input-list',
  '.monaco-hover',
  '.workbench-hover',
  '[id="workbench.view.extension.atlasPrivateEndpoints"]',
  '.part.statusbar',
];

/** Appends every new text shown in pages of `context` to `file`, one `[url] text` line per distinct text. */
export async function recordShownText(context: BrowserContext, file: string): Promise<void> {
  await context.exposeBinding(BINDING, (_source, text: unknown) => {
    if (typeof text === 'string') appendFileSync(file, `${text.replace(/\s+/g, ' ').trim()}\n`);
  });
  // A string, not a function: functions compiled by tsx carry helpers (`__name`) that do not exist in the page.
  await context.addInitScript(`(() => {
    const selectors = ${JSON.stringify(SHOWN_TEXT_SELECTORS.join(','))};
    const seen = new Set();
    let scheduled = false;
    function collect() {
      scheduled = false;
      document.querySelectorAll(selectors).forEach((element) => {
        const text = element.innerText;
        if (text && text.trim() !== '' && !seen.has(text)) {
          seen.add(text);
          const send = window[${JSON.stringify(BINDING)}];
          if (send) send(text).catch(() => undefined);
        }
      });
    }
    new MutationObserver(() => {
      if (!scheduled) {
        scheduled = true;
        setTimeout(collect, 100);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  })();`);
}
