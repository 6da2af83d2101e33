/**
 * fetch-official without a document server: where the addresses come from (the real content files), the checks on what
 * arrives, and the failures that need no server (no network, a connection that never opens, bad arguments).
 * The cases served by a local HTTP server, PDFs among them, are in tests/site/fetch-official.test.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/fetch-official.ts';
import { announcementNumber, cacheName, checkDocument, MIN_BYTES, resolveTarget } from '../../src/lib/importer/official.ts';
import { readContentFiles } from '../../src/lib/shared/read-content.ts';
import { fixtureFile, snapshot, tempFixture } from '../helpers/import.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

async function run(root: string, args: string[], overrides = {}): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main([...args, '--root', root], (s) => lines.push(s), overrides);
  return { code, out: lines.join('\n') };
}

/** Sets an edition's officialUrls in a temporary tree. */
function setUrls(root: string, edition: string, urls: [string, string][]): void {
  const file = join(root, `content/editions/${edition}.md`);
  const list = urls.map(([label, url]) => `\n  - label: ${label}\n    url: ${url}`).join('');
  writeFileSync(file, readFileSync(file, 'utf8').replace('officialUrls: []', `officialUrls:${list}`));
}

describe('the addresses come from the content files', () => {
  const files = readContentFiles(PROJECT);

  test('the 2023 edition: its two official PDFs, in the order content/editions/2023.md lists them', () => {
    const r = resolveTarget(files, { kind: 'edition', id: '2023' });
    expect(r.number).toBe('2023年第57号');
    expect(r.listedIn).toBe('content/editions/2023.md');
    expect(r.urls.map((u) => u.url)).toEqual([
      'https://www.most.gov.cn/tztg/202312/W020231221620858841394.pdf',
      'https://www.mofcom.gov.cn/cms_files/oldfile//fms/202312/20231221153855374.pdf',
    ]);
  });

  test('an adjustment list: the addresses of the edition it gives (the adjustment text, then the announcement)', () => {
    const r2025 = resolveTarget(files, { kind: 'amendment', id: '2025-28' });
    expect([r2025.number, r2025.listedIn, r2025.urls.map((u) => u.url)]).toEqual([
      '2025年第28号',
      'content/editions/2025.md',
      ['https://fms.mofcom.gov.cn/zcfg/jsjckzcfg/art/2025/art_ba35a101c22c4f6e844f749cb0a98552.html', 'https://www.most.gov.cn/satp/kjzc/zh/202507/t20250716_194194.html'],
    ]);
    const r2020 = resolveTarget(files, { kind: 'amendment', id: '2020-38' });
    expect([r2020.number, r2020.urls.map((u) => u.url)]).toEqual(['2020年第38号', ['http://images.mofcom.gov.cn/fms/202008/20200828200911003.pdf']]);
  });

  test('a computed edition is refused with the list to fetch instead; an edition without addresses has none', () => {
    expect(() => resolveTarget(files, { kind: 'edition', id: '2025' })).toThrow(
      'the 2025 edition is computed from 2023 and the adjustment list 2025-28; fetch that list with --amendment 2025-28',
    );
    expect(resolveTarget(files, { kind: 'edition', id: '2008' }).urls).toEqual([]);
    expect(() => resolveTarget(files, { kind: 'amendment', id: '1999-1' })).toThrow('content/amendments/1999-1.md does not exist');
  });

  test('the announcement number, as the document must carry it', () => {
    expect(announcementNumber('商务部 科技部公告2023年第57号')).toBe('2023年第57号');
    expect(announcementNumber('商务部 科技部令２００８年第１２号')).toBe('2008年第12号');
    expect(announcementNumber('测试令第1号')).toBeUndefined();
  });
});

