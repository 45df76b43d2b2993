// Deprecation diagnostics as a person sees them: the squiggle under the deprecated path, the hover explaining it,
// the quick-fix menu (Ctrl+.) with the rewrite, the rewrite applied, and "fix all". Saves the README screenshot
// media/screenshots/diagnostic-quick-fix.png.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { DEPRECATION_CODE, scanText } from '../../src/deprecation';
import { useWorkbench } from './harness';

const SCRIPT = 'list-private-endpoints.sh';
const SCRIPT_TEXT = [
  '#!/usr/bin/env bash',
  '# Lists, inspects and deletes the private endpoint connections of one Atlas project.',
  'set -euo pipefail',
  'BASE="https://cloud.mongodb.com/api/atlas/v1.0"',
  '',
  'curl --user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" --digest \\',
  '  --header "Accept: application/json" \\',
  '  "${BASE}/groups/${GROUP_ID}/privateEndpoint?pretty=true"',
  '',
  'curl --user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" --digest \\',
  '  "${BASE}/groups/${GROUP_ID}/privateEndpoint/${PRIVATE_LINK_ID}"',
  '',
  'curl --user "${ATLAS_PUBLIC_KEY}:${ATLAS_PRIVATE_KEY}" --digest --request DELETE \\',
  '  "${BASE}/groups/${GROUP_ID}/privateEndpoint/${PRIVATE_LINK_ID}"',
  '',
].join('\n');

/** The text with every finding's rewrite applied, as the pure scanner defines it. */
function rewritten(text: string): string {
  const lines = text.split('\n');
  const findings = scanText(text, 'shellscript').sort((a, b) => b.line - a.line || b.character - a.character);
  for (const finding of findings) {
    assert.ok(finding.replacement, `finding at ${finding.line}:${finding.character} has a rewrite`);
    const line = lines[finding.line];
    lines[finding.line] = line.slice(0, finding.character) + finding.replacement + line.slice(finding.character + finding.length);
  }
  return lines.join('\n');
}

