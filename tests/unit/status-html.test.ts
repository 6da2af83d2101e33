/**
 * The status markup pages print and pages' scripts reprint (src/lib/controls/status-html.ts), on the real content:
 * 2024 No.46, whose clause 二 was suspended by 2025 No.72 from 9 November 2025 to 27 November 2026.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { instrumentStatusOn, statusOn } from '../../src/lib/controls/status.ts';
import { asOfHtml, clauseSlotHtml, itemSlotHtml, markerInnerHtml, partsListHtml, sentenceContext, sentenceHtml, sentenceSaysHorizon, statusHeadHtml, statusNeedsCheck, subjectBadgeHtml } from '../../src/lib/controls/status-html.ts';
import { statusWords } from '../../src/lib/controls/status-words.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';

const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const inst = () => controls.byId.get('2024-46')!;
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('an announcement with a clause of its own status (2024 No.46 on 1 December 2025)', () => {
  test('the parts list: the clause, its badge, its own sentence, in each language', () => {
    const h = instrumentStatusOn(inst(), '2025-12-01');
    const zh = partsListHtml(h, '2024-46', 'zh-CN', statusWords('zh-CN'), sentenceContext(controls, 'zh-CN'));
    const en = partsListHtml(h, '2024-46', 'en', statusWords('en'), sentenceContext(controls, 'en'));
    expect(zh).toMatch(/^<li data-status-of="clause:2024-46:2" data-state="suspended" data-unverified="false"><a href="#cl-2">二<\/a>：/);
    expect(text(zh)).toContain('暂停实施：商务部公告2025年第72号规定自2025年11月9日（日期据B-级来源）起至2026年11月27日（日期据B-级来源）暂停实施。');
    expect(en).toMatch(/^<li data-status-of="clause:2024-46:2" data-state="suspended" data-unverified="false"><a href="#cl-2">2 <span class="label-zh" lang="zh-CN">二<\/span><\/a>: /);
    expect(text(en)).toContain('Suspended: MOFCOM Announcement No. 72 of 2025 suspends it from 9 November 2025 (date from a grade B- source) to 27 November 2026 (date from a grade B- source).');
  });
  test('a clause’s slot and an item’s slot carry a badge only when their status differs from the whole’s', () => {
    const whole = statusOn(inst(), '2025-12-01');
    const two = statusOn(inst(), '2025-12-01', '2');
    expect(clauseSlotHtml('2024-46', '2', whole, whole, 'zh-CN')).toBe('');
    expect(clauseSlotHtml('2024-46', '2', two, whole, 'zh-CN')).toMatch(/^ <span data-status-of="clause:2024-46:2" data-state="suspended" data-subject-badge><span class="badge status status-suspended"/);
    expect(itemSlotHtml('2024-46', 'x', whole, whole, 'en')).toBe('');
    expect(itemSlotHtml('2024-46', 'x', two, whole, 'en')).toMatch(/^<p class="item-status" data-status-of="item:2024-46:x" data-state="suspended" data-pagefind-ignore><span class="badge status status-suspended".*<\/p>$/);
    expect(subjectBadgeHtml('code:1E902.a', two, 'en')).toMatch(/^<span data-status-of="code:1E902.a" data-state="suspended" data-subject-badge>.*suspended.*<\/span>$/);
  });
  test('the sentence links each deciding instrument, in the page’s language', () => {
    const two = statusOn(inst(), '2025-12-01', '2');
    expect(sentenceHtml(two, 'zh-CN', statusWords('zh-CN'), sentenceContext(controls, 'zh-CN'))).toMatch(/ 见<a href="\/controls\/2025-72\/">商务部公告2025年第72号<\/a>。$/);
    expect(sentenceHtml(two, 'en', statusWords('en'), sentenceContext(controls, 'en'))).toMatch(/<a href="\/en\/controls\/2025-72\/">MOFCOM Announcement No. 72 of 2025<\/a>\.$/);
    // A status that no instrument decides has no links.
    const before = statusOn(inst(), '2024-01-01');
    expect(sentenceHtml(before, 'zh-CN', statusWords('zh-CN'), sentenceContext(controls, 'zh-CN'))).toBe('当日尚未发布。');
  });
});

describe('the status date line and the timeline marker', () => {
  test('the date, the kind of day, and the horizon only when the date is after it', () => {
    const w = statusWords('zh-CN');
    expect(text(asOfHtml({ date: '2026-12-07', horizon: '2026-06-17' }, 'zh-CN', w))).toBe('状态截至2026年12月7日（本站生成之日）；本站资料检索至2026年6月17日，此后的变化未经核实');
    expect(text(asOfHtml({ date: '2026-06-17', horizon: '2026-06-17', chosen: true }, 'zh-CN', w))).toBe('状态截至2026年6月17日（所选日期）');
    expect(text(asOfHtml({ date: '2026-12-07', horizon: '2026-06-17', chosen: true }, 'en', statusWords('en')))).toBe('Status as of 7 December 2026 (the date you chose) · sources searched up to 17 June 2026; changes since then not verified');
  });
  test('a status whose sentence already names the horizon: the date line does not repeat it', () => {
    const w = statusWords('en');
    const inForceAfter = statusOn(controls.byId.get('2025-10')!, '2026-12-07');
    expect(inForceAfter.state === 'in-force' && inForceAfter.unverified).toBe(true);
    expect(sentenceSaysHorizon(inForceAfter)).toBe(true);
    expect(statusHeadHtml({ status: inForceAfter, instrument: '2025-10', asOf: { date: '2026-12-07', horizon: '2026-06-17' } }, 'en', w)).not.toContain('sources searched up to');
    const before = statusOn(controls.byId.get('2025-10')!, '2026-01-01');
    expect(sentenceSaysHorizon(before)).toBe(false);
    expect(statusHeadHtml({ status: before, instrument: '2025-10', asOf: { date: '2026-01-01', horizon: '2026-06-17' } }, 'en', w)).not.toContain('sources searched up to');
  });
  test('whether the reader is asked to check the official site: some status unknown, or after the horizon', () => {
    const i = controls.byId.get('2025-10')!;
    expect(statusNeedsCheck([statusOn(i, '2026-01-01')])).toBe(false);
    expect(statusNeedsCheck([statusOn(i, '2026-01-01'), statusOn(i, '2026-12-07')])).toBe(true);
    expect(statusNeedsCheck([statusOn(controls.byId.get('2024-46')!, '2026-12-07', '2')])).toBe(true);
    expect(statusNeedsCheck([])).toBe(false);
  });
  test('the marker: the date and whose day it is', () => {
    expect(markerInnerHtml('2026-12-07', false, 'zh-CN', statusWords('zh-CN'))).toBe(`<time datetime="2026-12-07">2026年12月7日</time><span><strong>${statusWords('zh-CN').markerBuilt}</strong></span>`);
    expect(markerInnerHtml('2026-12-07', true, 'en', statusWords('en'))).toBe(`<time datetime="2026-12-07">7 December 2026</time><span><strong>${statusWords('en').markerChosen}</strong></span>`);
  });
});
