/**
 * The export-control section in English: the official wording stays Chinese (lang="zh-CN") with our rendering or
 * "Not yet translated" after each piece; statuses, dates, notices and citations are in English; links to pages that
 * exist only in Chinese say so.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HTMLElement } from 'node-html-parser';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { quoteEnglish, quoteWording } from '../../src/lib/catalogue/citation.ts';
import { dateEn, instrumentNameEn } from '../../src/lib/controls/labels.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { controlCodeUrl, controlItemUrl, instrumentUrl } from '../../src/lib/site/urls.ts';
import { sharedPage } from '../helpers/browser.ts';
import { page, text } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');
const statusDate = inject('statusDate');
const { controls, related } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const en = (path: string) => page(siteDir, `/en${path}`);
const SECTION = htmlPages(siteDir).filter(([path]) => /^\/en\/(controls|technologies|related)\//.test(path));

/** The rendering that follows a piece of Chinese wording: the next element, which must be our labelled rendering. */
const renderingAfter = (el: HTMLElement) => el.nextElementSibling;
const expectRendering = (el: HTMLElement | null, english: string | undefined, where: string) => {
  expect(el, where).not.toBeNull();
  const r = renderingAfter(el!);
  expect(r?.hasAttribute('data-rendering'), `${where}: a rendering follows the Chinese`).toBe(true);
  if (english) {
    expect(r!.getAttribute('data-rendering'), where).not.toBe('missing');
    expect(text(r!.querySelector('.rendering-label')), where).toBe('Unofficial translation (the Chinese is authoritative):');
    expect(text(r!), where).toBe(`Unofficial translation (the Chinese is authoritative): ${english.replace(/\s+/g, ' ').trim()}`);
  } else {
    expect(r!.getAttribute('data-rendering'), where).toBe('missing');
    expect(text(r!), where).toBe('Not yet translated: the Chinese above is the text.');
  }
};

describe('every page of the section has its English page', () => {
  test('announcements, items, codes, the technologies list and the related instruments', () => {
    const built = new Set(SECTION.map(([p]) => p));
    const want = ['/en/controls/', '/en/controls/codes/', '/en/controls/changes/', '/en/technologies/', ...controls.instruments.map((i) => `/en${instrumentUrl(i.id)}`), ...controls.items.map((it) => `/en${controlItemUrl(it.instrument, it.id)}`), ...[...controls.codes.keys()].map((c) => `/en${controlCodeUrl(c)}`), ...related.map((r) => `/en/related/${r.id}/`)];
    for (const p of want) expect(built.has(p), p).toBe(true);
    expect(built.size).toBe(want.length);
  });
});

