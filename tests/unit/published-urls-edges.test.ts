/**
 * The record of published URLs at its edges: entities and markup the id reader must not be fooled by, redirect pages
 * however written, file names that look like 404 pages, paths that differ only in leading zeros, record lines with
 * spaces or without a slash, and the reason given for each kind of lost anchor. Expected values are written out here.
 */
import { describe, expect, test } from 'vitest';
import {
  appendToRecord,
  checkRecord,
  compareUrls,
  elementIds,
  hrefOf,
  idsAskedFor,
  isRedirectPage,
  pagePathOf,
  parseRecord,
  RECORD_HEADER,
  type BuiltSite,
} from '../../src/lib/site/published-urls.ts';

const site = (pages: Record<string, string[]>, files: string[] = []): BuiltSite => ({
  pages: new Map(Object.entries(pages).map(([p, ids]) => [p, new Set(ids)])),
  files: new Set(files),
  redirectPages: new Set(),
});

describe('element ids', () => {
  test('numeric entities, decimal and hexadecimal (either case of x), are read as characters', () => {
    expect(elementIds('<p id="a&#x4E2D;b&#20013;c&#X41;&#65;">')).toEqual(['a中b中cAA']);
  });

  test('an unknown entity stays as written', () => {
    expect(elementIds('<p id="x&unknown;y">')).toEqual(['x&unknown;y']);
  });

  test('a script or style with attributes, closed with a space before >, hides the ids inside it', () => {
    expect(elementIds('<script type="module">let s = "<p id=a>";</script ><style media="print"><b id="b"></style\n><p id=c>')).toEqual(['c']);
  });

  test('an id without a value, or an empty one, is no id', () => {
    expect(elementIds('<p id><a id="">x</a><b id=\'\'></b><i id="k">')).toEqual(['k']);
  });
});

describe('redirect pages', () => {
  test('a meta refresh is found however its attribute is spaced, quoted and cased', () => {
    expect(isRedirectPage('<meta  http-equiv=refresh content="0;url=/x/">')).toBe(true);
    expect(isRedirectPage("<meta http-equiv='Refresh' content='0;url=/x/'>")).toBe(true);
    expect(isRedirectPage('<META\nHTTP-EQUIV="refresh" content="0;url=/x/">')).toBe(true);
    expect(isRedirectPage('<meta name="refresh"><p>http-equiv=refresh</p>')).toBe(false);
  });
});

describe('page paths of built files', () => {
  test('only /404.html and /en/404.html have no address; a 404.html elsewhere is a page', () => {
    expect(pagePathOf('404.html')).toBeUndefined();
    expect(pagePathOf('en/404.html')).toBeUndefined();
    expect(pagePathOf('notes/404.html')).toBe('/notes/404.html');
    expect(pagePathOf('404.html/index.html')).toBe('/404.html/');
  });

  test('a file not named index.html is served at its own name', () => {
    expect(pagePathOf('about.html')).toBe('/about.html');
    expect(pagePathOf('entries/uav/index.html')).toBe('/entries/uav/');
    expect(pagePathOf('index.html')).toBe('/');
  });
});

describe('hrefs and order', () => {
  test('an href encodes what is not printable ASCII and leaves printable ASCII as it is', () => {
    expect(hrefOf('/industries/医药 x/')).toBe('/industries/%E5%8C%BB%E8%8D%AF%20x/');
    expect(hrefOf("/a~b!*'()$,;=@:/")).toBe("/a~b!*'()$,;=@:/");
  });

  test('numbers equal in value but written differently are ordered by their text, never as equal', () => {
    expect(compareUrls('/a/02/', '/a/2/')).toBeLessThan(0);
    expect(compareUrls('/a/2/', '/a/02/')).toBeGreaterThan(0);
    expect(compareUrls('/a/9/', '/a/10/')).toBeLessThan(0);
  });
});

