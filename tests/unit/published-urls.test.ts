/** The record of published URLs: reading a built site, the record file, and the check that no recorded URL is lost. */
import { describe, expect, test } from 'vitest';
import {
  appendToRecord,
  builtSite,
  checkRecord,
  compareUrls,
  elementIds,
  formatUrlProblems,
  idsAskedFor,
  normalizePath,
  pagePathOf,
  pageSources,
  parseRecord,
  RECORD_FILE,
  RECORD_HEADER,
  siteUrls,
  type BuiltSite,
} from '../../src/lib/site/published-urls.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPublished } from '../../scripts/urls.ts';
import { loadSiteFixture } from '../helpers/fixtures.ts';

/** A built site from path → HTML (pages) or path → anything (other files). */
const site = (files: Record<string, string>): BuiltSite => builtSite(Object.entries(files).map(([path, html]) => ({ path, read: () => html })));
const doc = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main id="main">${body}</main></body></html>`;

const ENTRY = doc('<ol class="control-points"><li id="cp-1">一</li><li id="cp-2"><span id="cp-u1" class="cp-alias"></span>二</li><li id="cp-u2">三</li></ol><h2 id="control-points">控制要点</h2>');
const CONTROLS = doc('<li id="cl-1-1">第一条</li><li id="item-1-1">物项</li><section id="sources"></section>');
const SITE = site({
  'index.html': doc('<a href="/entries/test-a/2001/">甲</a>'),
  '404.html': doc('<p id="cp-9">not found</p>'),
  'entries/test-a/2001/index.html': ENTRY,
  'entries/test-a/compare/2001...2002/index.html': doc('<p id="cp-1-before">x</p>'),
  'controls/2001-1/index.html': CONTROLS,
  'about/index.html': doc('<p id="cp-3">not an entry page</p>'),
  'industries/测试行业 一/index.html': doc(''),
  'data/index.html': doc(''),
  'data/2001.json': '{}',
  'data/2001.csv': 'a,b',
  'coverage.json': '{}',
  'search-fold.json': '{}',
  '_astro/x.css': 'a{}',
  'old/index.html': '<!doctype html><meta http-equiv="refresh" content="0; url=/entries/test-a/2001/">',
});

describe('element ids in HTML', () => {
  test('double, single and unquoted values, entities, and the first id of a tag only', () => {
    expect(elementIds(`<p id="a">x</p><li class='c' id='b'><span ID=c data-x="id=&quot;no&quot;"></span><i id="d&amp;e" id="ignored">`)).toEqual(['a', 'b', 'c', 'd&e']);
  });

  test('ids in comments, scripts, styles, attribute values and text are not elements', () => {
    expect(elementIds('<!-- <p id="gone"> --><script>const s = \'<p id="js">\';</script><style>#x{}</style><p title=\'<b id="t">\' id="real">id="text"</p>')).toEqual(['real']);
  });
});

describe('pages and files of a built site', () => {
  test('the check reads only the pages whose ids it asks about; the others are listed, unread, without ids', () => {
    const asked = idsAskedFor(['/about/#cp-3', '/entries/test-a/2001/#cp-1', '/coverage.json'], [{ from: '/old/', to: '/industries/%E6%B5%8B/#x' }]);
    const read: string[] = [];
    const files = { 'index.html': doc('<p id="a">x</p>'), 'about/index.html': doc('<p id="cp-3">x</p>'), 'en/entries/test-a/2001/index.html': ENTRY, 'entries/test-a/2001/index.html': ENTRY, 'controls/2001-1/index.html': CONTROLS };
    const s = builtSite(Object.entries(files).map(([path, html]) => ({ path, read: () => (read.push(path), html) })), asked);
    expect(read.sort()).toEqual(['about/index.html', 'controls/2001-1/index.html', 'entries/test-a/2001/index.html']);
    expect([...s.pages.keys()].sort()).toEqual(['/', '/about/', '/controls/2001-1/', '/en/entries/test-a/2001/', '/entries/test-a/2001/']);
    expect([s.pages.get('/')!.size, s.pages.get('/about/')!.has('cp-3')]).toEqual([0, true]);
    // Redirects: both ends are read (a redirect page stands at the old path, the new one must carry the anchor).
    expect(['/old/', '/industries/%E6%B5%8B/', '/en/controls/2001-1/'].map(asked)).toEqual([true, true, false]);
    // The URLs the record would add are the same as when every page is read.
    const all = site(files);
    expect(siteUrls(s)).toEqual(siteUrls(all));
  });

  test('a page is served at its folder; 404.html has no address; other files are not pages', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('entries/test-a/2001/index.html')).toBe('/entries/test-a/2001/');
    expect(pagePathOf('industries/测试行业 一/index.html')).toBe('/industries/测试行业%20一/');
    expect(pagePathOf('404.html')).toBeUndefined();
    expect(pagePathOf('data/2001.json')).toBeUndefined();
  });

  test('every page, each anchor a reader may link to, data files under /data/ and /coverage.json; redirect pages apart', () => {
    expect(siteUrls(SITE)).toEqual([
      '/',
      '/about/',
      '/controls/2001-1/',
      '/controls/2001-1/#cl-1-1',
      '/controls/2001-1/#item-1-1',
      '/coverage.json',
      '/data/',
      '/data/2001.csv',
      '/data/2001.json',
      '/entries/test-a/2001/',
      '/entries/test-a/2001/#cp-1',
      '/entries/test-a/2001/#cp-2',
      '/entries/test-a/2001/#cp-u1',
      '/entries/test-a/2001/#cp-u2',
      '/entries/test-a/compare/2001...2002/',
      '/entries/test-a/compare/2001...2002/#cp-1-before',
      '/industries/测试行业%20一/',
    ]);
    expect([...SITE.redirectPages]).toEqual(['/old/']);
    expect(SITE.pages.get('/entries/test-a/2001/')).toEqual(new Set(['main', 'cp-1', 'cp-2', 'cp-u1', 'cp-u2', 'control-points']));
  });

  test('paths sort as a reader counts: cp-2 before cp-10', () => {
    expect(['/e/#cp-10', '/e/#cp-2', '/e/#cp-u1', '/e/', '/a/'].sort(compareUrls)).toEqual(['/a/', '/e/', '/e/#cp-2', '/e/#cp-10', '/e/#cp-u1']);
  });
});

describe('the record file', () => {
  test('one URL a line; comments, blank lines, a BOM and CRLF are fine; percent-encoded paths read as characters', () => {
    const r = parseRecord('\uFEFF# head\r\n/\r\n\r\n/entries/test-a/2001/#cp-u1\r\n/industries/%E6%B5%8B%E8%AF%95/\r\n');
    expect(r).toEqual({ urls: ['/', '/entries/test-a/2001/#cp-u1', '/industries/测试/'], problems: [] });
  });

  test('a line that is not a site URL is reported with its line number', () => {
    expect(parseRecord('/\nentries/x/\n/a b/\n/bad/%E6/\n/x/#\n', 'content/published-urls.txt').problems).toEqual(
      ['line 2: "entries/x/"', 'line 3: "/a b/"', 'line 4: "/bad/%E6/"', 'line 5: "/x/#"'].map((l) => {
        const [where, what] = l.split(': ');
        return { file: 'content/published-urls.txt', url: where, reason: `${what} is not a site URL: each line is a path starting with /, with #id for an anchor` };
      }),
    );
  });

  test('appending keeps every line as it was and adds the new ones in order; a new record starts with its header', () => {
    expect(appendToRecord('# mine\n/b/\n/a/', ['/d/#cp-10', '/c/', '/d/#cp-2'])).toBe('# mine\n/b/\n/a/\n/c/\n/d/#cp-2\n/d/#cp-10\n');
    expect(appendToRecord(undefined, ['/'])).toBe(`${RECORD_HEADER.join('\n')}\n/\n`);
    expect(appendToRecord('/a/\n', [])).toBe('/a/\n');
    expect(RECORD_HEADER.every((l) => l.startsWith('# '))).toBe(true);
  });

  test('normalizePath: the two spellings of a path are one', () => {
    expect(normalizePath('/industries/%E6%B5%8B%E8%AF%95/')).toBe('/industries/测试/');
    expect(normalizePath('/industries/测试/')).toBe('/industries/测试/');
    expect(normalizePath('/a%2523/')).toBe('/a%2523/');
    expect(normalizePath('/a/%E6/')).toBeUndefined();
  });
});