describe('the wording stays Chinese, marked, with our rendering after it', () => {
  test.each(controls.instruments.map((i) => [i.id]))('%s: every clause, item and the title', (id) => {
    const inst = controls.byId.get(id)!;
    const doc = en(instrumentUrl(id));
    expect(text(doc.querySelector('h1'))).toBe(instrumentNameEn(inst));
    for (const c of inst.clauses) {
      const w = doc.querySelector(`#${c.anchor} .wording-text`);
      expect(w?.getAttribute('lang'), c.anchor).toBe('zh-CN');
      expect(text(w), c.anchor).toBe(c.text.replace(/\s+/g, ' ').trim());
      expectRendering(w, c.en, `${id} ${c.anchor}`);
    }
    // An item's wording stands once, in its clause (with the clause's rendering); the list of items leads to it and to
    // the item's page, where the item's own wording and rendering are.
    for (const it of inst.items) {
      const li = doc.querySelector(`#${it.anchor}`)!;
      expect(li.querySelector('.item-text'), it.anchor).toBeNull();
      expect(li.querySelectorAll('a').map((a) => a.getAttribute('href')), it.anchor).toEqual(expect.arrayContaining([`#${it.clause.anchor}`, `/en${controlItemUrl(id, it.id)}`]));
      expect(text(doc.querySelector(`#${it.clause.anchor} .wording-text`)).replace(/\s+/g, ''), it.anchor).toContain(it.text.replace(/\s+/g, ''));
    }
    if (inst.title) expectRendering(doc.querySelector('.instrument-title .wording-text'), inst.title.en, `${id} title`);
    // The subject is ours: in English when written, else the Chinese, marked and introduced as such.
    if (inst.data.subjectEn) expect(text(doc.querySelector('main'))).toContain(inst.data.subjectEn);
    else expect(doc.querySelectorAll('main [lang="zh-CN"]').some((e) => text(e) === inst.data.subject)).toBe(true);
  });
  test('an item page: the item and its clause, each followed by a rendering', () => {
    const it = controls.items.find((x) => x.codes.includes('1E902.a'))!;
    const doc = en(controlItemUrl(it.instrument, it.id));
    expect(text(doc.querySelector('h1'))).toBe('1E902.a');
    const [item, clause] = doc.querySelectorAll('.wording-text');
    expect(text(item!)).toBe(it.text.replace(/\s+/g, ' ').trim());
    expectRendering(item!, it.en, 'item');
    expectRendering(clause!, it.clause.en, 'clause');
  });
  test('a Traditional copy: the conversion notice in English, the text as held marked as Traditional Chinese', () => {
    const clause = en('/controls/2025-70/').querySelector('#cl-operative')!;
    expect(text(clause.querySelector('[data-testid="converted"] > p'))).toBe('This passage is held only in a Traditional-character copy: the text above is our character-by-character conversion to Simplified characters, not an official Simplified text.');
    expect(text(clause.querySelector('[lang="zh-Hant"]'))).toContain('商務部、海關總署公告2025年第55號');
  });
});