describe('diagnostics: a deprecated call, its squiggle and its quick fix', () => {
  const workbench = useWorkbench({ files: { [SCRIPT]: SCRIPT_TEXT } });
  const findings = scanText(SCRIPT_TEXT, 'shellscript');
  const editor = () => workbench.page.locator('.editor-instance .monaco-editor').first();
  const squiggles = () => editor().locator('.squiggly-warning');
  const actionWidget = () => workbench.page.locator('.action-widget').first();
  const quickFix = (title: string) => actionWidget().locator('.monaco-list-row.action', { hasText: title });
  const FIX_ALL = 'Fix all deprecated Atlas private endpoint calls in this file';

  async function expectSquiggles(count: number): Promise<void> {
    await workbench.page.waitForFunction(
      ({ count: wanted }) => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-warning').length === wanted,
      { count },
      { timeout: 15_000 },
    ).catch(async () => assert.fail(`expected ${count} squiggles, the editor shows ${await squiggles().count()}`));
  }

  /** Clicks the middle of a squiggle, which puts the cursor inside the deprecated span, then rests the mouse elsewhere. */
  async function clickInto(squiggle: Locator): Promise<void> {
    await squiggle.waitFor();
    const box = await squiggle.boundingBox();
    assert.ok(box, 'the squiggle is on screen');
    await workbench.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await workbench.page.locator('.editor-instance .monaco-editor.focused').waitFor();
    const viewport = workbench.page.viewportSize() ?? { width: 1280, height: 800 };
    await workbench.page.mouse.move(viewport.width - 20, viewport.height - 60);
    await workbench.page.locator('.monaco-hover:visible').first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
  }

  /**
   * Puts the cursor in the squiggle and presses Ctrl+. once the editor has computed the code actions there (its light
   * bulb shows), as a person does after seeing the light bulb. Tried up to three times: on a loaded 2-core machine a
   * click or keypress can land while the workbench moves focus between the Problems view and the editor.
   */
  async function openQuickFixMenu(squiggle: Locator): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await clickInto(squiggle);
        // Attached, not necessarily visible: under load the bulb can be in the DOM with its actions computed but not drawn.
        await editor().locator('.lightBulbWidget').waitFor({ state: 'attached', timeout: 10_000 });
        await workbench.page.keyboard.press('Control+.');
        await actionWidget().locator('.monaco-list-row.action').first().waitFor({ timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await workbench.page.keyboard.press('Escape');
      }
    }
  }

  before(async function () {
    this.timeout(60_000);
    assert.equal(findings.length, 3, 'the sample has three deprecated calls, each with a rewrite');
    await workbench.page.keyboard.press('Control+P');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.fill(SCRIPT);
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: SCRIPT }).first().waitFor();
    await input.press('Enter');
    await editor().locator('.view-line', { hasText: 'privateEndpoint?pretty' }).waitFor();
  });

  it('underlines each deprecated path, and the hover says what replaces it', async () => {
    await expectSquiggles(findings.length);
    const problems = workbench.page.locator('.statusbar-item[id="status.problems"]');
    await problems.locator(`a[aria-label="Warnings: ${findings.length}"]`).waitFor();

    // The hover at the cursor, as "Show or Focus Hover" (Ctrl+K Ctrl+I) opens it: a mouse hover depends on the pointer
    // resting long enough, which a loaded 2-core machine does not guarantee. Pressed once more if it did not open.
    await clickInto(squiggles().first());
    const hover = workbench.page.locator('.monaco-hover').filter({ hasText: 'is deprecated in the Atlas Admin API' }).first();
    for (let attempt = 1; ; attempt++) {
      await workbench.page.keyboard.press('Control+K');
      await workbench.page.keyboard.press('Control+I');
      try {
        await hover.waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 2) throw error;
      }
    }
    const text = await hover.innerText();
    assert.match(text, /privateEndpoint\/AWS\/endpointService/);
    assert.match(text, new RegExp(DEPRECATION_CODE));
    // VS Code adds its own "Quick Fix..." link once it has asked the extension for code actions at the squiggle.
    await hover.locator('.hover-row.status-bar', { hasText: 'Quick Fix' }).waitFor();
    await workbench.page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden' });
  });

  it('Ctrl+. on the path shows the rewrite as the preferred quick fix, and choosing it rewrites the call', async () => {
    // The Problems view lists the three warnings, with source and code, for the picture.
    await workbench.page.keyboard.press('Control+Shift+M');
    const problemsView = workbench.page.locator('.markers-panel');
    await problemsView.locator('.monaco-list-row', { hasText: DEPRECATION_CODE }).nth(findings.length - 1).waitFor();
    await openQuickFixMenu(squiggles().first());
    const replace = quickFix(`Replace with ${findings[0].replacement}`);
    await replace.waitFor();
    await quickFix(FIX_ALL).waitFor();
    // Preferred: the first action, focused, so Enter applies it.
    assert.match((await actionWidget().locator('.monaco-list-row.action').first().getAttribute('class')) ?? '', /\bfocused\b/);
    assert.match((await actionWidget().locator('.monaco-list-row.action').first().innerText()), /^Replace with /);
    await workbench.screenshot('diagnostic-quick-fix');

    await workbench.page.keyboard.press('Enter');
    await actionWidget().waitFor({ state: 'hidden' });
    await editor().locator('.view-line', { hasText: 'privateEndpoint/AWS/endpointService?pretty=true' }).waitFor();
    await expectSquiggles(findings.length - 1);
  });

  it('"Fix all" rewrites the remaining calls; the saved file is the scanner\'s rewrite and has no warnings left', async () => {
    await openQuickFixMenu(squiggles().first());
    await quickFix(FIX_ALL).click();
    await expectSquiggles(0);
    await workbench.page.keyboard.press('Control+S');
    const file = path.join(workbench.workspace, SCRIPT);
    const expected = rewritten(SCRIPT_TEXT);
    // The save reaches the disk through the remote file system a moment after the keypress.
    for (let waited = 0; readFileSync(file, 'utf8') !== expected && waited < 10_000; waited += 100) {
      await workbench.page.waitForTimeout(100);
    }
    assert.equal(readFileSync(file, 'utf8'), expected);
    assert.deepEqual(scanText(expected, 'shellscript'), []);
    await workbench.page.locator('.statusbar-item[id="status.problems"] a[aria-label="No Problems"]').waitFor();
  });
});
