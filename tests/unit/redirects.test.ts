/** Redirects of moved pages: content/redirects.md checks, checks against the built site, and the static redirect page. */
import { describe, expect, test } from 'vitest';
import type { ContentProblem } from '../../src/lib/shared/errors.ts';
import { builtSite, elementIds, isRedirectPage } from '../../src/lib/site/published-urls.ts';
import { checkRedirects, readRedirects, redirectPage } from '../../src/lib/site/redirects.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';

const FILE = 'content/redirects.md';
const read = (redirects: unknown, body = '') => {
  const problems: ContentProblem[] = [];
  const list = readRedirects([{ file: FILE, data: { redirects }, body }], problems);
  return { list, problems: problems.map((p) => `${p.file} — ${p.field}: ${p.reason}`) };
};

describe('content/redirects.md', () => {
  test('paths written as characters or percent-encoded read the same; an anchor on the target is kept', () => {
    const { list, problems } = read([
      { from: '/industries/%E6%B5%8B%E8%AF%95/', to: '/industries/测试二/' },
      { from: '/entries/test-old/2001/', to: '/entries/test-a/2001/#cp-2', note: '键改名' },
    ]);
    expect(problems).toEqual([]);
    expect(list).toEqual([
      { from: '/industries/测试/', to: '/industries/测试二/' },
      { from: '/entries/test-old/2001/', to: '/entries/test-a/2001/#cp-2', note: '键改名' },
    ]);
  });

  test('what a redirect may not be, word for word', () => {
    const { list, problems } = read([
      { from: '/a', to: '/b/' },
      { from: '/c/', to: 'https://example.org/' },
      { from: '/d/?q=1/', to: '/b/' },
      { from: '/../e/', to: '/b/' },
      { from: '/f/', to: '/b/#a#b' },
      { from: '/g/', to: '/g/' },
      { from: '/h/', to: '/b/' },
      { from: '/h/', to: '/i/' },
      { from: '/j/', to: '/h/#cp-1' },
      { from: '/k/', to: '/b/', extra: 1 },
    ]);
    const path = 'must be a page path of this site such as /entries/old-key/2023/ (starting and ending with /, without ?, # or spaces)';
    const target = 'must be a page path of this site, optionally with an anchor, such as /entries/new-key/2023/ or /entries/new-key/2023/#cp-3';
    expect(problems).toEqual([
      `${FILE} — redirects[0].from: ${path}`,
      `${FILE} — redirects[1].to: ${target}`,
      `${FILE} — redirects[2].from: ${path}`,
      `${FILE} — redirects[3].from: ${path}`,
      `${FILE} — redirects[4].to: ${target}`,
      `${FILE} — redirects[9]: unknown field extra`,
    ]);
    expect(list).toEqual([]);
    const cross = read([
      { from: '/g/', to: '/g/' },
      { from: '/h/', to: '/b/' },
      { from: '/h/', to: '/i/' },
      { from: '/j/', to: '/h/#cp-1' },
    ]);
    expect(cross.problems).toEqual([
      `${FILE} — redirects[0].to: is the page the redirect is from`,
      `${FILE} — redirects[2].from: /h/ is already redirected by redirects[1]`,
      `${FILE} — redirects[3].to: /h/ is itself redirected by redirects[1]; send readers to the page it leads to`,
    ]);
    expect(cross.list).toEqual([{ from: '/h/', to: '/b/' }]);
  });

  test.each([
    // Each rule of a page path on its own: the other rules hold for every one of these.
    ['from', '/a/./b/'],
    ['from', '/a/../b/'],
    ['from', '/a//b/'],
    ['from', '/a b/'],
    ['from', 'a/'],
    ['from', '/a/%E6/'],
    ['to', '/b/#1cp'],
    ['to', '/b/#cp-1!'],
    ['to', '/b/#'],
    ['to', '/b/./#cp-1'],
  ])('a redirect whose %s is %s is refused', (field, value) => {
    const r = field === 'from' ? { from: value, to: '/b/' } : { from: '/a/', to: value };
    const path = 'must be a page path of this site such as /entries/old-key/2023/ (starting and ending with /, without ?, # or spaces)';
    const target = 'must be a page path of this site, optionally with an anchor, such as /entries/new-key/2023/ or /entries/new-key/2023/#cp-3';
    expect(read([r]).problems).toEqual([`${FILE} — redirects[0].${field}: ${field === 'from' ? path : target}`]);
  });

  test('anchors of letters, digits, - and _, starting with a letter, are fine', () => {
    expect(read([{ from: '/a/', to: '/b/#cp-u1' }, { from: '/c/', to: '/b/#item_1-2' }, { from: '/d.e/', to: '/b/' }]).problems).toEqual([]);
  });

  test('the body is checked like every content body', () => {
    expect(read([], '<script>x</script>').problems).toEqual([
      `${FILE} — body line 1: contains raw HTML "<script>x</script>"; write Markdown only (raw HTML is rejected, not sanitised)`,
    ]);
  });
});

describe('redirects against the built site', () => {
  const site = builtSite([
    { path: 'entries/test-a/2001/index.html', read: () => '<li id="cp-1"></li>' },
    { path: 'about/index.html', read: () => '<main id="main"></main>' },
  ]);

  test('a redirect may not replace a built page, and must lead to a built page and to an element of it', () => {
    const problems = checkRedirects(
      [
        { from: '/about/', to: '/entries/test-a/2001/' },
        { from: '/x/', to: '/entries/test-b/2001/' },
        { from: '/y/', to: '/entries/test-a/2001/#cp-2' },
        { from: '/z/', to: '/entries/test-a/2001/#cp-1' },
      ],
      site,
    );
    expect(problems.map((p) => `${p.file} — ${p.field}: ${p.reason}`)).toEqual([
      `${FILE} — redirects[0].from: /about/ is a page the site builds; a redirect cannot stand in its place (remove the redirect, or the page)`,
      `${FILE} — redirects[1].to: /entries/test-b/2001/ is no page of the site`,
      `${FILE} — redirects[2].to: /entries/test-a/2001/ has no element with the id cp-2`,
    ]);
  });
});

describe('the redirect page', () => {
  const html = redirectPage({ from: '/industries/旧/', to: '/industries/测试"行业/#cp-1' }, 'https://example.org');

  test('a meta refresh, a link and rel=canonical to the new page, percent-encoded and escaped', () => {
    const href = '/industries/%E6%B5%8B%E8%AF%95&#34;%E8%A1%8C%E4%B8%9A/#cp-1';
    const url = 'https://example.org/industries/%E6%B5%8B%E8%AF%95%22%E8%A1%8C%E4%B8%9A/#cp-1';
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${href}">`);
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain(`<a href="${href}">${url}</a>`);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(isRedirectPage(html)).toBe(true);
  });

  test("the site's Content-Security-Policy, and no script or style of any kind", () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}">`);
    expect(html).not.toMatch(/<script|<style|\son[a-z]+=|style=/i);
    expect(elementIds(html)).toEqual([]);
  });

  test('an English path gets an English page: lang="en", English first, the Chinese line marked', () => {
    const en = redirectPage({ from: '/en/entries/x/compare/2008...2023/', to: '/en/entries/x/#compare-2008-2023' }, 'https://example.org');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<title>This page has moved</title>');
    expect(en.indexOf('<p>This page has moved to')).toBeLessThan(en.indexOf('<p lang="zh-CN">本页现在位于'));
    expect(html).toContain('<p lang="en">This page has moved to');
  });
});
