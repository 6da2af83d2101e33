/** An adjustment list published as a web page: HTML → the text the amendment importer reads, imported end to end. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeHtml, htmlCharset, htmlText } from '../../src/lib/importer/html-text.ts';
import { fixtureFile, readFixture, runImport, snapshot, tempFixture } from '../helpers/import.ts';

const PAGE = fixtureFile('import-amendment-fictional', 'adjustments-2002-2.html');
const page = () => htmlText(decodeHtml(readFileSync(PAGE)));

describe('reading a page in the ministry layout (fictional)', () => {
  test('the article is the text the .txt fixture holds from its part headings on: entities decoded, <br> and paragraphs kept as line breaks', () => {
    const { article } = page();
    const fromHeadings = (s: string) => s.slice(s.indexOf('一、禁止出口部分'));
    expect(fromHeadings(article)).toBe(fromHeadings(readFixture('import-amendment-fictional', 'adjustments-2002-2.txt')));
  });

  test('navigation, scripts, the attachment link and the footer are left out of the article; the element it came from is named', () => {
    const p = page();
    expect(p.articleFrom).toBe('<div class="TRS_Editor">');
    expect(p.article).not.toMatch(/首页|打印本页|ICP|publishTime|text-indent/);
    expect(p.text).toContain('测ICP备00000000号-1');
    expect(p.title).toBe('测试部 测试部公告2002年第2号 关于调整发布《测试目录》的公告（虚构页面） - 测试部网站');
    expect(p.heading).toBe('测试部 测试部公告2002年第2号 关于调整发布《测试目录》的公告');
  });

  test('whitespace: a source line break between Chinese characters vanishes, other runs become one space; cells of a row share a line', () => {
    const p = htmlText(
      '<body><p>一、禁止出口部分</p><p>1.测试\n   要点 with  Latin\nwords&nbsp;&amp;&#x6D4B;&#35797;&lt;</p><table><tr><td>1</td><td>测试技术甲</td><td>990101J</td></tr></table><script>1.x</script></body>',
    );
    expect(p.article).toBe('一、禁止出口部分\n1.测试要点 with Latin words\u00a0&测试<\n1 测试技术甲 990101J\n');
  });

  test('a page without a part heading: the whole body is the article', () => {
    const p = htmlText('<html><head><title>测试</title></head><body><div>测试段落一</div><div>测试段落二</div></body></html>');
    expect(p.articleFrom).toBe('<body>');
    expect(p.article).toBe('测试段落一\n测试段落二\n');
  });

  test('GBK pages are decoded with the character set their header or <meta> declares', () => {
    const gbk = Buffer.from('b2e2cad4b9abb8e632303031c4eab5da37bac5', 'hex'); // 测试公告2001年第7号 in GBK
    const doc = Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body><p>'), gbk, Buffer.from('</p></body></html>')]);
    expect(htmlCharset(doc)).toBe('gbk');
    expect(htmlText(decodeHtml(doc)).text).toBe('测试公告2001年第7号\n');
    expect(htmlCharset(Buffer.from('<p>x</p>'), 'text/html; charset=GB2312')).toBe('gb2312');
    expect(() => decodeHtml(Buffer.from('<p>x</p>'), 'text/html; charset=x-unknown-set')).toThrow(
      'the page declares the character set "x-unknown-set", which this Node.js cannot decode',
    );
  });
});

describe('npm run import on the saved page', () => {
  const url = 'https://example.org/adjustments.html';

  test('gives exactly the amendment file that the text gives', async () => {
    const fromHtml = tempFixture('import-amendment-fictional');
    const fromText = tempFixture('import-amendment-fictional');
    const h = await runImport(fromHtml, ['--amendment', '2002-2', '--source-url', url, PAGE]);
    const t = await runImport(fromText, ['--amendment', '2002-2', '--source-url', url, fixtureFile('import-amendment-fictional', 'adjustments-2002-2.txt')]);
    expect(h.code, h.out).toBe(0);
    expect(t.code, t.out).toBe(0);
    // The same report, but for the line numbers: the article holds the announcement's own lines above the headings.
    expect(h.out).toBe(t.out.replace('line 14: clause 5', 'line 16: clause 5'));
    expect(h.out).toContain('Read 5 clauses (1, 2, 3, 4, 5).');
    const file = 'content/amendments/2002-2.md';
    expect(snapshot(fromHtml)[file]).toBe(snapshot(fromText)[file]);
    expect(readFileSync(join(fromHtml, file), 'utf8')).toContain('text: 修改后的测试要点，跨越两行');
  });
});

describe('renderings added by hand inside imported clauses', () => {
  test('an added entry\'s English name and the renderings of added points do not make the clause "edited by hand": the next import keeps them', async () => {
    const root = tempFixture('import-amendment-fictional');
    const args = ['--amendment', '2002-2', '--source-url', 'https://example.org/adjustments.html', fixtureFile('import-amendment-fictional', 'adjustments-2002-2.txt')];
    expect((await runImport(root, args)).code).toBe(0);
    const file = join(root, 'content/amendments/2002-2.md');
    const rendered = readFileSync(file, 'utf8')
      .replace(/( +)text: 测试技术甲的第三个测试要点\n/, '$1text: 测试技术甲的第三个测试要点\n$1en: The third test point of test technology A\n')
      .replace(/( +)name: 测试技术庚\n/, '$1name: 测试技术庚\n$1nameEn: Test technology G\n');
    expect(rendered).toContain('en: The third test point of test technology A');
    expect(rendered).toContain('nameEn: Test technology G');
    writeFileSync(file, rendered);
    const again = await runImport(root, args);
    expect(again.code, again.out).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(rendered);
  });
});

describe('reading a page: the edges', () => {
  const article = (body: string) => htmlText(`<html><body>${body}</body></html>`);

  test('a block’s text is trimmed and its inner runs of spaces are one; inline elements stay on their line; <br> ends a line', () => {
    expect(article('<p>  甲  <span> 乙 </span>丙  </p><p>丁<br>戊</p>').text).toBe('甲 乙 丙\n丁\n戊\n');
  });
  test('cells of a row: one space between them, never two', () => {
    expect(article('<table><tr><td>甲 </td><td> 乙</td><th>丙</th></tr><tr><td>丁</td></tr></table>').text).toBe('甲 乙 丙\n丁\n');
    expect(article('<div>前<table><tr><td>格</td></tr></table>后</div>').text).toBe('前\n格\n后\n');
  });
  test('what is never text: controls, frames, drawings, templates', () => {
    expect(article('<p>甲<button>按钮</button><select><option>选项</option></select><textarea>输入</textarea><svg><text>图</text></svg><template>模</template><iframe>框</iframe>乙</p>').text).toBe('甲乙\n');
  });
  test('a line break in the source between a Chinese character and Latin text is a space', () => {
    expect(article('<p>测试\nLatin\n测试</p>').text).toBe('测试 Latin 测试\n');
    expect(article('<p>（一）\n测试</p>').text).toBe('（一）测试\n');
  });
  test('the heading: the first h1, else the first h2, else nothing; the title collapsed', () => {
    expect(htmlText('<title>\n  测试\n  标题 </title><body><h2>二级</h2><h1>一级</h1></body>').heading).toBe('一级');
    expect(htmlText('<title>\n  测试\n  标题 </title><body><h2>二级</h2><h2>又一</h2></body>')).toMatchObject({ heading: '二级', title: '测试标题' });
    expect(htmlText('<body><p>正文</p></body>')).toMatchObject({ heading: '', title: '' });
  });
  test('the article: the smallest element holding the first part heading and every later heading or numbered line', () => {
    const body = (footer: string) =>
      `<nav><p>1. 菜单</p></nav><div id="zoom" class="art-con"><div class="inner"><p>一、 禁止 出口部分</p><p>（一）测试行业</p><p>1. 测试技术甲</p></div><p>二、限制出口部分</p><p>编号990102X 测试技术乙</p></div><footer>${footer}</footer>`;
    const p = article(body('页脚'));
    expect(p.articleFrom).toBe('<div id="zoom" class="art-con">');
    expect(p.article).toBe('一、 禁止 出口部分\n（一）测试行业\n1. 测试技术甲\n二、限制出口部分\n编号990102X 测试技术乙\n');
    expect(p.text).toBe(`1. 菜单\n${p.article}页脚\n`);
    // A numbered line after the article widens it to what holds both.
    expect(article(body('2. 页脚')).articleFrom).toBe('<body>');
  });
  test('a part heading on the very first line counts', () => {
    expect(article('<div class="c"><p>一、禁止出口部分</p><p>1. 甲</p></div><p>尾</p>').articleFrom).toBe('<div class="c">');
    expect(article('<section><p>一、禁止出口部分</p></section><div><p>（一）测试行业</p></div>').articleFrom).toBe('<body>');
  });
  test('the character set: from the header (spaces and quotes allowed), else a <meta> of either form, else UTF-8', () => {
    expect(htmlCharset(Buffer.from('<p>x</p>'), 'text/html; charset = "GBK"')).toBe('gbk');
    expect(htmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312');
    expect(htmlCharset(Buffer.from("<meta charset='GB18030'>"))).toBe('gb18030');
    expect(htmlCharset(Buffer.from('<meta name="x"><p>charset=gbk</p>'))).toBe('utf-8');
    expect(htmlCharset(Buffer.from('<p>x</p>'), 'text/html')).toBe('utf-8');
  });
});
