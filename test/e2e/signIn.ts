// Signing in to the emulator with its API key, the way a person types it: the four steps of the sign-in input,
// then the confirmation that names the host (the emulator is not Atlas, so the keys go there only after it).
import type { Workbench } from './harness';

export async function signInToEmulator(workbench: Workbench, profile: string): Promise<void> {
  const { emulator } = workbench.host;
  const quickInput = workbench.page.locator('.quick-input-widget');
  const input = quickInput.locator('input.input');
  await workbench.runCommand('Atlas: Sign In with API Key…');
  for (const [step, value] of [['(1/4)', emulator.publicKey], ['(2/4)', emulator.privateKey]] as const) {
    await quickInput.locator('.quick-input-title', { hasText: step }).waitFor();
    await input.fill(value);
    await input.press('Enter');
  }
  await quickInput.locator('.quick-input-title', { hasText: '(3/4)' }).waitFor();
  await quickInput.locator('.monaco-list-row', { hasText: 'Custom URL…' }).click();
  await input.fill(emulator.url);
  await input.press('Enter');
  await quickInput.locator('.quick-input-title', { hasText: '(4/4)' }).waitFor();
  await input.fill(profile);
  await input.press('Enter');
  await workbench.page.locator('.monaco-dialog-box').getByRole('button', { name: 'Sign In', exact: true }).click();
  // The view's title names the active profile, on screen in the sidebar's header.
  await workbench.page.locator('.part.sidebar .title-label h2', { hasText: profile }).waitFor();
}