describe('statuses, dates and notices in English', () => {
  test('2025 No.62: the status sentence, the date, where to check (marked as a Chinese site), the timeline', () => {
    const doc = en('/controls/2025-62/');
    const box = doc.querySelector('[data-testid="status"]')!;
    expect(box.getAttribute('data-state')).toBe('unknown');
    expect(text(box.querySelector('.status'))).toBe('?status unknown');
    expect(text(box.querySelector('time'))).toBe(dateEn(statusDate));
    expect(text(box.querySelector('.status-head .muted'))).toBe(`Status as of ${dateEn(statusDate)} (the day this site was built) · sources searched up to 17 June 2026; changes since then not verified`);
    expect(text(box.querySelector('[data-testid="status-sentence"]'))).toBe(
      'Status unknown: the suspension period set by MOFCOM & GAC Announcement No. 70 of 2025 ended on 10 November 2026. Whether it was extended, the measure applies again or another announcement replaced it, we have no information; not verified. Rely on the information published by MOFCOM. See MOFCOM & GAC Announcement No. 70 of 2025.',
    );
    expect(box.querySelector('[data-testid="status-sentence"] a')?.getAttribute('href')).toBe('/en/controls/2025-70/');
    const check = box.querySelector('[data-testid="status-check"]')!;
    // The link's label is our own words, in English where we wrote it; the page it leads to is Chinese, and says so.
    expect(text(check)).toBe('Check on the official website: The original page on the Export Control Information Network (in Chinese).');
    expect(check.querySelector('a')?.getAttribute('lang')).toBeUndefined();
    expect(check.querySelector('a')?.getAttribute('hreflang')).toBe('zh-CN');
    expect(check.querySelector('a')?.getAttribute('href')).toBe('http://exportcontrol.mofcom.gov.cn/article/zcfg/gnzcfg/zcfggzqd/202510/1170.html');
    const steps = doc.querySelectorAll('[data-testid="control-timeline"] li');
    expect(steps.map((li) => li.getAttribute('data-kind'))).toEqual(['published', 'in-force', 'suspended', 'checked-through', 'suspension-ends', 'status-date']);
    expect(text(steps[2]!.querySelector('time'))).toBe('7 November 2025');
    expect(text(steps[2]!)).toContain('Suspended by MOFCOM & GAC Announcement No. 70 of 2025 until 10 November 2026 (that day included)');
    expect(text(steps[3]!)).toContain('Our sources were searched up to this day; later events are not verified');
  });
  test('2025 No.10, never suspended: in force, not verified after the day the sources were searched up to', () => {
    const box = en('/controls/2025-10/').querySelector('[data-testid="status"]')!;
    expect(box.getAttribute('data-state')).toBe('in-force');
    expect(text(box.querySelector('.status'))).toBe('●in force (not verified since)');
    expect(text(box)).toContain('Our sources were searched up to 17 June 2026; changes after that date are not verified.');
  });
  test('2024 No.46: a clause with a status of its own, said in English in our numbering, the Chinese label beside it', () => {
    const own = en('/controls/2024-46/').querySelector('[data-testid="clause-status"]')!;
    expect(text(own.previousElementSibling)).toBe('These parts have a status of their own:');
    expect(text(own.querySelector('li'))).toContain('2 二: ?status unknown');
    expect(own.querySelector('li a [lang="zh-CN"]')?.textContent).toBe('二');
  });
  test('the index: every instrument, the status date and the search horizon in English', () => {
    const doc = en('/controls/');
    expect(doc.querySelectorAll('[data-testid="instruments"] > li')).toHaveLength(controls.instruments.length);
    expect(text(doc.querySelector('[data-testid="status-date"]'))).toBe(
      `The statuses below are as of ${dateEn(statusDate)} (the day this site was built). Our sources were searched up to 17 June 2026; later events are not verified. Where a suspension period has ended and we hold nothing later, the status is given as unknown.`,
    );
    const li = doc.querySelector('[data-testid="instruments"] > li[data-id="2025-62"]')!;
    expect(text(li.querySelector('h3'))).toBe('MOFCOM Announcement No. 62 of 2025');
    expect(text(li.querySelector('[lang="zh-CN"]'))).toBe('商务部公告2025年第62号');
    expect(text(li)).toContain('Published: 9 October 2025 · In force: 9 October 2025 · controlled items: 2');
  });
  test('the related instrument: facts and status are ours, in the English we wrote beside the Chinese; the search horizon in English', () => {
    const doc = en('/related/import-catalogue/');
    expect(text(doc.querySelector('[data-testid="no-wording"]'))).toBe('We hold none of the text of this catalogue. Below are only facts (dates, numbers), in our own words, from grade C material such as news reports.');
    expect(text(doc.querySelector('[data-testid="related-status"]'))).toBe(
      'Our note: Status unknown. This site has not obtained any sources from after 2021 and cannot confirm which edition is currently in force. Our sources were searched up to 17 June 2026; later changes are not verified.',
    );
    expect(doc.querySelector('[data-testid="related-status"] [lang="zh-CN"]')).toBeNull();
  });
});

describe('citations', () => {
  test('the English citation: the instrument and the clause in English, the official Chinese in brackets, marked, the words cited, both addresses', () => {
    const doc = en('/controls/2025-62/');
    const inst = controls.byId.get('2025-62')!;
    const clause = inst.clauses.find((c) => c.id === '1-1')!;
    const cite = doc.querySelector('#cl-1-1 .cite-text p[lang="en"]')!;
    expect(text(cite)).toBe(
      `MOFCOM Announcement No. 62 of 2025 [商务部公告2025年第62号], clause 1(1) [一（一）], “${quoteEnglish(clause.en!)}” (our unofficial translation) [“${quoteWording(clause.text.replace(/\s+/g, ' '))}”]. English page: https://example.org/en/controls/2025-62/#cl-1-1; Chinese page (the Chinese wording is authoritative): https://example.org/controls/2025-62/#cl-1-1`,
    );
    expect(cite.querySelectorAll('[lang="zh-CN"]').map((s) => text(s)).slice(0, 2)).toEqual(['商务部公告2025年第62号', '一（一）']);
    expect(text(doc.querySelector('.cite-copy'))).toBe('Copy citation');
    const item = en(controlItemUrl('2025-62', '1-1')).querySelector('.cite-text p[lang="en"]')!;
    expect(text(item)).toMatch(/^MOFCOM Announcement No\. 62 of 2025 \[商务部公告2025年第62号\], clause 1\(1\) \[一（一）\], control code 1E902\.a, “.+” \(our unofficial translation\) \[“.+”\]\. English page: https:\/\/example\.org\/en\/controls\/2025-62\/items\/1-1\/; Chinese page \(the Chinese wording is authoritative\): https:\/\/example\.org\/controls\/2025-62\/items\/1-1\/$/);
  });
});

