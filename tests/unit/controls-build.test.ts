/**
 * The announcements' model as src/lib/controls/build.ts makes it: what it carries from the files, the relations it derives
 * (possible repeals), its order, and each problem across files, word for word. Expected values are written from the
 * content files and the fictional files below, by hand.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import { ContentError } from '../../src/lib/shared/errors.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { controlFile, suspends, suspensionFile } from '../helpers/control-files.ts';

const real = () => buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url)))).controls;

/** The problems buildControls reports for `files`, as `field: reason`. */
const problems = (files: Parameters<typeof buildControls>[0]): string[] => {
  try {
    buildControls(files);
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file.replace('content/controls/', '')} ${p.field}: ${p.reason}`);
    throw e;
  }
  return [];
};

describe('possible repeals (real content: 2024 No.51 repeals the 11 announcements of its Attachment 2, which we do not hold)', () => {
  test('each announcement that existed and was not gone on 30 November 2024, and that No.51 does not name, is possibly repealed', () => {
    const c = real();
    const possible = c.byId.get('2024-51')!.outgoing.filter((r) => r.type === 'possibly-repeals');
    // content/controls/2024-51.md, its notes: Nos. 23 and 39 of 2023, Nos. 21, 31 and 33 of 2024.
    expect(possible.map((r) => r.target).sort()).toEqual(['2023-23', '2023-39', '2024-21', '2024-31', '2024-33']);
    for (const r of possible) {
      expect([r.by, r.from, r.source.id, r.clause?.id, r.what, r.whatEn]).toEqual([
        '2024-51',
        '2024-12-01',
        'weiqi',
        'body',
        '附件2所列的11个公告（正文只点名其中的2003年第5号公告；附件2本站未取得，其余10个是哪些公告不得而知）',
        'the 11 announcements listed in Attachment 2 (the body names only Announcement No. 5 of 2003 among them; we do not hold Attachment 2, so which the other 10 are is not known)',
      ]);
      expect(c.byId.get(r.target)!.incoming).toContain(r);
    }
    // 2003 No.5 is named (repealed outright), so it is not "possibly" repealed.
    expect(c.byId.get('2003-5')!.incoming.map((r) => `${r.type}:${r.by}`)).toContain('repeals:2024-51');
    expect(c.byId.get('2003-5')!.incoming.some((r) => r.type === 'possibly-repeals')).toBe(false);
  });

  test('fictional: only what existed before the day and was in force, waiting, suspended or unknown on the day before', () => {
    const files = [
      controlFile('2025-1', {}), // in force since 2025-01-01: possibly repealed
      controlFile('2025-2', { published: { date: '2025-06-01', source: 'copy' } }), // published on the day: not yet existing
      controlFile('2025-3', { published: {}, inForce: {} }), // no dates, number of 2025: counted as existing, status unknown
      controlFile('2026-1', { published: {}, inForce: {} }), // no dates, number of 2026: not yet existing
      controlFile('2025-4', {}), // repealed by 2025-9 before the day
      controlFile('2025-5', {}), // named by the repealing instrument itself
      controlFile('2025-6', { inForce: { date: '2025-09-01', source: 'copy' } }), // published, not yet in force: possibly repealed
      controlFile('2025-9', { relations: [{ type: 'repeals', target: '2025-4', from: '2025-03-01', source: 'copy' }] }),
      controlFile('2025-20', {
        clauses: [{ id: '1', label: '一', text: '一、测试。', source: 'copy' }],
        relations: [{ type: 'repeals', target: '2025-5', from: '2025-06-01', source: 'copy' }],
        repealsUnlisted: [{ from: '2025-06-01', source: 'news', what: '附件所列公告' }],
      }),
    ];
    const c = buildControls(files);
    const possible = c.byId.get('2025-20')!.outgoing.filter((r) => r.type === 'possibly-repeals');
    // 2025-9 (the instrument that repealed 2025-4) is itself a measure in force.
    expect(possible.map((r) => r.target)).toEqual(['2025-1', '2025-3', '2025-6', '2025-9']);
    expect(possible[0]).toEqual({ type: 'possibly-repeals', by: '2025-20', target: '2025-1', from: '2025-06-01', source: expect.objectContaining({ id: 'news', grade: 'B-' }), what: '附件所列公告' });
  });
});

describe('what the model carries from the files (real content)', () => {
  test('instruments in number order; a target’s incoming relations in date order; codes in natural order', () => {
    const c = real();
    const ids = c.instruments.map((i) => i.id);
    const byNumber = (a: string, b: string) => Number(a.slice(0, 4)) - Number(b.slice(0, 4)) || Number(a.slice(5)) - Number(b.slice(5));
    expect(ids).toEqual([...ids].sort(byNumber));
    expect(ids.indexOf('2025-10')).toBeGreaterThan(ids.indexOf('2024-51'));
    expect(ids.slice(0, 3)).toEqual(['2003-5', '2006-50', '2020-63']);
    for (const inst of c.instruments) expect(inst.incoming.map((r) => r.from)).toEqual([...inst.incoming.map((r) => r.from)].sort());
    const codes = [...c.codes.keys()];
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(codes.indexOf('1C902.a')).toBeLessThan(codes.indexOf('1C902.b'));
  });
  test('notes of relations, in both languages; a clause’s day of entry into force', () => {
    const c = real();
    const dis = c.byId.get('2024-51')!.outgoing.find((r) => r.type === 'disapplies')!;
    expect(dis.note).toBe('不再适用的是该公告所附的商用密码出口管制清单，以及其中与商用密码出口许可程序有关的内容；该公告其余部分（如进口许可清单）不在这句话的范围内。');
    expect(dis.noteEn).toMatch(/^What no longer applies is the commercial cryptography export control list/);
    expect(dis.clause?.id).toBe('body');
    const withDay = c.instruments.flatMap((i) => i.clauses.filter((k) => k.inForce));
    expect(withDay.length).toBeGreaterThan(0);
    expect(c.instruments.flatMap((i) => i.clauses.filter((k) => !k.inForce && 'inForce' in k))).toEqual([]);
  });
});

describe('fictional files: what the model carries', () => {
  test('notes, gaps and code notes of items; a traditional-script source is converted', () => {
    const c = buildControls([
      controlFile('2025-1', {
        sources: [
          { id: 'copy', title: '测试副本', grade: 'B' },
          { id: 'tw', title: '測試副本', grade: 'B', script: 'traditional' },
        ],
        clauses: [
          { id: '1', label: '一', text: '一、测试。', source: 'copy', note: '注', noteEn: 'Note' },
          { id: '2', label: '二', text: '二、測試。', source: 'tw' },
        ],
        items: [
          { id: 'a', clause: '1', kind: 'technology', codes: ['1E901.a'], text: '测试', codeNote: '编码注', codeNoteEn: 'code note', note: '物项注', noteEn: 'item note' },
          { id: 'b', clause: '1', kind: 'technology', codes: ['1E901.b'], text: '测试' },
        ],
        notHeld: [{ item: 'a', what: '参数未取得', whatEn: 'parameters not held' }, { what: '附件未取得' }],
      }),
    ]);
    const inst = c.byId.get('2025-1')!;
    expect(inst.clauses.map((k) => [k.id, k.note, k.noteEn, k.converted])).toEqual([
      ['1', '注', 'Note', false],
      ['2', undefined, undefined, true],
    ]);
    expect(inst.clauses[1]!.text).toBe('二、测试。');
    const [a, b] = inst.items;
    expect([a!.codeNote, a!.codeNoteEn, a!.note, a!.noteEn, a!.gaps]).toEqual(['编码注', 'code note', '物项注', 'item note', [{ what: '参数未取得', whatEn: 'parameters not held' }]]);
    expect(b).not.toHaveProperty('note');
    expect(b).not.toHaveProperty('codeNote');
    expect(b!.gaps).toEqual([]);
  });
});

describe('problems across files, word for word', () => {
  test('a relation dated before either instrument was published', () => {
    expect(problems([controlFile('2025-1', { published: { date: '2025-03-01', source: 'copy' } }), suspensionFile('2025-2', [suspends('2025-1', '2025-02-01', '2025-02-10')])])).toEqual([
      '2025-2.md relations[0].from: is 2025-02-01, before 2025-1 was published (2025-03-01)',
    ]);
    expect(problems([controlFile('2025-1', {}), suspensionFile('2025-2', [suspends('2025-1', '2025-02-01', '2025-02-10')], { published: { date: '2025-02-02', source: 'copy' } })])).toEqual([
      '2025-2.md relations[0].from: is 2025-02-01, before this instrument was published (2025-02-02)',
    ]);
    // On the day of publication is not before it.
    expect(problems([controlFile('2025-1', {}), suspensionFile('2025-2', [suspends('2025-1', '2025-01-01', '2025-02-10')])])).toEqual([]);
  });
  test('overlapping suspensions of one instrument, or of a clause and the whole; touching days overlap, the next day does not', () => {
    const target = controlFile('2025-1', { clauses: [{ id: '1', label: '一', text: '一、测试。', source: 'copy' }, { id: '2', label: '二', text: '二、测试。', source: 'copy' }] });
    const overlap = (b: Record<string, unknown>) => problems([target, suspensionFile('2025-2', [suspends('2025-1', '2025-02-01', '2025-02-10')]), suspensionFile('2025-3', [b])]);
    expect(overlap(suspends('2025-1', '2025-02-10', '2025-03-01'))).toEqual([
      '2025-3.md relations[0]: suspends 2025-1 from 2025-02-10 to 2025-03-01, overlapping the suspension by 2025-2 (2025-02-01 to 2025-02-10); record one period, or correct the dates',
    ]);
    expect(overlap(suspends('2025-1', '2025-02-11', '2025-03-01'))).toEqual([]);
    expect(overlap(suspends('2025-1', '2025-02-05', '2025-03-01', { targetClause: '2' }))).toHaveLength(1);
    expect(problems([target, suspensionFile('2025-2', [suspends('2025-1', '2025-02-01', '2025-02-10', { targetClause: '1' })]), suspensionFile('2025-3', [suspends('2025-1', '2025-02-05', '2025-03-01', { targetClause: '2' })])])).toEqual([]);
    // A repeal is not a suspension: no overlap.
    expect(problems([target, suspensionFile('2025-2', [suspends('2025-1', '2025-02-01', '2025-02-10')]), controlFile('2025-3', { relations: [{ type: 'repeals', target: '2025-1', from: '2025-02-05', source: 'copy' }] })])).toEqual([]);
  });
  test('an official sentence must be quoted from the instrument’s own clauses', () => {
    expect(
      problems([
        controlFile('2025-1', {
          published: { date: '2025-01-01', source: 'copy', sentence: '本公告自发布之日起施行。' },
          clauses: [{ id: '1', label: '一', text: '一、测试。', source: 'copy', inForce: { date: '2025-02-01', source: 'copy', sentence: '一项自2025年2月1日起施行。' } }],
          legalBasis: [{ text: '《测试法》', source: 'copy' }],
        }),
      ]),
    ).toEqual([
      '2025-1.md published.sentence: is not part of any clause of this instrument: official sentences are quoted from its clauses',
      '2025-1.md clauses[0].inForce.sentence: is not part of any clause of this instrument: official sentences are quoted from its clauses',
      '2025-1.md legalBasis[0].text: is not part of any clause of this instrument: official sentences are quoted from its clauses',
    ]);
  });
  test('a file outside content/controls/<year>-<number>.md', () => {
    expect(problems([{ ...controlFile('2025-1', {}), file: 'content/controls/misc/2025-1.md' }])).toEqual(['misc/2025-1.md (file): control files must be at content/controls/<year>-<number>.md']);
  });
});