describe('checking the record against a built site', () => {
  const all = siteUrls(SITE);

  test('a site that keeps every recorded URL passes; nothing is added when the record is complete', () => {
    expect(checkRecord({ recorded: all, site: SITE, redirects: [{ from: '/old/' }] })).toEqual({ problems: [], added: ['/old/'] });
    expect(checkRecord({ recorded: [...all, '/old/'], site: SITE, redirects: [{ from: '/old/' }] })).toEqual({ problems: [], added: [] });
  });

  test('new URLs are additions, never problems', () => {
    const r = checkRecord({ recorded: ['/', '/entries/test-a/2001/'], site: SITE, redirects: [] });
    expect(r.problems).toEqual([]);
    expect(r.added).toEqual(all.filter((u) => u !== '/' && u !== '/entries/test-a/2001/'));
  });

  test('an anchor kept as an alias (an empty element inside the point) still counts', () => {
    expect(checkRecord({ recorded: ['/entries/test-a/2001/#cp-u1'], site: SITE, redirects: [] }).problems).toEqual([]);
  });

  test('each kind of loss names the record file, the URL and the reason, word for word', () => {
    const recorded = [
      '/entries/test-gone/2001/',
      '/entries/test-gone/2001/#cp-1',
      '/entries/test-a/2001/#cp-u3',
      '/entries/test-a/2001/#cp-7',
      '/controls/2001-1/#cl-1-2',
      '/controls/2001-1/#item-1-2',
      '/data/2002.json',
      '/about/#faq',
    ];
    const sources = new Map([['/entries/test-a/2001/', 'content/entries/2001/test-a.md'], ['/controls/2001-1/', 'content/controls/2001-1.md']]);
    const r = checkRecord({ recorded, site: SITE, redirects: [], sources });
    expect(formatUrlProblems(r.problems)).toBe(
      [
        'Published URLs (8 problems):',
        '  content/published-urls.txt — /entries/test-gone/2001/: is no longer built, and content/redirects.md has no redirect from /entries/test-gone/2001/: add one (from: /entries/test-gone/2001/, to: the page that has its content now)',
        '  content/published-urls.txt — /entries/test-gone/2001/#cp-1: its page is no longer built, and content/redirects.md has no redirect from /entries/test-gone/2001/: add one (from: /entries/test-gone/2001/, to: the page that has its content now)',
        '  content/published-urls.txt — /entries/test-a/2001/#cp-u3: the page is built but no element on it has the id cp-u3 any more: give the control point it marked aliases: [cp-u3] in content/entries/2001/test-a.md; temporary anchors count the points without a number in order, so a point numbered without keeping its old anchor moves the later ones',
        '  content/published-urls.txt — /entries/test-a/2001/#cp-7: the page is built but no element on it has the id cp-7 any more: give the control point it marked aliases: [cp-7] in content/entries/2001/test-a.md',
        '  content/published-urls.txt — /controls/2001-1/#cl-1-2: the page is built but no element on it has the id cl-1-2 any more: clause and item ids are permanent; restore the clause in content/controls/2001-1.md',
        '  content/published-urls.txt — /controls/2001-1/#item-1-2: the page is built but no element on it has the id item-1-2 any more: clause and item ids are permanent; restore the item in content/controls/2001-1.md',
        '  content/published-urls.txt — /data/2002.json: is no longer built; a data file cannot be redirected by a page, so it must stay published',
        '  content/published-urls.txt — /about/#faq: the page is built but no element on it has the id faq any more',
      ].join('\n'),
    );
  });

  test('a redirect keeps a removed page and the anchors recorded on it', () => {
    const recorded = ['/entries/test-gone/2001/', '/entries/test-gone/2001/#cp-1'];
    expect(checkRecord({ recorded, site: SITE, redirects: [{ from: '/entries/test-gone/2001/' }] }).problems).toEqual([]);
  });

  test('a redirect does not keep a data file, and a redirect page found in the output is not a page of its own', () => {
    expect(checkRecord({ recorded: ['/data/2002.json'], site: SITE, redirects: [{ from: '/data/2002.json' }] }).problems).toHaveLength(1);
    const r = checkRecord({ recorded: ['/old/'], site: SITE, redirects: [] });
    expect(r.problems.map((p) => p.url)).toEqual(['/old/']);
  });

  test('other file and redirects names appear in messages as given', () => {
    const r = checkRecord({ recorded: ['/gone/'], site: SITE, redirects: [], recordFile: 'x/urls.txt', redirectsFile: 'x/redirects.md' });
    expect(r.problems).toEqual([
      { file: 'x/urls.txt', url: '/gone/', reason: 'is no longer built, and x/redirects.md has no redirect from /gone/: add one (from: /gone/, to: the page that has its content now)' },
    ]);
  });
});