describe('links', () => {
  test('a link to a Chinese page goes only where no English page exists, marked hreflang="zh-CN" and followed by "(in Chinese)"', () => {
    const built = new Set(htmlPages(siteDir).map(([p]) => p));
    let links = 0;
    for (const [path, file] of SECTION) {
      for (const a of parse(readFileSync(file, 'utf8')).querySelectorAll('main a[href^="/"]')) {
        const href = a.getAttribute('href')!;
        links++;
        if (href.startsWith('/en/')) {
          expect(built.has(href.split(/[?#]/)[0]!), `${path} → ${href}: an English page that is built`).toBe(true);
          continue;
        }
        if (a.closest('.breadcrumbs')) continue;
        const target = href.split(/[?#]/)[0]!;
        expect(built.has(`/en${target}`), `${path} → ${href}: the page has an English counterpart, which the link should lead to`).toBe(false);
        expect(a.getAttribute('hreflang'), `${path} → ${href}`).toBe('zh-CN');
        const after = a.nextSibling?.rawText ?? '';
        expect(after.startsWith(' (in Chinese)'), `${path} → ${href}: "${after.slice(0, 20)}"`).toBe(true);
      }
    }
    // Every page of the section links on within it (its announcements, items, codes), so the loop above saw links.
    expect(links).toBeGreaterThan(SECTION.length);
  });
  test('links between English pages of the section stay in English', () => {
    const doc = en('/controls/codes/');
    expect(doc.querySelector('a.code')?.getAttribute('href')).toMatch(/^\/en\/controls\/codes\//);
    const item = en(controlItemUrl('2025-62', '1-1'));
    expect(item.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'))).toEqual(['/en/', '/en/controls/', '/en/controls/2025-62/']);
    expect(item.querySelector('.breadcrumbs')?.getAttribute('aria-label')).toBe('Breadcrumb');
  });
  test('announcement and item pages are indexed for the English search, with the Chinese pages\' search fields', () => {
    for (const path of [instrumentUrl('2025-62'), controlItemUrl('2025-62', '1-1')]) {
      const [zhDoc, enDoc] = [page(siteDir, path), en(path)];
      const fields = (d: ReturnType<typeof page>) => d.querySelectorAll('[data-pagefind-filter], [data-pagefind-sort]').map((e) => `${e.getAttribute('data-pagefind-filter') ?? ''}|${e.getAttribute('data-pagefind-sort') ?? ''}`).sort();
      expect(enDoc.querySelector('article')?.hasAttribute('data-pagefind-body'), path).toBe(true);
      expect(fields(enDoc), path).toEqual(fields(zhDoc));
    }
  });
});

describe('in the browser', () => {
  const b = sharedPage();
  test('an anchor the English page does not have is reported in English', async () => {
    await b.page.goto(`${inject('baseUrl')}/en/controls/2025-62/#cl-99`);
    const notice = b.page.locator('#fragment-missing');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/^This page has no such clause \(#cl-99\)\. The page has \d+ points or clauses that can be linked to; we do not hold the one you are looking for\. Please consult the official text\.$/);
  });
});