describe('which pages the check reads', () => {
  test('a recorded page without an anchor is not read for its ids; with an anchor, or redirected, it is', () => {
    const asked = idsAskedFor(['/about/', '/coverage/#table'], [{ from: '/old/', to: '/new/' }]);
    expect(['/about/', '/coverage/', '/old/', '/new/', '/entries/uav/2023/', '/controls/2025-62/', '/en/about/'].filter(asked)).toEqual([
      '/coverage/',
      '/old/',
      '/new/',
      '/entries/uav/2023/',
      '/controls/2025-62/',
    ]);
  });
});

describe('the record file', () => {
  test('spaces around a line are not part of it; anchors are kept', () => {
    expect(parseRecord('  /entries/uav/2023/#cp-2  \n\t/data/2023.json\n')).toEqual({ urls: ['/entries/uav/2023/#cp-2', '/data/2023.json'], problems: [] });
  });

  test('a line without its leading slash, with a space inside, or with an empty anchor is reported', () => {
    const reason = (line: string) => `"${line}" is not a site URL: each line is a path starting with /, with #id for an anchor`;
    expect(parseRecord('entries/uav/\n/a b/\n/c/#\n', 'x.txt').problems).toEqual([
      { file: 'x.txt', url: 'line 1', reason: reason('entries/uav/') },
      { file: 'x.txt', url: 'line 2', reason: reason('/a b/') },
      { file: 'x.txt', url: 'line 3', reason: reason('/c/#') },
    ]);
  });

  test('a record of blank lines only starts again with its header; one without a final newline gets one', () => {
    const header = `${RECORD_HEADER.join('\n')}\n`;
    expect(appendToRecord('  \n\n', ['/b/', '/a/'])).toBe(`${header}/a/\n/b/\n`);
    expect(appendToRecord('', [])).toBe(header);
    expect(appendToRecord('# mine\n/x/', ['/y/'])).toBe('# mine\n/x/\n/y/\n');
  });
});

describe('why a lost anchor matters, and what keeps it', () => {
  const gone = (id: string) => `the page is built but no element on it has the id ${id} any more`;
  const reasonFor = (page: string, id: string, sources?: Map<string, string>) =>
    checkRecord({ recorded: [`${page}#${id}`], site: site({ [page]: [] }), redirects: [], sources }).problems.map((p) => p.reason);

  test('a control point: its aliases, in its file when the file is known', () => {
    expect(reasonFor('/entries/uav/2023/', 'cp-3', new Map([['/entries/uav/2023/', 'content/entries/uav.md']]))).toEqual([
      `${gone('cp-3')}: give the control point it marked aliases: [cp-3] in content/entries/uav.md`,
    ]);
    expect(reasonFor('/entries/uav/2023/', 'cp-3')).toEqual([`${gone('cp-3')}: give the control point it marked aliases: [cp-3]`]);
  });

  test('a clause or an item: restore it, in its file when known; another id: only that it is gone', () => {
    const src = new Map([['/controls/2025-62/', 'content/controls/2025-62.md']]);
    expect(reasonFor('/controls/2025-62/', 'item-1-1', src)).toEqual([`${gone('item-1-1')}: clause and item ids are permanent; restore the item in content/controls/2025-62.md`]);
    expect(reasonFor('/controls/2025-62/', 'cl-2')).toEqual([`${gone('cl-2')}: clause and item ids are permanent; restore the clause`]);
    expect(reasonFor('/controls/2025-62/', 'x-item-3')).toEqual([gone('x-item-3')]);
  });

  test('recorded pages that are built are neither problems nor additions', () => {
    const s = site({ '/a/': [], '/entries/uav/2023/': ['cp-1'] }, ['/data/2023.json']);
    expect(checkRecord({ recorded: ['/a/', '/entries/uav/2023/#cp-1', '/data/2023.json'], site: s, redirects: [] })).toEqual({ problems: [], added: ['/entries/uav/2023/'] });
  });
});