describe('a site that loses exactly one recorded URL fails, whichever it is', () => {
  const all = siteUrls(SITE);
  /** SITE without one URL: the page (and so its anchors), the id on its page, or the data file. */
  const without = (url: string): BuiltSite => {
    const pages = new Map([...SITE.pages].map(([p, ids]) => [p, new Set(ids)]));
    const files = new Set(SITE.files);
    const [page, anchor] = url.split('#') as [string, string | undefined];
    if (anchor !== undefined) pages.get(page)!.delete(anchor);
    else if (!pages.delete(page)) files.delete(page);
    return { pages, files, redirectPages: new Set() };
  };

  test.each(all)('%s', (url) => {
    const r = checkRecord({ recorded: all, site: without(url), redirects: [] });
    const lost = url.includes('#') ? [url] : all.filter((u) => u === url || u.startsWith(`${url}#`));
    expect(r.problems.map((p) => p.url)).toEqual(lost);
    expect(r.added).toEqual([]);
  });

  test('the site has each kind: a page, an anchor of each section, a data file', () => {
    expect(all).toEqual(expect.arrayContaining(['/about/', '/entries/test-a/2001/#cp-u1', '/controls/2001-1/#cl-1-1', '/controls/2001-1/#item-1-1', '/data/2001.json', '/coverage.json']));
  });

  test('a record listing a URL twice reports its loss once', () => {
    const r = checkRecord({ recorded: ['/entries/test-a/2001/#cp-2', '/entries/test-a/2001/#cp-2'], site: without('/entries/test-a/2001/#cp-2'), redirects: [] });
    expect(r.problems).toHaveLength(1);
  });
});

