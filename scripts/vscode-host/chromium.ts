// Headless Chromium (Debian's package, or CHROME_PATH) driven by playwright-core: the workbench side of the host.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { recordShownText, SHOWN_TEXT_LOG_VARIABLE } from './shownText';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM_MISSING =
  'Chromium was not found. Install it with `apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or set CHROME_PATH to a Chrome or Chromium executable.';

/** The browser to use, or a message naming what to install. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CANDIDATES): string {
  const configured = env.CHROME_PATH;
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`CHROME_PATH is set to ${configured}, which does not exist. ${CHROMIUM_MISSING}`);
    }
    return configured;
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(CHROMIUM_MISSING);
  }
  return found;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // The launcher ends the browser itself on signals, after printing what it has.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface WorkbenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Browser console lines, kept for the failure report. */
  readonly console: string[];
}

/**
 * Opens the workbench for `folder` in a fresh browser context (fresh browser storage, so fresh SecretStorage)
 * and waits until the workbench is on screen. The clipboard grant keeps `vscode.env.clipboard` from hanging.
 * Browser console lines (the extension host's console is mirrored there) are appended to `consoleLines`. When the
 * launcher set ATLAS_SHOWN_TEXT_LOG, the text the page shows is recorded there for the secret leak audit.
 */
export async function openWorkbench(
  browser: Browser,
  baseUrl: string,
  folder: string,
  { consoleLines = [] as string[], timeoutMs = 60_000 } = {},
): Promise<WorkbenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const shownTextLog = process.env[SHOWN_TEXT_LOG_VARIABLE];
  if (shownTextLog) {
    await recordShownText(context, shownTextLog);
  }
  const page = await context.newPage();
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`, { timeout: timeoutMs });
  await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
  return { context, page, console: consoleLines };
}
