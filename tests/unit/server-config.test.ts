/** The host configuration comes from src/lib: the shipped nginx block is what the module renders, and the rules are the intended ones. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { NGINX_CONF } from '../../scripts/server/nginx-conf.ts';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, SECURITY_HEADERS } from '../../src/lib/site/security.ts';
import { CACHE_IMMUTABLE, CACHE_SHORT, cacheControl, cacheRules, isHashed, isPrecompressed, renderHeadersFile, renderNginxServer } from '../../src/lib/site/server-config.ts';

describe('security headers', () => {
  test("the header policy is the page policy plus frame-ancestors 'none'", () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY_HEADER.startsWith(`${CONTENT_SECURITY_POLICY}; `)).toBe(true);
    expect(Object.keys(SECURITY_HEADERS)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
  });
});

describe('caching', () => {
  test('hashed names are immutable; Pagefind files that keep their names are not', () => {
    for (const path of ['/_astro/about.DT80waEn.css', '/pagefind/fragment/zh-cn_109573f.pf_fragment', '/pagefind/index/zh-cn_09efa74.pf_index', '/pagefind/filter/zh-cn_145a2e2.pf_filter', '/pagefind/pagefind.zh-cn_30f9afba6973f.pf_meta']) {
      expect(isHashed(path), path).toBe(true);
      expect(cacheControl(path)).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', '/controls/index.html', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind-ui.css', '/data/2023.json', '/pagefind/x.pf_meta/evil', '/x/_astro/a.js']) {
      expect(isHashed(path), path).toBe(false);
      expect(cacheControl(path)).toBe('public, max-age=0, must-revalidate');
    }
  });

  test('_headers cache rules never overlap: a mixed folder names its files, a plain folder is one rule', () => {
    const files = ['/index.html', '/404.html', '/about/index.html', '/entries/a/2023/index.html', '/_astro/x.1.css', '/pagefind/pagefind.js', '/pagefind/pagefind.zh-cn_ab.pf_meta', '/pagefind/fragment/zh-cn_1.pf_fragment', '/_headers'];
    expect(cacheRules(files)).toEqual([
      ['/', CACHE_SHORT],
      ['/index.html', CACHE_SHORT],
      ['/404.html', CACHE_SHORT],
      ['/_astro/*', CACHE_IMMUTABLE],
      ['/about/*', CACHE_SHORT],
      ['/entries/*', CACHE_SHORT],
      ['/pagefind/pagefind.js', CACHE_SHORT],
      ['/pagefind/pagefind.zh-cn_ab.pf_meta', CACHE_IMMUTABLE],
      ['/pagefind/fragment/*', CACHE_IMMUTABLE],
    ]);
  });

  test('more rules than Cloudflare Pages reads stop the build', () => {
    const files = Array.from({ length: 100 }, (_, i) => `/f${i}.json`);
    expect(() => renderHeadersFile(files)).toThrow('_headers would hold 101 rules; Cloudflare Pages reads at most 100.');
  });
});

test('text files are precompressed, Pagefind chunks (gzip already) are not', () => {
  for (const path of ['/a/index.html', '/_astro/a.css', '/pagefind/pagefind.js', '/data/2023.json', '/data/2023.csv', '/sitemap-0.xml', '/favicon.svg']) expect(isPrecompressed(path), path).toBe(true);
  for (const path of ['/pagefind/fragment/zh-cn_1.pf_fragment', '/pagefind/pagefind.zh-cn_ab.pf_meta', '/pagefind/wasm.unknown.pagefind', '/_headers', '/a/index.html.gz']) expect(isPrecompressed(path), path).toBe(false);
});

test('scripts/server/nginx.conf is what src/lib/site/server-config.ts renders', () => {
  expect(readFileSync(NGINX_CONF, 'utf8'), 'scripts/server/nginx.conf is out of date: run `npx tsx scripts/server/nginx-conf.ts`').toBe(renderNginxServer());
  // Every header is set at the server level, each once, and no location sets its own (which would drop them all).
  const conf = renderNginxServer();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(conf.split(`add_header ${name} "${value}" always;`).length - 1, name).toBe(1);
  expect(conf.match(/add_header/g)).toHaveLength(5);
  expect(conf).toContain('add_header Cache-Control $export_tech_catalogue_cache_control always;');
});
