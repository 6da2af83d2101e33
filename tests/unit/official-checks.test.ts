/**
 * The checks fetch-official makes on what arrives, and on what it is asked to fetch, at their edges: what a document
 * is from its first bytes, the smallest size taken, a truncated PDF, cache names, and each reason a target cannot be
 * fetched (src/lib/importer/official.ts). The common cases are in tests/unit/fetch-official.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { announcementNumber, cacheName, checkDocument, MIN_BYTES, resolveTarget } from '../../src/lib/importer/official.ts';
import { readContentFiles } from '../../src/lib/shared/read-content.ts';
import { fixtureFile } from '../helpers/import.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const reason = async (body: Buffer, type?: string, n = '2002年第2号') => {
  const r = await checkDocument(body, type, n);
  return r.ok ? `ok ${r.kind}` : r.reason;
};
/** A page of `size` bytes that starts with `head` and carries no announcement number. */
const page = (head: string, size = MIN_BYTES.html) => Buffer.concat([Buffer.from(head), Buffer.alloc(Math.max(0, size - Buffer.byteLength(head)), 0x20)]);
const NOT_IN = (title = '') => `an HTML page${title}, but the announcement number 2002年第2号 is not in it`;

describe('what a document is, from its first bytes', () => {
  test('an HTML page by its first tag, after a byte-order mark or white space, whatever the Content-Type says', async () => {
    expect(await reason(page('<!DOCTYPE html><title>x</title>'), 'application/octet-stream')).toBe(NOT_IN(' ("x")'));
    expect(await reason(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page('<div>正文</div>')]))).toBe(NOT_IN());
    expect(await reason(page('\n\t  <p>正文</p>'))).toBe(NOT_IN());
  });
  test('another first tag is a page only when the server says text/html', async () => {
    expect(await reason(page('<section>正文</section>'), 'text/html; charset=utf-8')).toBe(NOT_IN());
    expect(await reason(page('<section>正文</section>'), 'TEXT/HTML')).toBe(NOT_IN());
    expect(await reason(page('<section>正文</section>'), 'application/xhtml+text/html')).toBe('neither a PDF nor an HTML page (Content-Type application/xhtml+text/html; it starts "<section>......<")');
    expect(await reason(page('plain text, no tag'), 'text/html')).toBe('neither a PDF nor an HTML page (Content-Type text/html; it starts "plain text, no t")');
    expect(await reason(page('<section>正文</section>'))).toBe('neither a PDF nor an HTML page (no Content-Type; it starts "<section>......<")');
  });
  test('a tag name that only begins like one of those is not taken for it', async () => {
    expect(await reason(page('<pre>正文</pre>'))).toBe('neither a PDF nor an HTML page (no Content-Type; it starts "<pre>......</pre")');
  });
  test('the smallest size taken: exactly the minimum passes the size check', async () => {
    expect(await reason(page('<p>正文</p>', MIN_BYTES.html))).toBe(NOT_IN());
    expect(await reason(page('<p>正文</p>', MIN_BYTES.html - 1))).toBe(`only ${MIN_BYTES.html - 1} bytes: too small for the official page (at least ${MIN_BYTES.html} expected)`);
  });
  test('a PDF whose %%EOF is not in its last 2 KB is truncated', async () => {
    const pdf = (tail: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MIN_BYTES.pdf, 0x20), Buffer.from('%%EOF'), Buffer.alloc(tail, 0x20)]);
    expect(await reason(pdf(2048))).toBe('a truncated PDF: it does not end with %%EOF');
    expect(await reason(pdf(2043))).toMatch(/^a PDF that pdf\.js cannot read: /);
  });
  test('the number is found in a page whatever its spacing and digits', async () => {
    const html = readFileSync(fixtureFile('import-amendment-fictional', 'adjustments-2002-2.html'), 'utf8');
    const spaced = Buffer.from(html.replace(/2002年第2号/g, '２００２ 年 第 ２ 号'));
    expect(await reason(spaced, 'text/html; charset=utf-8')).toBe('ok html');
  });
});

