/** The site configuration: the status date is one explicit input, checked, with the build day in China as default. */
import { describe, expect, test } from 'vitest';
import { readSiteConfig, todayInChina } from '../../src/lib/site/site-config.ts';

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

describe('origin, publishing and official sites', () => {
  test('a local build uses http://localhost:4321; SITE_URL sets the origin', () => {
    expect(readSiteConfig({}).origin).toBe('http://localhost:4321');
    expect(readSiteConfig({ SITE_URL: 'https://example.org' }).origin).toBe('https://example.org');
    expect(readSiteConfig({ SITE_URL: 'https://example.org/' }).origin).toBe('https://example.org');
  });
  test.each([
    [{ SITE_URL: 'https://example.org/site/' }, 'SITE_URL is "https://example.org/site/": it must be an origin such as https://export-controls.example.org (scheme and host only, no path)'],
    [{ SITE_URL: 'example.org' }, 'SITE_URL is "example.org": it must be an origin such as https://export-controls.example.org'],
    [{ PUBLISH: '1', REPORT_URL: 'mailto:e@example.org' }, 'A build for publishing needs SITE_URL, the origin the site is published at, e.g. SITE_URL=https://export-controls.example.org npm run build -- --publish'],
    [{ PUBLISH: '1', SITE_URL: 'https://reference.example', REPORT_URL: 'mailto:e@example.org' }, 'SITE_URL is "https://reference.example": a build for publishing needs the real https origin of the site, not a local, test or example address'],
    [{ PUBLISH: '1', SITE_URL: 'http://reference.org', REPORT_URL: 'mailto:e@example.org' }, 'SITE_URL is "http://reference.org": a build for publishing needs the real https origin of the site, not a local, test or example address'],
    [{ PUBLISH: '1', SITE_URL: 'https://reference.org' }, 'A build for publishing needs REPORT_URL, where readers report errors: an issue tracker (https://…) or an e-mail address (mailto:…)'],
    [{ OFFICIAL_SITES: '商务部网站' }, 'OFFICIAL_SITES has "商务部网站": write each site as label|URL, separated by ;, e.g. OFFICIAL_SITES="商务部网站|https://www.mofcom.gov.cn/"'],
  ])('%o is refused: %s', (env, message) => {
    expect(() => readSiteConfig(env)).toThrow(message);
  });
  test.each([
    'https://localhost',
    'https://localhost:4321',
    'https://127.0.0.1',
    'https://0.0.0.0',
    'https://[::1]',
    'https://example.org',
    'https://www.example.com',
    'https://site.example',
    'https://site.test',
    'https://site.invalid',
    'https://site.local',
  ])('a publishing build refuses %s: this machine, or a reserved test or example name', (origin) => {
    expect(() => readSiteConfig({ PUBLISH: '1', SITE_URL: origin, REPORT_URL: 'mailto:e@reference.org' })).toThrow(
      `SITE_URL is "${origin}": a build for publishing needs the real https origin of the site, not a local, test or example address`,
    );
    // The same origin is fine for a build that is not for publishing.
    expect(readSiteConfig({ SITE_URL: origin }).origin).toBe(new URL(origin).origin);
  });
  test.each(['https://localhost.org', 'https://examples.org', 'https://my-test.org', 'https://127.org'])('a publishing build accepts %s, a real name that only looks like a reserved one', (origin) => {
    expect(readSiteConfig({ PUBLISH: '1', SITE_URL: origin, REPORT_URL: 'mailto:e@reference.org' }).origin).toBe(origin);
  });
  test('a publishing build with a real origin and a report address passes', () => {
    expect(readSiteConfig({ PUBLISH: '1', SITE_URL: 'https://reference.org', REPORT_URL: 'https://github.com/o/r/issues' })).toMatchObject({ origin: 'https://reference.org', publish: true });
  });
  test('official sites: the defaults, or OFFICIAL_SITES as label|URL pairs', () => {
    expect(readSiteConfig({}).officialSites.map((s) => s.url)).toEqual(['https://www.mofcom.gov.cn/', 'http://exportcontrol.mofcom.gov.cn/', 'https://www.most.gov.cn/']);
    expect(readSiteConfig({ OFFICIAL_SITES: '甲|https://a.example/;乙|https://b.example/' }).officialSites).toEqual([{ label: '甲', url: 'https://a.example/' }, { label: '乙', url: 'https://b.example/' }]);
  });
});
