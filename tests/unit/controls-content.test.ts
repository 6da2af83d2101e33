/** The real export-control content: what the done criteria of the controls section ask for, checked on content/. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { describeStatus, headlineWords, instrumentName } from '../../src/lib/controls/labels.ts';
import { factGrades, instrumentStatusOn, statusOn, timeline } from '../../src/lib/controls/status.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';

const { controls, crossReferences } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const inst = (id: string) => controls.byId.get(id)!;
const nameOf = (id: string) => instrumentName(inst(id));

describe('2025 No.62: in force from its date, suspended by No.70 until 2026-11-10, and after that unknown', () => {
  test.each([
    ['2025-10-08', 'not-published', '当日尚未发布。'],
    ['2025-10-09', 'in-force', '施行中：自2025年10月9日起施行，本站未找到此后暂停、终止或废止的记录。'],
    ['2025-11-06', 'in-force', '施行中：自2025年10月9日起施行，本站未找到此后暂停、终止或废止的记录。'],
    ['2025-11-07', 'suspended', '暂停实施：商务部 海关总署公告2025年第70号规定自2025年11月7日（日期据C级来源）起至2026年11月10日暂停实施。'],
    ['2026-11-10', 'suspended', '暂停实施：商务部 海关总署公告2025年第70号规定自2025年11月7日（日期据C级来源）起至2026年11月10日暂停实施。本站资料检索至2026年6月17日，此后的变化未经核实。'],
    [
      '2026-11-11',
      'unknown',
      '状态未知：商务部 海关总署公告2025年第70号规定的暂停期已于2026年11月10日届满。此后是延长、恢复施行还是被其他公告取代，本站没有资料，未经核实。请以商务部公布的信息为准。',
    ],
  ])('on %s: %s', (date, state, sentence) => {
    const s = statusOn(inst('2025-62'), date);
    expect(s.state).toBe(state);
    expect(describeStatus(s, nameOf)).toBe(sentence);
  });

  test('its items 1E902.a and 1E902.b are technologies that follow the same status', () => {
    const items = inst('2025-62').items;
    expect(items.map((i) => [i.codes.join(), i.kind])).toEqual([['1E902.a', 'technology'], ['1E902.b', 'technology']]);
    expect(statusOn(inst('2025-62'), '2026-11-11', items[0]!.clause.id).state).toBe('unknown');
  });

  test('the timeline holds publication, suspension and the end of the period, with the sources checked up to 2026-06-17', () => {
    expect(timeline(controls, inst('2025-62')).map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2025-10-09 published',
      '2025-10-09 in-force',
      '2025-11-07 suspended',
      '2026-06-17 checked-through',
      '2026-11-10 suspension-ends',
    ]);
  });
});

describe('the other suspensions', () => {
  test('No.70 suspends exactly Nos. 55, 56, 57, 58, 61 and 62 of 2025, until 2026-11-10', () => {
    expect(inst('2025-70').outgoing.map((r) => `${r.type} ${r.target} ${r.from}..${r.until}`)).toEqual(
      ['55', '56', '57', '58', '61', '62'].map((n) => `suspends 2025-${n} 2025-11-07..2026-11-10`),
    );
  });
  test('No.72 suspends only clause 二 of 2024 No.46, until 2026-11-27; clause 一 stays in force', () => {
    const [r] = inst('2025-72').outgoing;
    expect([r!.target, r!.targetClause, r!.until]).toEqual(['2024-46', '2', '2026-11-27']);
    expect(statusOn(inst('2024-46'), '2026-01-01', '2').state).toBe('suspended');
    expect(statusOn(inst('2024-46'), '2026-01-01', '1').state).toBe('in-force');
    expect(statusOn(inst('2024-46'), '2026-11-28', '2').state).toBe('unknown');
  });
  test('measures not named by No.70 stay in force (2025 No.10)', () => {
    expect(statusOn(inst('2025-10'), '2026-11-29').state).toBe('in-force');
  });
});

describe('items and codes', () => {
  test('every coded technology is reachable by its code', () => {
    for (const it of controls.items.filter((i) => i.kind === 'technology' && i.codes.length)) {
      for (const c of it.codes) expect(controls.codes.get(c), c).toContain(it);
    }
  });
  test('1E101.b appears twice in 2025 No.10 and both wordings are kept', () => {
    expect(controls.codes.get('1E101.b')!.map((i) => `${i.instrument}#${i.id}`)).toHaveLength(2);
  });
  test('技术 controlled without a code are items too (金锑冶炼分离技术 in 2024 No.33)', () => {
    const gold = controls.items.find((i) => i.text.includes('金锑冶炼分离技术'))!;
    expect([gold.instrument, gold.kind, gold.codes]).toEqual(['2024-33', 'technology', []]);
  });
});

describe('Traditional copies', () => {
  test('2025 No.70 is shown converted character by character, and keeps the text as held', () => {
    const c = inst('2025-70').clauses[0]!;
    expect(c.converted).toBe(true);
    expect(c.held).toContain('商務部、海關總署公告2025年第55號');
    expect(c.text).toContain('商务部、海关总署公告2025年第55号');
    expect([...c.text].length).toBe([...c.held].length);
  });
});

describe('cross-references between the regimes', () => {
  test('the rare-earth catalogue entry is linked to 1E902.a and 1E902.b, with a reason in our words', () => {
    const r = crossReferences.find((x) => x.entries.includes('rare-earth'))!;
    expect(r.items.map((i) => i.codes.join())).toEqual(['1E902.a', '1E902.b']);
    expect(r.reason).toMatch(/不能代替/);
  });
});

describe('issue 18 on the real content (status date 2026-12-07)', () => {
  const D = '2026-12-07';
  test('2024 No.46: in force as a whole, clause 二 unknown since its suspension ended; the headline names the part', () => {
    const h = instrumentStatusOn(inst('2024-46'), D);
    expect([h.status.state, h.parts.map((p) => `${p.clause.label} ${p.status.state}`)]).toEqual(['in-force', ['二 unknown']]);
    expect(headlineWords(h, 'zh-CN', (id) => inst('2024-46').clauses.find((c) => c.id === id)!.label)).toBe('施行中（此后未核实）；部分状态未知（二）');
    expect(describeStatus(h.status, nameOf, { parts: true })).toMatch(/^施行中（下列部分除外）：.*除下列部分外，本站未找到/);
  });
  test('rule 8: exactly 2023 Nos.23 and 39 and 2024 Nos.21, 31 and 33 may be among the eleven repealed by 2024 No.51', () => {
    const possibly = controls.instruments.filter((i) => i.incoming.some((r) => r.type === 'possibly-repeals' && r.by === '2024-51')).map((i) => i.id);
    expect(possibly).toEqual(['2023-23', '2023-39', '2024-21', '2024-31', '2024-33']);
    for (const id of possibly) expect(statusOn(inst(id), D).unknown.map((u) => u.reason), id).toContain('possibly-repealed');
    expect(statusOn(inst('2023-39'), '2024-11-30').state).toBe('in-force');
  });
  test('2025 No.61 gives every reason: no day of entry into force held, and the No.70 period ran out on 2026-11-10', () => {
    expect(statusOn(inst('2025-61'), D).unknown.map((u) => `${u.reason}${u.relation ? ` ${u.relation.by} ${u.relation.until}` : ''}`)).toEqual(['in-force-date-not-held', 'suspension-ended 2025-70 2026-11-10']);
  });
  test('2025 No.72 is spent, its last day from a grade B- copy, not from the held wording; its clause with it', () => {
    const s = statusOn(inst('2025-72'), D);
    expect([s.state, s.until, s.untilGrade]).toEqual(['spent', '2026-11-27', 'B-']);
    expect(statusOn(inst('2025-72'), D, 'operative').state).toBe('spent');
    expect(describeStatus(s, nameOf)).toBe('期限已届满：本公告设定的暂停期已于2026年11月27日（日期据B-级来源）届满。此后是否另有公告，本站没有资料，未经核实。');
  });
  test('2026 No.1 is held: the spokesperson’s answer as a quote, no clauses, no items, in force from publication (grade C)', () => {
    const i = inst('2026-1');
    expect([i.clauses.length, i.items.length, i.data.quotes.map((q) => q.speaker)]).toEqual([0, 0, ['spokesperson']]);
    const s = statusOn(i, D);
    expect([s.state, s.since, s.sinceGrade, s.unverified]).toEqual(['in-force', '2026-01-06', 'C', true]);
    // Lists print the publication day (the spokesperson's page, B) bare and the day of entry into force with its grade.
    expect(factGrades(i)).toEqual({ inForce: 'C' });
    expect(factGrades(inst('2024-46'))).toEqual({ published: 'C', inForce: 'C' });
  });
  test('items whose wording we do not hold whole carry their gaps (2B902.h, 1C914.a, 1C902.b, 1C004)', () => {
    for (const code of ['2B902.h', '1C914.a', '1C902.b', '1C004']) expect(controls.codes.get(code)![0]!.gaps.length, code).toBeGreaterThan(0);
  });
});
