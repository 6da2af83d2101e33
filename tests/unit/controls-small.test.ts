/**
 * The small modules of the export-control section, each on a fictional file: ids and their order, Traditional copies,
 * coverage, what search covers, and the status events file as pages' scripts read it.
 */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import { controlsCoverage } from '../../src/lib/controls/coverage.ts';
import { clauseAnchor, clauseWithin, compareInstrumentIds, compareRelations, itemAnchor } from '../../src/lib/controls/ids.ts';
import { toSimplifiedByCharacter } from '../../src/lib/controls/script.ts';
import { controlCodeList, controlTexts } from '../../src/lib/controls/search.ts';
import { asOfHtml } from '../../src/lib/controls/status-html.ts';
import { statusEventsRecord } from '../../src/lib/controls/status-events.ts';
import { statusWords } from '../../src/lib/controls/status-words.ts';
import { controlFile, suspends, suspensionFile } from '../helpers/control-files.ts';

const model = () =>
  buildControls([
    controlFile('2025-10', {
      title: { text: '测试公告标题', source: 'copy' },
      sources: [
        { id: 'copy', title: '测试副本', grade: 'B' },
        { id: 'tw', title: '測試副本', grade: 'B', script: 'traditional' },
      ],
      inForce: { date: '2025-02-01', source: 'copy' },
      clauses: [
        { id: '1', label: '一', text: '一、测试技术甲。', source: 'copy' },
        { id: '2', label: '二', text: '二、測試貨物乙。', source: 'tw', inForce: { date: '2025-03-01', source: 'copy' } },
      ],
      items: [
        { id: 'a', clause: '1', kind: 'technology', codes: ['1E901.b'], text: '测试技术甲' },
        { id: 'b', clause: '2', kind: 'goods', codes: ['1C901.a', '1E901.a'], text: '測試貨物乙' },
      ],
      quotes: [{ id: 'q', label: '答问', speaker: 'spokesperson', text: '测试答问。', source: 'copy' }],
      notHeld: [{ what: '附件' }],
    }),
    controlFile('2025-9', { clauses: [] }),
    suspensionFile('2025-11', [suspends('2025-10', '2025-04-01', '2025-05-01', { targetClause: '2' })]),
  ]);

describe('ids', () => {
  test('announcements by year, then number', () => {
    expect(Math.sign(compareInstrumentIds('2025-9', '2025-10'))).toBe(-1);
    expect(Math.sign(compareInstrumentIds('2024-99', '2025-1'))).toBe(-1);
    expect(Math.sign(compareInstrumentIds('2025-10', '2025-9'))).toBe(1);
    expect(compareInstrumentIds('2025-9', '2025-9')).toBe(0);
  });
  test('relations by first day, then by the acting announcement', () => {
    expect(Math.sign(compareRelations({ from: '2025-01-01', by: '2025-9' }, { from: '2025-01-01', by: '2025-10' }))).toBe(-1);
    expect(Math.sign(compareRelations({ from: '2025-01-02', by: '2025-1' }, { from: '2025-01-01', by: '2025-10' }))).toBe(1);
  });
  test('anchors, and clauses within clauses', () => {
    expect([clauseAnchor('1-2'), itemAnchor('w-1')]).toEqual(['cl-1-2', 'item-w-1']);
    expect([clauseWithin('1-2', '1'), clauseWithin('1', '1'), clauseWithin('12', '1'), clauseWithin('1', '1-2')]).toEqual([true, true, false, false]);
  });
});

describe('Traditional copies', () => {
  test('character by character, Han characters only; the model shows the converted text and says so', () => {
    expect(toSimplifiedByCharacter('測試 ABC，貨物１')).toBe('测试 ABC，货物１');
    const inst = model().byId.get('2025-10')!;
    expect(inst.clauses[1]!.text).toBe('二、测试货物乙。');
    expect(inst.items[1]!.text).toBe('测试货物乙');
  });
});

describe('coverage and search', () => {
  test('what we hold of each announcement', () => {
    expect(controlsCoverage(model()).map((c) => [c.id, c.name, c.clauses, c.gaps, c.items, c.technologies, c.converted, c.complete])).toEqual([
      ['2025-9', '公告2025年第9号', 0, 0, 0, 0, 0, false],
      ['2025-10', '公告2025年第10号', 2, 1, 2, 1, 1, false],
      ['2025-11', '公告2025年第11号', 1, 0, 0, 0, 0, true],
    ]);
  });
  test('the wording search covers, and the codes that have a page', () => {
    expect(controlTexts(model())).toEqual(['测试公告标题', '一、测试技术甲。', '二、测试货物乙。', '测试技术甲', '测试货物乙', '测试答问。', '暂停实施。']);
    expect(controlCodeList(model())).toBe('1C901.a 1E901.a 1E901.b');
  });
});

describe('the status events file', () => {
  test('what it says about itself, and the dates of each announcement and clause, as the build had them', () => {
    const r = statusEventsRecord(model(), '2026-12-07', { editions: [] });
    expect(r.about).toBe(
      'The dated facts from which every status on the site is computed: publication and entry into force, suspensions, repeals and ' +
        'possible repeals (derived: a repeal of announcements listed in a part we do not hold), with the grade of the source behind each ' +
        'date (A official text, B quoted official text, B- and C facts only). A status after checkedThrough is not verified. The pages ' +
        'compute the status on any date from this file with the same code as the build. Our own data, not an official publication.',
    );
    const i = r.instruments.find((x) => x.id === '2025-10')!;
    expect([i.published, i.inForce, i.items]).toEqual([{ date: '2025-01-01', source: 'copy' }, { date: '2025-02-01', source: 'copy' }, { a: '1', b: '2' }]);
    expect(i.clauses).toEqual([
      { id: '1', label: '一', refEn: 'clause 1' },
      { id: '2', label: '二', refEn: 'clause 2', inForce: { date: '2025-03-01', source: 'copy' } },
    ]);
  });
});

describe('the status-date line of a subject', () => {
  test('names what the status is of', () => {
    expect(asOfHtml({ date: '2026-01-01', horizon: '2026-06-17', what: '本物项' }, 'zh-CN', statusWords('zh-CN'))).toContain('本物项，状态截至<time datetime="2026-01-01">');
    expect(asOfHtml({ date: '2026-01-01', horizon: '2026-06-17', what: 'This item' }, 'en', statusWords('en'))).toContain('This item: status as of <time datetime="2026-01-01">');
  });
});
