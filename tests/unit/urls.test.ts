/**
 * Every URL the site makes (src/lib/site/urls.ts), pinned as README.md's "URLs" section lists them: a changed pattern
 * would break links readers have kept, so each one fails here first.
 */
import { describe, expect, test } from 'vitest';
import * as u from '../../src/lib/site/urls.ts';

describe('page addresses', () => {
  // Each address is made inside its test (a thunk), so that mutation testing sees which test checks it.
  test.each<[string, () => string, string]>([
    ['u.homeUrl()', () => u.homeUrl(), '/'],
    ['u.editionsUrl()', () => u.editionsUrl(), '/editions/'],
    [`u.editionUrl('2023')`, () => u.editionUrl('2023'), '/editions/2023/'],
    [`u.entryUrl('uav', '2023')`, () => u.entryUrl('uav', '2023'), '/entries/uav/2023/'],
    [`u.entryHistoryUrl('uav')`, () => u.entryHistoryUrl('uav'), '/entries/uav/'],
    [`u.controlPointUrl('uav', '2023', 'cp-5')`, () => u.controlPointUrl('uav', '2023', 'cp-5'), '/entries/uav/2023/#cp-5'],
    [`u.codeUrl('203912X')`, () => u.codeUrl('203912X'), '/codes/203912X/'],
    [`u.partUrl('禁止')`, () => u.partUrl('禁止'), '/parts/prohibited/'],
    [`u.partUrl('限制')`, () => u.partUrl('限制'), '/parts/restricted/'],
    ['u.industriesUrl()', () => u.industriesUrl(), '/industries/'],
    [`u.industryUrl('医药制造业')`, () => u.industryUrl('医药制造业'), '/industries/%E5%8C%BB%E8%8D%AF%E5%88%B6%E9%80%A0%E4%B8%9A/'],
    [`u.industryUrl('a b/c')`, () => u.industryUrl('a b/c'), '/industries/a%20b%2Fc/'],
    ['u.coverageUrl()', () => u.coverageUrl(), '/coverage/'],
    ['u.coverageJsonUrl()', () => u.coverageJsonUrl(), '/coverage.json'],
    ['u.searchUrl()', () => u.searchUrl(), '/search/'],
    [`u.amendmentUrl('2025-28')`, () => u.amendmentUrl('2025-28'), '/amendments/2025-28/'],
    [`u.compareUrl('uav', '2020', '2023')`, () => u.compareUrl('uav', '2020', '2023'), '/entries/uav/compare/2020...2023/'],
    [`u.pairSlug('2020', '2023')`, () => u.pairSlug('2020', '2023'), '2020-2023'],
    ['u.changesUrl()', () => u.changesUrl(), '/changes/'],
    [`u.changesPairUrl('2020', '2023')`, () => u.changesPairUrl('2020', '2023'), '/changes/2020-2023/'],
    [`u.changesDataUrl('2020', '2023')`, () => u.changesDataUrl('2020', '2023'), '/data/changes-2020-2023.json'],
    ['u.aboutUrl()', () => u.aboutUrl(), '/about/'],
    ['u.dataUrl()', () => u.dataUrl(), '/data/'],
    [`u.editionJsonUrl('2023')`, () => u.editionJsonUrl('2023'), '/data/2023.json'],
    [`u.editionCsvUrl('2023')`, () => u.editionCsvUrl('2023'), '/data/2023.csv'],
    ['u.schemaJsonUrl()', () => u.schemaJsonUrl(), '/data/schema.json'],
    [`u.searchUrlWith('q=%E7%A8%80%E5%9C%9F&edition=2023')`, () => u.searchUrlWith('q=%E7%A8%80%E5%9C%9F&edition=2023'), '/search/?q=%E7%A8%80%E5%9C%9F&edition=2023'],
    [`u.searchUrlWith('')`, () => u.searchUrlWith(''), '/search/'],
    ['u.searchFoldUrl()', () => u.searchFoldUrl(), '/search-fold.json'],
    ['u.pagefindUrl()', () => u.pagefindUrl(), '/pagefind/pagefind.js'],
    ['u.controlsUrl()', () => u.controlsUrl(), '/controls/'],
    [`u.instrumentUrl('2025-62')`, () => u.instrumentUrl('2025-62'), '/controls/2025-62/'],
    [`u.clauseUrl('2025-62', 'cl-1-1')`, () => u.clauseUrl('2025-62', 'cl-1-1'), '/controls/2025-62/#cl-1-1'],
    [`u.controlItemUrl('2024-33', '1-1-7')`, () => u.controlItemUrl('2024-33', '1-1-7'), '/controls/2024-33/items/1-1-7/'],
    ['u.controlCodesUrl()', () => u.controlCodesUrl(), '/controls/codes/'],
    [`u.controlCodeUrl('1E902.a')`, () => u.controlCodeUrl('1E902.a'), '/controls/codes/1E902.a/'],
    ['u.technologiesUrl()', () => u.technologiesUrl(), '/technologies/'],
    ['u.controlsJsonUrl()', () => u.controlsJsonUrl(), '/data/controls.json'],
    ['u.controlsCsvUrl()', () => u.controlsCsvUrl(), '/data/controls.csv'],
    ['u.controlsSchemaUrl()', () => u.controlsSchemaUrl(), '/data/controls-schema.json'],
    [`u.relatedUrl('import-catalogue')`, () => u.relatedUrl('import-catalogue'), '/related/import-catalogue/'],
  ])('%s', (_, make, expected) => {
    expect(make()).toBe(expected);
  });

  test('the part slugs and the folder of entries without an industry heading', () => {
    expect(u.PART_SLUG).toEqual({ 禁止: 'prohibited', 限制: 'restricted' });
    expect(u.NO_INDUSTRY_SLUG).toBe('unknown');
  });

  test('absolute URLs take the origin and keep the path, query and fragment', () => {
    expect(u.absoluteUrl('/entries/uav/2023/#cp-5', 'https://example.org')).toBe('https://example.org/entries/uav/2023/#cp-5');
    expect(u.absoluteUrl('/search/?q=x', 'http://localhost:4321')).toBe('http://localhost:4321/search/?q=x');
  });
});

