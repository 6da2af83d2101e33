/**
 * fetch-official against a local HTTP server (127.0.0.1, random port) serving generated documents: a good PDF printed
 * by Chromium with the announcement number, a truncated one, an HTML error page sent with 200, a 404, a redirect, a
 * redirect loop, a very slow answer, a dropped connection, a refused connection, a PDF of another announcement, and
 * the fictional ministry page of an adjustment list. Each case's report is tested word for word; only a good document
 * reaches the cache and the importer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/fetch-official.ts';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { coverage } from '../../src/lib/catalogue/coverage.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { catalogueHtml, htmlToPdf, type PdfSection } from '../helpers/catalogue-pdf.ts';
import { fixtureFile, snapshot, tempFixture } from '../helpers/import.ts';
import { startServer, type LocalServer } from '../helpers/local-server.ts';

const SECTIONS: PdfSection[] = [
  {
    part: '一、禁止出口部分',
    industries: [
      {
        heading: '（一）测试行业一',
        rows: [
          { seq: 1, name: '测试技术甲', code: '990101J', points: ['测试技术甲的第一个测试要点', '测试技术甲的第二个测试要点'] },
          { seq: 2, name: '测试技术乙', code: '990102J', points: ['测试技术乙的测试要点'] },
        ],
      },
    ],
  },
  {
    part: '二、限制出口部分',
    industries: [
      {
        heading: '（一）测试行业二',
        rows: [
          { seq: 1, name: '测试技术丙', code: '990201X', points: ['测试技术丙的第一个测试要点'] },
          { seq: 2, name: '测试技术丁', code: '990202X', points: ['测试技术丁的测试要点'] },
        ],
      },
    ],
  },
];
const catalogue = (no: number) => catalogueHtml([`测试部 测试部公告2001年第${no}号（虚构文本，不是官方文本）`, '测试用虚构目录', '参考原则', '测试用的虚构段落。'], SECTIONS);

/** An error page as a ministry site may send it, with status 200, padded with its navigation to a real page's size. */
const ERROR_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>404 页面不存在 - 测试部网站</title></head><body>
<div class="header"><ul class="nav">${Array.from({ length: 40 }, (_, i) => `<li><a href="/column${i}/">测试栏目${i}</a></li>`).join('')}</ul></div>
<div class="error"><h1>对不起，您访问的页面不存在或已被删除</h1><p><a href="/">返回首页</a></p></div>
<div class="footer"><p>主办单位：测试部（虚构）</p></div></body></html>`;

let good: Buffer;
let other: Buffer;
let page: Buffer;
let server: LocalServer | undefined;
let base: string;
let host: string;
let refused: string;

beforeAll(async () => {
  good = Buffer.from(await htmlToPdf(catalogue(7)));
  other = Buffer.from(await htmlToPdf(catalogue(8)));
  page = readFileSync(fixtureFile('import-amendment-fictional', 'adjustments-2002-2.html'));
  server = await startServer((req, res) => {
    const pdf = (body: Buffer) => res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': body.length });
    switch (req.url) {
      case '/good.pdf':
        pdf(good);
        return res.end(good);
      case '/other.pdf':
        pdf(other);
        return res.end(other);
      case '/truncated.pdf': {
        const half = good.subarray(0, Math.floor(good.length / 2));
        pdf(half);
        return res.end(half);
      }
      case '/dropped.pdf':
        pdf(good);
        res.write(good.subarray(0, 20_000), () => res.socket?.destroy());
        return;
      case '/slow.pdf':
        pdf(good);
        res.write(good.subarray(0, 1000)); // and nothing more
        return;
      case '/error.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(ERROR_PAGE);
      case '/moved.pdf':
        res.writeHead(302, { location: '/good.pdf' });
        return res.end();
      case '/loop':
        res.writeHead(301, { location: '/loop' });
        return res.end();
      case '/adjustments.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(page);
      default:
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<h1>404 Not Found</h1>');
    }
  });
  ({ host, base } = server);
  // A port nothing listens on: opened, read, closed.
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  refused = `127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((r) => closed.close(r));
});

afterAll(async () => {
  await server?.close();
});

