/** Every internal link and #fragment of the built site resolves, and every page can be reached from the home page. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.ts';
import { checkLinks } from '../helpers/link-check.ts';
import { htmlPages } from '../helpers/site-files.ts';

describe('links and anchors', () => {
  test('the built site: 0 broken links or fragments, every page reachable from the home page', async () => {
    const siteDir = inject('siteDir');
    const report = await checkLinks(inject('baseUrl'), siteDir);
    expect(report.broken).toEqual([]);
    expect(report.unreachable).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(htmlPages(siteDir).length - 1);
    expect(report.fragmentLinks).toBeGreaterThan(100);
  });

  test('the checker itself finds a broken link, a broken fragment and an orphan page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-links-'));
    const put = (path: string, body: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`);
    };
    put('index.html', '<a href="/a/">a</a> <a href="/gone/">gone</a> <a href="/a/#cp-9">cp 9</a> <a href="#top">top</a> <a href="https://example.org/">elsewhere</a>');
    put('a/index.html', '<h1 id="cp-1">a</h1><a href="/">home</a>');
    put('orphan/index.html', '<p>nobody links here</p>');
    put('404.html', '<p>not found</p>');
    const server = await serveStatic(dir);
    try {
      const report = await checkLinks(server.url, dir);
      expect(report.broken.map((b) => b.split(' (on ')[0])).toEqual(expect.arrayContaining([`${server.url}/gone/`, `${server.url}/a/#cp-9`, `${server.url}/#top`]));
      expect(report.broken, report.broken.join("\n")).toHaveLength(3);
      expect(report.unreachable).toEqual(['/orphan/']);
    } finally {
      await server.close();
    }
  });
});
