/** Launches Debian's Chromium through playwright-core; fails loudly, with the fix, when no browser is installed. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
