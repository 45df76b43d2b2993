// The migration report as a person sees it: signed in to the emulator, a workspace with legacy Terraform and a
// script, "Atlas: Open Migration Report" from the palette opens the Markdown source and its preview side by side.
// Saves the README screenshot media/screenshots/migration-report.png.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useWorkbench } from './harness';
import { signInToEmulator } from './signIn';

const ROOT = path.resolve(__dirname, '..', '..');
const demo = (file: string) => readFileSync(path.join(ROOT, 'demo', 'workspace', file), 'utf8');

describe('migration report: inventory and code in one document', () => {
  const workbench = useWorkbench({ files: { 'main.tf': demo('main.tf'), 'list-private-endpoints.sh': demo('list-private-endpoints.sh') } });

  it('opens the report with its preview, listing the legacy connections, the code and the Terraform blocks', async function () {
    this.timeout(180_000);
    await workbench.openAtlasView();
    await signInToEmulator(workbench, 'Demo');
    await workbench.runCommand('Atlas: Open Migration Report');
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: 'Atlas migration report.md' }).first();
    await tab.waitFor({ timeout: 120_000 });
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Preview' }).first().waitFor({ timeout: 30_000 });
    const source = workbench.page.locator('.editor-instance .monaco-editor .view-lines').first();
    await source.getByText('# Atlas private endpoint migration report').waitFor();
    const preview = workbench.page.frameLocator('iframe.webview').frameLocator('iframe').first();
    await preview.getByRole('heading', { name: 'Atlas private endpoint migration report' }).waitFor({ timeout: 30_000 });
    const text = await preview.locator('body').innerText();
    assert.match(text, /Code that still calls the legacy API/);
    assert.match(text, /main\.tf:1/);
    assert.match(text, /Seed Example/);
    const link = preview.getByRole('link', { name: 'main.tf:1' });
    assert.equal(await link.getAttribute('href'), '/main.tf#L1');
    await workbench.runCommand('Notifications: Clear All Notifications');
    // The preview alone, scrolled to the first project: its connections, their endpoint services and the blocks.
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Preview' }).first().click();
    await workbench.runCommand('View: Close Editors in Other Groups');
    await workbench.runCommand('View: Close Primary Side Bar');
    await preview.getByRole('heading', { name: /Seed Example/ }).scrollIntoViewIfNeeded();
    await preview.getByRole('heading', { name: /Seed Example/ }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await workbench.screenshot('migration-report');
  });
});
