/** Content is escaped: quotes, ampersands and entity-looking text in content reach the reader as text, never as markup. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { page, text } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';
import { ROOT } from '../helpers/site-setup.ts';

const NAME = '测试技术甲" onmouseover="alert(1)" x="&lt;script&gt;';
/** Astro 5 writes an http(s) URL containing & into attributes unescaped; the schema refuses quotes in URLs for that reason. */
const URL_WITH_AMPERSAND = 'https://example.org/?a=1&b=2';
let out: string;

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'catalogue-escaping-')), 'site');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', fixtureRoot('tricky-text'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`Building tests/fixtures/tricky-text failed:\n${r.stdout}\n${r.stderr}`);
});

describe('escaping (tests/fixtures/tricky-text)', () => {
  test('a name with quotes and entity-looking text is shown literally, in the heading and in attributes', () => {
    const doc = page(out, '/entries/test-a/2001/');
    expect(text(doc.querySelector('h1'))).toBe(NAME);
    expect(doc.querySelector('title')!.textContent).toContain(NAME);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(NAME);
    expect(text(doc.querySelector('#cp-1'))).toContain('要点 &amp; &lt;b&gt;不是标签&lt;/b&gt; \' " `');
    expect(doc.querySelector('#cp-1 b')).toBeNull();
  });

  test('a source URL with an ampersand stays inside its href', () => {
    const a = page(out, '/entries/test-a/2001/').querySelectorAll('a').find((el) => el.getAttribute('href')?.startsWith('https://example.org/'));
    expect(a?.getAttribute('href')).toBe(URL_WITH_AMPERSAND);
    expect(text(a!)).toBe('测试来源 "onfocus="alert(1)');
  });

  test('entity-looking text in a Markdown body stays text', () => {
    const prose = page(out, '/entries/test-a/2001/').querySelector('.prose')!;
    // Astro's Markdown turns straight quotes into typographic ones; the angle brackets stay text.
    expect(text(prose)).toBe('正文里的 <script>alert(1)</script> 只是文字，“引号” & ‘single’。');
    expect(prose.querySelector('script')).toBeNull();
  });

  test('no page of the build gained an element or attribute from the content', () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(5);
    for (const [path, file] of pages) {
      const doc = parse(readFileSync(file, 'utf8'));
      expect(doc.querySelectorAll('b'), path).toHaveLength(0);
      // The only scripts are the site's own bundles (the copy-citation button on entry pages), never from content.
      const scripts = doc.querySelectorAll('script').map((el) => el.getAttribute('src') ?? '(inline)');
      expect(scripts.filter((src) => !/^\/_astro\/[\w.-]+\.js$/.test(src)), path).toEqual([]);
      const attrs = doc.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes));
      expect(attrs.filter((name) => /^(on|x$)/i.test(name)), path).toEqual([]);
    }
  });
});