describe('the check the build runs (scripts/urls.ts) on a built folder that lost exactly one anchor', () => {
  test('fails naming that URL alone; the same folder with the anchor passes', () => {
    const root = mkdtempSync(join(tmpdir(), 'published-urls-one-'));
    try {
      const content = loadSiteFixture('published-urls');
      const site = join(root, 'site');
      const write = (path: string, html: string) => {
        mkdirSync(join(site, path, '..'), { recursive: true });
        writeFileSync(join(site, path), html);
      };
      // The pages the record below names, and the page the fixture's redirect leads to.
      write('index.html', doc(''));
      write('entries/test-a/2001/index.html', doc('<li id="cp-1">一</li><li id="cp-2"><span id="cp-u1"></span>二</li>'));
      write('entries/test-b/2001/index.html', doc('<li id="cp-u1">一</li>'));
      mkdirSync(join(root, 'content'), { recursive: true });
      writeFileSync(join(root, RECORD_FILE), ['/', '/entries/test-a/2001/', '/entries/test-a/2001/#cp-1', '/entries/test-a/2001/#cp-2', '/entries/test-a/2001/#cp-u1', '/entries/test-b/2001/', '/entries/test-b/2001/#cp-u1', ''].join('\n'));
      expect(checkPublished(site, root, content).error).toBeUndefined();
      write('entries/test-b/2001/index.html', doc('<li id="cp-1">一</li>'));
      expect(checkPublished(site, root, content).error).toBe(
        [
          'Published URLs (1 problem):',
          '  content/published-urls.txt — /entries/test-b/2001/#cp-u1: the page is built but no element on it has the id cp-u1 any more: give the control point it marked aliases: [cp-u1] in content/entries/2001/test-b.md; temporary anchors count the points without a number in order, so a point numbered without keeping its old anchor moves the later ones',
        ].join('\n'),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the content file of each page, for messages', () => {
  test('entry versions name their file; carried versions the file they come from; added ones their amendment', () => {
    const content = loadSiteFixture('basics');
    const sources = pageSources(content);
    expect(sources.get('/entries/test-a/2001/')).toBe('content/entries/2001/test-a.md');
    expect(sources.get('/entries/test-a/2002/')).toBe('content/entries/2001/test-a.md');
    const added = content.catalogue.versions.get('2002')!.find((v) => v.origin.kind === 'added');
    expect(added, 'the basics fixture adds an entry in 2002').toBeDefined();
    expect(sources.get(`/entries/${added!.key}/2002/`)).toBe('content/amendments/2002-1.md');
  });
});