describe('the announcement number an instrument carries', () => {
  test('spaces and full-width digits are read through; a number alone is not enough', () => {
    expect(announcementNumber('商务部 科技部公告 2023 年第 57 号')).toBe('2023年第57号');
    expect(announcementNumber('测试部公告\u3000２００２年\n第２号')).toBe('2002年第2号');
    expect(announcementNumber('公告第57号')).toBeUndefined();
  });
});

describe('cache file names', () => {
  test('the extension of what arrived replaces the address’s own (.pdf, .htm, .html, .shtml, in any case)', () => {
    expect(cacheName('https://a.gov.cn/x/doc.PDF', 'pdf')).toBe('a.gov.cn_x_doc.pdf');
    expect(cacheName('https://a.gov.cn/x/doc.htm', 'html')).toBe('a.gov.cn_x_doc.html');
    expect(cacheName('https://a.gov.cn/x/doc.shtml', 'html')).toBe('a.gov.cn_x_doc.html');
    expect(cacheName('https://a.gov.cn/x/doc.html.bak', 'html')).toBe('a.gov.cn_x_doc.html.bak.html');
  });
  test('runs of unsafe characters become one underscore; none at either end', () => {
    expect(cacheName('https://a.gov.cn//x~~y/z/', 'pdf')).toBe('a.gov.cn_x_y_z.pdf');
    // Chinese in a path arrives percent-encoded: its hex digits stay.
    expect(cacheName('https://a.gov.cn/附件/', 'pdf')).toBe('a.gov.cn_E9_99_84_E4_BB_B6.pdf');
    expect(cacheName('https://a.gov.cn/', 'html')).toBe('a.gov.cn.html');
  });
  test('a long address keeps its last 150 characters', () => {
    const name = cacheName(`https://a.gov.cn/${'d'.repeat(300)}.pdf`, 'pdf');
    expect(name).toBe(`${'d'.repeat(150)}.pdf`);
  });
});

describe('what cannot be fetched, and why', () => {
  const files = () => readContentFiles(PROJECT);
  test('an edition file that does not pass the check', () => {
    const f = files();
    f.set('content/editions/2023.md', f.get('content/editions/2023.md')!.replace(/^instrument: .*$/m, 'instrument: 7'));
    expect(() => resolveTarget(f, { kind: 'edition', id: '2023' })).toThrow(new Error('content/editions/2023.md does not pass the check; run npm run check'));
  });
  test('an adjustment list that does not pass the check', () => {
    const f = files();
    f.set('content/amendments/2025-28.md', '---\nid: 2025-28\n---\n');
    expect(() => resolveTarget(f, { kind: 'amendment', id: '2025-28' })).toThrow(new Error('content/amendments/2025-28.md does not pass the check; run npm run check'));
  });
  test('an adjustment list from which no edition arises', () => {
    const f = files();
    f.delete('content/editions/2025.md');
    expect(() => resolveTarget(f, { kind: 'amendment', id: '2025-28' })).toThrow(new Error('no edition in content/editions/ arises from the adjustment list 2025-28, so no file lists its official addresses'));
  });
  test('a file elsewhere with an edition’s name is not an edition', () => {
    const f = files();
    f.set('old/content/editions/2025.md', f.get('content/editions/2025.md')!);
    f.delete('content/editions/2025.md');
    expect(() => resolveTarget(f, { kind: 'amendment', id: '2025-28' })).toThrow(/^no edition in content\/editions\/ arises/);
  });
  test('an instrument without an announcement number', () => {
    const f = files();
    f.set('content/editions/2023.md', f.get('content/editions/2023.md')!.replace(/^instrument: .*$/m, 'instrument: 测试部公告'));
    expect(() => resolveTarget(f, { kind: 'edition', id: '2023' })).toThrow(new Error('the instrument "测试部公告" carries no announcement number (such as 2023年第57号) to look for in the document'));
  });
  test('how the report names each target', () => {
    expect(resolveTarget(files(), { kind: 'edition', id: '2023' }).name).toBe('the 2023 edition');
    expect(resolveTarget(files(), { kind: 'amendment', id: '2025-28' }).name).toBe('the adjustment list 2025-28');
  });
});