describe('anchors', () => {
  test('a numbered control point is cp-<n>; one without a number cp-u<i>, counted from 1', () => {
    expect(u.anchorFor(5, 0)).toBe('cp-5');
    expect(u.anchorFor(5, 3)).toBe('cp-5');
    expect(u.anchorFor(undefined, 0)).toBe('cp-u1');
    expect(u.anchorFor(undefined, 2)).toBe('cp-u3');
  });

  test('points without a number count among themselves, skipping a temporary anchor another point keeps', () => {
    expect(u.controlPointAnchors([{ n: 1 }, {}, { n: 3 }, {}])).toEqual(['cp-1', 'cp-u1', 'cp-3', 'cp-u2']);
    expect(u.controlPointAnchors([{ n: 2, aliases: ['cp-u1'] }, {}, {}])).toEqual(['cp-2', 'cp-u2', 'cp-u3']);
    expect(u.controlPointAnchors([{}, { n: 4, aliases: ['cp-u2'] }, {}])).toEqual(['cp-u1', 'cp-4', 'cp-u3']);
  });

  test('the anchors a point may keep as aliases', () => {
    for (const ok of ['cp-1', 'cp-12', 'cp-u1', 'cp-u20']) expect(u.CONTROL_POINT_ANCHOR.test(ok), ok).toBe(true);
    for (const bad of ['cp-0', 'cp-u0', 'cp-01', 'cp-', 'cp-x1', 'xcp-1', 'cp-1a', 'cl-1']) expect(u.CONTROL_POINT_ANCHOR.test(bad), bad).toBe(false);
  });

  test('the anchors a reader may link to, by section', () => {
    const linkable = (path: string, id: string) => u.LINKABLE_ANCHORS.some((r) => path.startsWith(r.section) && r.id.test(id));
    expect(linkable('/entries/uav/2023/', 'cp-5')).toBe(true);
    expect(linkable('/entries/uav/2023/', 'cl-1')).toBe(false);
    expect(linkable('/controls/2025-62/', 'cl-1-1')).toBe(true);
    expect(linkable('/controls/2025-62/', 'item-1-1')).toBe(true);
    expect(linkable('/controls/2025-62/', 'cp-1')).toBe(false);
    expect(linkable('/about/', 'cp-1')).toBe(false);
    expect(linkable('/about/', 'xcl-1')).toBe(false);
  });
});

describe('published data files', () => {
  test.each([
    ['/data/2023.json', true],
    ['/data/controls.csv', true],
    ['/coverage.json', true],
    ['/data/', false],
    ['/data/index.html', false],
    ['/data/2023.json.gz', false],
    ['/data/2023.json.br', false],
    ['/data/2023.gz.json', true],
    ['/data/2023.brotli', true],
    ['/coverage.json.gz', false],
    ['/coverage/', false],
    ['/search-fold.json', false],
    ['/entries/uav/2023/', false],
  ])('%s: %s', (path, published) => {
    expect(u.isPublishedFile(path)).toBe(published);
  });
});