describe('what arrived: the checks that need no PDF', () => {
  const number = '2002年第2号';
  const html = readFileSync(fixtureFile('import-amendment-fictional', 'adjustments-2002-2.html'));

  test('the fictional ministry page passes: its article is the text handed to the importer', async () => {
    const r = await checkDocument(html, 'text/html; charset=utf-8', number);
    expect(r.ok && [r.kind, r.from, r.bytes, r.text.split('\n')[6]]).toEqual(['html', '<div class="TRS_Editor">', html.length, '一、禁止出口部分']);
  });

  test('each refusal, word for word', async () => {
    const reason = async (body: Buffer, type?: string, n = number) => {
      const r = await checkDocument(body, type, n);
      return r.ok ? 'ok' : r.reason;
    };
    expect(await reason(html, 'text/html', '2002年第3号')).toBe(
      'an HTML page ("测试部 测试部公告2002年第2号 关于调整发布《测试目录》的公告（虚构页面） - 测试部网站"), but the announcement number 2002年第3号 is not in it',
    );
    const errorPage = Buffer.from(html.toString().replace(/<title>[^<]*<\/title>/, '<title>页面不存在</title>'));
    expect(await reason(errorPage, 'text/html')).toBe('an HTML error page served as a document ("页面不存在")');
    expect(await reason(Buffer.from('<!doctype html><title>x</title>'), 'text/html')).toBe(`only 31 bytes: too small for the official page (at least ${MIN_BYTES.html} expected)`);
    expect(await reason(Buffer.from('%PDF-1.7\n%%EOF\n'), 'application/pdf')).toBe(`only 15 bytes: too small for the official PDF (at least ${MIN_BYTES.pdf} expected)`);
    expect(await reason(Buffer.from('PK\u0003\u0004 a zip file, not a document'), 'application/pdf')).toBe(
      'neither a PDF nor an HTML page (Content-Type application/pdf; it starts "PK.. a zip file,")',
    );
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MIN_BYTES.pdf, 0x20), Buffer.from('\n%%EOF\n')]);
    expect(await reason(broken)).toMatch(/^a PDF that pdf\.js cannot read: \S/);
  });

  test('cache file names: host and path made safe, the extension of what arrived', () => {
    expect(cacheName('https://www.most.gov.cn/tztg/202312/W020231221620858841394.pdf', 'pdf')).toBe('www.most.gov.cn_tztg_202312_W020231221620858841394.pdf');
    expect(cacheName('http://127.0.0.1:8080/a/b.html?x=1', 'html')).toBe('127.0.0.1_8080_a_b.html');
  });
});

describe('failures that need no server: nothing is written', () => {
  test('no network: every address from the content fails at once, each attempt is reported, no cache file, no content change', async () => {
    const root = tempFixture('fetch-official');
    setUrls(root, '2001', [
      ['测试全文一', 'http://official-text.invalid/catalogue.pdf'],
      ['测试全文二', 'https://official-text.invalid/catalogue-copy.pdf'],
    ]);
    const before = snapshot(root);
    const t0 = Date.now();
    const r = await run(root, ['--edition', '2001']);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.code).toBe(1);
    const dns = (code: string) =>
      [
        'Fetching the official text of the 2001 edition (测试部 测试部公告2001年第7号): 2 addresses from content/editions/2001.md (officialUrls), tried in order.',
        '  [1] http://official-text.invalid/catalogue.pdf (测试全文一)',
        `      failed: the name official-text.invalid could not be resolved (${code}): ${code === 'ENOTFOUND' ? 'no network, or no such host' : 'no DNS answer, probably no network'}`,
        '  [2] https://official-text.invalid/catalogue-copy.pdf (测试全文二)',
        `      failed: the name official-text.invalid could not be resolved (${code}): ${code === 'ENOTFOUND' ? 'no network, or no such host' : 'no DNS answer, probably no network'}`,
        '',
        'No official document could be fetched from any of the 2 addresses; nothing was written.',
      ].join('\n');
    // A resolver that answers says ENOTFOUND; a machine without any DNS server says EAI_AGAIN.
    expect([dns('ENOTFOUND'), dns('EAI_AGAIN')]).toContain(r.out);
    expect(existsSync(join(root, '.cache'))).toBe(false);
    expect(snapshot(root)).toEqual(before);
  });

  test('a connection that never opens gives up after the connect timeout, naming the address', async () => {
    const root = tempFixture('fetch-official');
    // A socket still connecting that never connects: what a dropped SYN looks like from here.
    const never = () => Object.assign(new Duplex({ read() {}, write: (_c, _e, done) => done() }), { connecting: true });
    const r = await run(root, ['--edition', '2001', '--url', 'http://192.0.2.1/catalogue.pdf'], { createConnection: never, connectTimeoutMs: 300 });
    expect(r.code).toBe(1);
    expect(r.out.split('\n').slice(1, 3)).toEqual([
      '  [1] http://192.0.2.1/catalogue.pdf',
      '      failed: could not connect to 192.0.2.1 within 0.3 s: no network, or the host does not answer',
    ]);
    expect(existsSync(join(root, '.cache'))).toBe(false);
  });

  test('nothing to fetch, or nothing to fetch it with', async () => {
    const root = tempFixture('fetch-official');
    expect((await run(root, ['--edition', '2001'])).out).toBe(
      'Cannot fetch: content/editions/2001.md lists no officialUrls for the 2001 edition; add the official address there, or give one with --url. Nothing was written.',
    );
    expect((await run(tempFixture('fetch-official-amendment'), ['--edition', '2002'])).out).toBe(
      'Cannot fetch: the 2002 edition is computed from 2001 and the adjustment list 2002-2; fetch that list with --amendment 2002-2. Nothing was written.',
    );
    expect((await run(root, ['--edition', '1999'])).out).toBe('Cannot fetch: content/editions/1999.md does not exist. Nothing was written.');
    const bad = await run(root, ['--edition', '2001', '--timeout', 'soon']);
    expect([bad.code, bad.out.split('\n')[0]]).toEqual([2, '--timeout takes a number of seconds above 0, not "soon"']);
    expect((await run(root, [])).code).toBe(2);
    expect(existsSync(join(root, '.cache'))).toBe(false);
  });
});