async function run(root: string, args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main([...args, '--root', root], (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex').slice(0, 16);
const HEAD = 'Fetching the official text of the 2001 edition (测试部 测试部公告2001年第7号): 1 address from --url, tried in order.';
const FAILED = 'No official document could be fetched from the address; nothing was written.';

describe('each served case and its outcome', () => {
  /** Path on the server (or a whole URL), and the report lines after the address line. */
  const failures: [string, () => string, () => string[]][] = [
    ['a truncated PDF', () => `${base}/truncated.pdf`, () => ['      refused: a truncated PDF: it does not end with %%EOF']],
    ['an HTML error page sent with status 200', () => `${base}/error.html`, () => ['      refused: an HTML error page served as a document ("404 页面不存在 - 测试部网站")']],
    ['a 404', () => `${base}/missing.pdf`, () => ['      failed: HTTP 404 Not Found']],
    ['a PDF of another announcement', () => `${base}/other.pdf`, () => ['      refused: a PDF, but the announcement number 2001年第7号 is not in its text']],
    [
      'a very slow answer (--timeout 2)',
      () => `${base}/slow.pdf`,
      () => [`      failed: no complete answer within 2 s (--timeout): 1000 of ${good.length} bytes received from ${host}`],
    ],
    ['a connection dropped halfway', () => `${base}/dropped.pdf`, () => [`      failed: the connection closed after 20000 of ${good.length} bytes`]],
    ['a refused connection', () => `http://${refused}/catalogue.pdf`, () => [`      failed: the connection to ${refused} was refused (ECONNREFUSED)`]],
    [
      'a redirect loop (at most 5 followed)',
      () => `${base}/loop`,
      () => [...Array.from({ length: 5 }, () => `      redirected (301) to ${base}/loop`), `      failed: more than 5 redirects (the next was to ${base}/loop)`],
    ],
  ];

  test.each(failures)('%s: reported word for word; no cache file, no content change', async (_name, url, lines) => {
    const root = tempFixture('fetch-official');
    const before = snapshot(root);
    const r = await run(root, ['--edition', '2001', '--url', url(), '--timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.out).toBe([HEAD, `  [1] ${url()}`, ...lines(), '', FAILED].join('\n'));
    expect(existsSync(join(root, '.cache'))).toBe(false);
    expect(snapshot(root)).toEqual(before);
  });

  test('a good PDF: checked, kept in the cache, and planned by the importer (dry run: no content change)', async () => {
    const root = tempFixture('fetch-official');
    const before = snapshot(root);
    const r = await run(root, ['--edition', '2001', '--url', `${base}/good.pdf`, '--timeout', '2', '--dry-run']);
    expect(r.code, r.out).toBe(0);
    const kept = `.cache/official/edition-2001/127.0.0.1_${host.split(':')[1]}_good.pdf`;
    expect(r.out.split('\n').slice(0, 5)).toEqual([
      HEAD,
      `  [1] ${base}/good.pdf`,
      `      PDF, ${good.length} bytes, sha256 ${sha(good)}…; announcement number 2001年第7号 found`,
      `      kept in ${kept}`,
      '',
    ]);
    expect(r.out).toContain('Read 4 entries: 禁止 2, 限制 2 (official: 禁止 2, 限制 2).');
    expect(r.out).toContain('Dry run: 5 file(s) would change; nothing was written.');
    expect(readFileSync(join(root, kept)).equals(good)).toBe(true);
    expect(JSON.parse(readFileSync(join(root, `${kept}.json`), 'utf8'))).toMatchObject({
      url: `${base}/good.pdf`,
      finalUrl: `${base}/good.pdf`,
      redirects: [],
      kind: 'pdf',
      bytes: good.length,
      announcement: '2001年第7号',
    });
    expect(snapshot(root)).toEqual(before);
  });

  test('a redirect: followed, and the report says where it ended; the grade A source stays the address asked for', async () => {
    const root = tempFixture('fetch-official');
    const r = await run(root, ['--edition', '2001', '--url', `${base}/moved.pdf`, '--timeout', '2']);
    expect(r.code, r.out).toBe(0);
    expect(r.out.split('\n').slice(1, 5)).toEqual([
      `  [1] ${base}/moved.pdf`,
      `      redirected (302) to ${base}/good.pdf`,
      `      ended at ${base}/good.pdf`,
      `      PDF, ${good.length} bytes, sha256 ${sha(good)}…; announcement number 2001年第7号 found`,
    ]);
    const cat = buildCatalogue(readContent(root));
    expect(versionsIn(cat, '2001').map((v) => [v.code, v.sources[0]!.url, v.sources[0]!.grade])).toEqual([
      ['990101J', `${base}/moved.pdf`, 'A'],
      ['990102J', `${base}/moved.pdf`, 'A'],
      ['990201X', `${base}/moved.pdf`, 'A'],
      ['990202X', `${base}/moved.pdf`, 'A'],
    ]);
  });
});

describe('the addresses from the content files, tried in order', () => {
  const setUrls = (root: string, edition: string, list: [string, string][]) => {
    const file = join(root, `content/editions/${edition}.md`);
    const urls = list.map(([label, url]) => `\n  - label: ${label}\n    url: ${url}`).join('');
    writeFileSync(file, readFileSync(file, 'utf8').replace('officialUrls: []', `officialUrls:${urls}`));
  };

  test('an edition: the error page is refused, the PDF after it imported, the edition complete', async () => {
    const root = tempFixture('fetch-official');
    setUrls(root, '2001', [
      ['测试错误页', `${base}/error.html`],
      ['测试全文', `${base}/good.pdf`],
    ]);
    const e = await run(root, ['--edition', '2001']);
    expect(e.code, e.out).toBe(0);
    expect(e.out.split('\n').slice(0, 7)).toEqual([
      'Fetching the official text of the 2001 edition (测试部 测试部公告2001年第7号): 2 addresses from content/editions/2001.md (officialUrls), tried in order.',
      `  [1] ${base}/error.html (测试错误页)`,
      '      refused: an HTML error page served as a document ("404 页面不存在 - 测试部网站")',
      `  [2] ${base}/good.pdf (测试全文)`,
      `      PDF, ${good.length} bytes, sha256 ${sha(good)}…; announcement number 2001年第7号 found`,
      `      kept in .cache/official/edition-2001/127.0.0.1_${host.split(':')[1]}_good.pdf`,
      '',
    ]);
    expect(e.out).toContain('Wrote 5 file(s).');
    const cat = buildCatalogue(readContent(root));
    expect(cat.editions[0]!.data.complete).toBe(true);
    expect(versionsIn(cat, '2001').map((v) => [v.part, v.seq, v.code, v.industry, v.name, v.controlPoints.length])).toEqual([
      ['禁止', 1, '990101J', '测试行业一', '测试技术甲', 2],
      ['禁止', 2, '990102J', '测试行业一', '测试技术乙', 1],
      ['限制', 1, '990201X', '测试行业二', '测试技术丙', 1],
      ['限制', 2, '990202X', '测试行业二', '测试技术丁', 1],
    ]);
    expect(coverage(cat)[0]!.parts.map((p) => [p.held, p.official, p.missingSeqs])).toEqual([
      [2, 2, []],
      [2, 2, []],
    ]);
  });

  test('an adjustment list published as a web page (2025-28 is one): its article imported as the text would be', async () => {
    const root = tempFixture('fetch-official-amendment');
    setUrls(root, '2002', [['测试调整内容', `${base}/adjustments.html`]]);
    const a = await run(root, ['--amendment', '2002-2']);
    expect(a.code, a.out).toBe(0);
    expect(a.out).toBe(
      [
        'Fetching the official text of the adjustment list 2002-2 (测试部 测试部公告2002年第2号): 1 address from content/editions/2002.md (officialUrls), tried in order.',
        `  [1] ${base}/adjustments.html (测试调整内容)`,
        `      HTML page, ${page.length} bytes, sha256 ${sha(page)}…; announcement number 2002年第2号 found; text read from <div class="TRS_Editor">`,
        `      kept in .cache/official/amendment-2002-2/127.0.0.1_${host.split(':')[1]}_adjustments.html`,
        '',
        'Read 5 clauses (1, 2, 3, 4, 5).',
        'line 16: clause 5: the operation was not recognised; recorded with op unknown',
        '5 clause(s) added, 0 replaced in content/amendments/2002-2.md.',
        '  update content/amendments/2002-2.md',
        '',
        'Wrote 1 file(s). Run `npm run check` to see the coverage.',
      ].join('\n'),
    );
    const cat = buildCatalogue(readContent(root));
    const v2002 = versionsIn(cat, '2002');
    expect(v2002.map((v) => [v.code, v.controlPoints.map((c) => c.text)])).toEqual([
      ['990101J', ['测试技术甲的第一个测试要点', '测试技术甲的第二个测试要点', '测试技术甲的第三个测试要点']],
      ['990201X', ['修改后的测试要点，跨越两行']],
      ['990203X', ['测试技术庚的第一个测试要点', '测试技术庚的第二个测试要点']],
    ]);
    expect(cat.unapplied.map((u) => u.clause.n)).toEqual([2, 5]);
    expect(readFileSync(join(root, 'content/amendments/2002-2.md'), 'utf8')).toContain(`url: ${base}/adjustments.html`);
  });
});
