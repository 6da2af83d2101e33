/** Launches Debian's Chromium through playwright-core; fails loudly, with the fix, when no browser is installed. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Browser tests need Chromium, looked for it at ${path}. Install it with \`apt-get install -y chromium\` ` +
        '(Debian), or set CHROME_PATH to a Chromium or Chrome binary. See README.md, "Prerequisites".',
    );
  }
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
}

/**
 * A browser and one page for the tests of the enclosing describe block (or file): launched before them, closed after.
 * The fields are set once the block starts: `const b = sharedPage(); … await b.page.goto(…)`.
 */
export function sharedPage(viewport?: { width: number; height: number }): { browser: Browser; page: Page } {
  const held = {} as { browser: Browser; page: Page };
  beforeAll(async () => {
    held.browser = await launchBrowser();
    held.page = await held.browser.newPage(viewport ? { viewport } : {});
  });
  afterAll(async () => held.browser?.close());
  return held;
}
