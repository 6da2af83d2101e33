/** Without Chromium the browser tests fail, and the message says how to install it — they never skip silently. */
import { afterEach, describe, expect, test } from 'vitest';
import { chromePath } from '../helpers/browser.ts';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe('finding Chromium', () => {
  test('a missing browser is an error naming the path and the fix', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => chromePath()).toThrow(
      'Browser tests need Chromium, looked for it at /nonexistent/chromium. Install it with `apt-get install -y chromium` ' +
        '(Debian), or set CHROME_PATH to a Chromium or Chrome binary. See README.md, "Prerequisites".',
    );
  });

  test('CHROME_PATH is honoured when it exists', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(chromePath()).toBe(process.execPath);
  });
});
