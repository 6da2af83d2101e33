/** The site configuration: the status date is one explicit input, checked, with the build day in China as default. */
import { describe, expect, test } from 'vitest';
import { readSiteConfig, todayInChina } from '../../src/lib/site-config.ts';

describe('error-report address', () => {
  test('REPORT_URL takes an https address or a mailto: address; without it there is none', () => {
    expect(readSiteConfig({ REPORT_URL: 'mailto:errors@example.org' }).reportUrl).toBe('mailto:errors@example.org');
    expect(readSiteConfig({ REPORT_URL: 'https://github.com/example/site/issues' }).reportUrl).toBe('https://github.com/example/site/issues');
    expect(readSiteConfig({}).reportUrl).toBeUndefined();
  });
  test.each(['http://example.org/issues', 'errors@example.org', 'javascript:alert(1)'])('a REPORT_URL such as %s stops the build with the fix', (bad) => {
    expect(() => readSiteConfig({ REPORT_URL: bad })).toThrow(
      `REPORT_URL is "${bad}": it must be an https:// address (an issue tracker) or a mailto: address, e.g. REPORT_URL=mailto:errors@example.org`,
    );
  });
});

describe('status date', () => {
  test('STATUS_DATE sets it', () => {
    expect(readSiteConfig({ STATUS_DATE: '2026-11-29' }).statusDate).toBe('2026-11-29');
  });
  test('without it, the day in China (UTC+8) is used: 23:00 UTC is already the next day there', () => {
    expect(todayInChina(new Date('2026-11-29T23:00:00Z'))).toBe('2026-11-30');
    expect(readSiteConfig({}, new Date('2026-11-29T15:59:00Z')).statusDate).toBe('2026-11-29');
  });
  test.each(['29/11/2026', '2026-02-30', 'tomorrow'])('a malformed STATUS_DATE (%s) stops the build with the fix', (bad) => {
    expect(() => readSiteConfig({ STATUS_DATE: bad })).toThrow(`STATUS_DATE is "${bad}": it must be a real date written YYYY-MM-DD, e.g. STATUS_DATE=2026-11-29`);
  });
});
