// Headless Chromium driven by playwright-core: the workbench side of the host. The browser comes from the npm registry
// (npmChromium.ts) unless CHROME_PATH names another one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureNpmChromium, FONTS_CONFIG, NPM_CHROMIUM } from './npmChromium';
import type { ProcessGroups } from './processGroup';
import { recordShownText, SHOWN_TEXT_LOG_VARIABLE } from './shownText';

export const BROWSER_OVERRIDE_HELP =
  'Set CHROME_PATH to a Chrome or Chromium executable to use that browser instead of the one from the npm registry.';

/** Where the browser comes from: CHROME_PATH when set (an explicit override), otherwise the npm registry. */
export type BrowserChoice = { readonly source: 'CHROME_PATH'; readonly executable: string } | { readonly source: 'npm' };

/** Decides without installing anything, so that a wrong CHROME_PATH fails at once. */
export function chooseBrowser(env: NodeJS.ProcessEnv = process.env): BrowserChoice {
  const configured = env.CHROME_PATH;
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(
        `CHROME_PATH is set to ${configured}, which does not exist. Unset it to use the Chromium from the npm registry ` +
          `(${NPM_CHROMIUM}), or point it at a Chrome or Chromium executable.`,
      );
    }
    return { source: 'CHROME_PATH', executable: configured };
  }
  return { source: 'npm' };
}

/** The executable for `choice`, installing the npm registry's Chromium into `cacheRoot` on first use. */
export async function browserExecutable(
  choice: BrowserChoice,
  cacheRoot: string,
  groups: ProcessGroups,
  log: (line: string) => void,
): Promise<string> {
  if (choice.source === 'CHROME_PATH') {
    return choice.executable;
  }
  try {
    return await ensureNpmChromium(cacheRoot, groups, log);
  } catch (error) {
    throw new Error(`The browser is missing: ${error instanceof Error ? error.message : String(error)}\n${BROWSER_OVERRIDE_HELP}`);
  }
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  // The npm registry's Chromium brings its own fonts; its fonts.conf adds them to the system's.
  const fontsConfig = path.join(path.dirname(executablePath), FONTS_CONFIG);
  return chromium.launch({
    executablePath,
    headless: true,
    ...(existsSync(fontsConfig) ? { env: { ...process.env, FONTCONFIG_FILE: fontsConfig } } : {}),
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
