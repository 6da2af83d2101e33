/** The markup of a comparison of two dates (src/lib/controls/compare-html.ts), word for word, on 2024 No.46 around the suspension of its clause 二. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { changesBetween, eventsBetween } from '../../src/lib/controls/compare.ts';
import { compareHtml, type CompareWords } from '../../src/lib/controls/compare-html.ts';
import { sentenceContext } from '../../src/lib/controls/status-html.ts';
import { statusWords } from '../../src/lib/controls/status-words.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';

const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
/** Plain tags for the page's own words, so that what comes from the model stands out. */
const words = (lang: 'zh-CN' | 'en'): CompareWords => ({
  ...statusWords(lang),
  changes: 'CHANGES {{from}} / {{to}}',
  none: 'NO-CHANGES',
  events: 'EVENTS',
  noEvents: 'NO-EVENTS',
  before: 'BEFORE',
  after: 'AFTER',
  kinds: { published: 'K-published', 'came-into-force': 'K-in-force', suspended: 'K-suspended', lapsed: 'K-lapsed', spent: 'K-spent', repealed: 'K-repealed', 'possibly-repealed': 'K-possibly', 'became-unknown': 'K-unknown', other: 'K-other' },
});
const html = (lang: 'zh-CN' | 'en', from: string, to: string, only?: string) =>
  compareHtml({ from, to, changes: changesBetween(controls, from, to, only), events: eventsBetween(controls, from, to, only) }, controls, lang, words(lang), sentenceContext(controls, lang));
const text = (h: string) => h.replace(/<[^>]+>/g, '');

describe('the day clause 二 of 2024 No.46 was suspended (8 → 9 November 2025)', () => {
  test('in Chinese: the heading, the clause linked to its anchor, the change named, the badges before and after', () => {
    const h = html('zh-CN', '2025-11-08', '2025-11-09', '2024-46');
    expect(h.startsWith('<h2>CHANGES 2025年11月8日 / 2025年11月9日</h2><ul class="compare-list" data-testid="compare-changes"><li data-change="suspended" data-subject="clause:2024-46:2">')).toBe(true);
    expect(h).toContain('<p><a href="/controls/2024-46/#cl-2">商务部公告2024年第46号</a> <span lang="zh-CN">二</span>：<strong>K-suspended</strong></p>');
    expect(text(h)).toContain('BEFORE ●施行中 (in force) → AFTER ‖暂停实施 (suspended)暂停实施：商务部公告2025年第72号规定自2025年11月9日（日期据B-级来源）起至2026年11月27日（日期据B-级来源）暂停实施。');
    expect(h).toContain('<h3>EVENTS</h3><ol class="control-timeline" data-testid="compare-events">');
    expect(h).toContain('<time datetime="2025-11-09">2025年11月9日</time><span><a href="/controls/2024-46/">商务部公告2024年第46号</a>：');
  });
  test('in English: the clause named as the timeline names it, our reference with the Chinese beside it', () => {
    const h = html('en', '2025-11-08', '2025-11-09', '2024-46');
    expect(h.startsWith('<h2>CHANGES 8 November 2025 / 9 November 2025</h2>')).toBe(true);
    expect(h).toContain('<p><a href="/en/controls/2024-46/#cl-2">MOFCOM Announcement No. 46 of 2024</a>, clause 2 [<span lang="zh-CN">二</span>]: <strong>K-suspended</strong></p>');
    expect(text(h)).toContain('BEFORE ●in force → AFTER ‖suspendedSuspended: MOFCOM Announcement No. 72 of 2025 suspends it from 9 November 2025');
    expect(h).toContain('<time datetime="2025-11-09">9 November 2025</time><span><a href="/en/controls/2024-46/">MOFCOM Announcement No. 46 of 2024</a>: Clause 2 [<span lang="zh-CN">二</span>] suspended by MOFCOM Announcement No. 72 of 2025');
  });
});

describe('nothing between two dates', () => {
  test('the page’s words for no change and no event, in place of the lists', () => {
    expect(html('zh-CN', '2025-12-01', '2025-12-02', '2024-46')).toBe(
      '<h2>CHANGES 2025年12月1日 / 2025年12月2日</h2><p data-testid="compare-changes">NO-CHANGES</p><h3>EVENTS</h3><p data-testid="compare-events">NO-EVENTS</p>',
    );
  });
});

describe('a whole announcement that changes (2025 No.72 coming into force)', () => {
  test('no clause after its link; the subject is the instrument', () => {
    const h = html('en', '2025-11-08', '2025-11-09', '2025-72');
    expect(h).toContain('<li data-change="came-into-force" data-subject="instrument:2025-72"><p><a href="/en/controls/2025-72/">MOFCOM Announcement No. 72 of 2025</a>: <strong>K-in-force</strong></p>');
  });
});
