/**
 * Each check of one control file (src/lib/controls/schemas.ts), word for word: the field it names and the reason it
 * gives, on a fictional file that breaks that one rule (tests/helpers/control-files.ts). A file that breaks none passes.
 */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import { ContentError } from '../../src/lib/shared/errors.ts';
import { controlFile, suspends } from '../helpers/control-files.ts';

const C = [{ id: '1', label: '一', text: '一、测试技术甲，测试技术乙。', source: 'copy' }];
const REPORT = [{ id: 'report', title: '测试报道', grade: 'C' }];
const problems = (data: Record<string, unknown>): string[] => {
  try {
    buildControls([controlFile('2025-1', data), controlFile('2025-2', {})]);
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.field}: ${p.reason}`);
    throw e;
  }
  return [];
};
const DECLARED = 'declared: copy, news';

describe('a file that breaks no rule', () => {
  test('passes', () => expect(problems({})).toEqual([]));
});

describe('dates', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a date without its source', { published: { date: '2025-01-01' } }, ['published.source: is required when a date is given']],
    ['onPublication without a source', { inForce: { onPublication: true } }, ['inForce.source: is required when a date is given']],
    ['a month without a source', { published: { month: '2025-01' }, inForce: {} }, ['published.source: is required when a date is given']],
    ['a month beside a date', { published: { date: '2025-01-01', month: '2025-01', source: 'copy' } }, ['published.month: is only for a fact whose day is not known: give either date (or onPublication) or month']],
    ['a month beside onPublication', { inForce: { onPublication: true, month: '2025-01', source: 'copy' } }, ['inForce.month: is only for a fact whose day is not known: give either date (or onPublication) or month']],
    ['a date and onPublication', { inForce: { date: '2025-01-01', onPublication: true, source: 'copy' } }, ['inForce.onPublication: give either date or onPublication, not both']],
    ['in force before publication', { inForce: { date: '2024-12-31', source: 'copy' } }, ['inForce.date: is before the publication date']],
    ['in force on publication without a publication date', { published: {} }, ['inForce.onPublication: needs a publication date']],
    ['a later report not after the horizon', { laterReports: [{ date: '2026-06-17', report: '报道', source: 'news' }] }, ['laterReports[0].date: is 2026-06-17, not after checkedThrough (2026-06-17): a report the sources were searched through belongs in the sources, not among later reports']],
  ];
  test.each(cases)('%s', (_name, data, expected) => expect(problems(data)).toEqual(expected));
  test('in force on the day of publication, and a later report the day after the horizon, pass', () => {
    expect(problems({ inForce: { date: '2025-01-01', source: 'copy' } })).toEqual([]);
    expect(problems({ laterReports: [{ date: '2026-06-18', report: '报道', source: 'news' }] })).toEqual([]);
  });
});

describe('references to sources, clauses and items', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a source declared twice', { sources: [{ id: 'copy', title: '甲', grade: 'B' }, { id: 'copy', title: '乙', grade: 'B' }] }, ['sources[1].id: repeats source id copy']],
    ['a fact from an undeclared source', { published: { date: '2025-01-01', source: 'nope' } }, [`published.source: names source "nope", which is not in sources (${DECLARED})`]],
    ['a clause from a grade C source', { sources: [...REPORT, { id: 'copy', title: '副本', grade: 'B' }], clauses: [{ ...C[0], source: 'report' }] }, ['clauses[0].source: names source "report" of grade C; official wording is published only from grade A or B sources']],
    ['an official sentence from a grade B- source', { published: { date: '2025-01-01', source: 'news', sentence: '一、测试技术甲' } }, ['published.source: names source "news" of grade B-; official wording is published only from grade A or B sources']],
    ['a date alone from a grade B- source', { published: { date: '2025-01-01', source: 'news' } }, []],
    ['a clause’s own day from an undeclared source', { clauses: [{ ...C[0], inForce: { date: '2025-02-01', source: 'nope' } }] }, [`clauses[0].inForce.source: names source "nope", which is not in sources (${DECLARED})`]],
    ['a clause’s own sentence from a B- source', { clauses: [{ ...C[0], inForce: { date: '2025-02-01', source: 'news', sentence: '测试技术甲' } }] }, ['clauses[0].inForce.source: names source "news" of grade B-; official wording is published only from grade A or B sources']],
    ['corroboration by an undeclared source', { clauses: [{ ...C[0], corroboration: ['nope'] }] }, [`clauses[0].corroboration[0]: names source "nope", which is not in sources (${DECLARED})`]],
    ['the legal basis from a B- source', { clauses: C, legalBasis: [{ text: '测试技术甲', source: 'news' }] }, ['legalBasis[0].source: names source "news" of grade B-; official wording is published only from grade A or B sources']],
    ['a clause id twice', { clauses: [C[0], { ...C[0], label: '二' }] }, ['clauses[1].id: repeats clause id 1']],
    ['a quote with a clause’s id, from a B- source', { quotes: [{ id: '1', label: '答记者问', speaker: 'spokesperson', text: '答：测试。', source: 'news' }] }, ['quotes[0].id: repeats id 1', 'quotes[0].source: names source "news" of grade B-; official wording is published only from grade A or B sources']],
    ['a gap after an unknown clause; at the start is fine', { notHeld: [{ after: 'start', what: '开头' }, { after: '9', what: '缺' }] }, ['notHeld[1].after: names clause "9", which is not among the clauses']],
    ['a gap in an unknown item', { notHeld: [{ item: 'x', what: '缺' }] }, ['notHeld[0].item: names item "x", which is not among the items']],
    ['an item of an unknown clause', { items: [{ id: 'a', clause: '9', kind: 'technology', text: '测试' }] }, ['items[0].clause: names clause "9", which is not among the clauses']],
    ['an item id twice', { clauses: C, items: [{ id: 'a', clause: '1', kind: 'technology', text: '测试技术甲' }, { id: 'a', clause: '1', kind: 'goods', text: '测试技术乙' }] }, ['items[1].id: repeats item id a']],
    ['an item not copied from its clause', { clauses: C, items: [{ id: 'a', clause: '1', kind: 'technology', text: '测试技术丙' }] }, ["items[0].text: is not part of the text of clause 1: an item's wording must be copied from its clause"]],
    ['an item of an unknown kind', { clauses: C, items: [{ id: 'a', clause: '1', kind: 'service', text: '测试技术甲' }] }, ['items[0].kind: must be technology or goods']],
    ['a later report from an undeclared source, of an unknown clause', { laterReports: [{ date: '2026-07-01', report: '报道', source: 'nope', clause: '9' }] }, [`laterReports[0].source: names source "nope", which is not in sources (${DECLARED})`, 'laterReports[0].clause: names clause "9", which is not among the clauses']],
    ['a repeal of unlisted instruments from an undeclared source, by an unknown clause', { repealsUnlisted: [{ from: '2025-06-01', source: 'nope', clause: '9', what: '附件所列公告' }] }, [`repealsUnlisted[0].source: names source "nope", which is not in sources (${DECLARED})`, 'repealsUnlisted[0].clause: names clause "9", which is not among the clauses']],
  ];
  test.each(cases)('%s', (_name, data, expected) => expect(problems(data)).toEqual(expected));
});

describe('relations', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a suspension without its last day', { relations: [{ type: 'suspends', target: '2025-2', from: '2025-02-01', source: 'copy' }] }, ['relations[0].until: is required for a suspension: the last day of the period']],
    ['a last day on a repeal', { relations: [{ type: 'repeals', target: '2025-2', from: '2025-02-01', until: '2025-03-01', source: 'copy' }] }, ['relations[0].until: is only for suspensions']],
    ['a source of the last day on a repeal', { relations: [{ type: 'repeals', target: '2025-2', from: '2025-02-01', untilSource: 'news', source: 'copy' }] }, ['relations[0].untilSource: is only for suspensions']],
    ['a period that ends before it starts', { relations: [suspends('2025-2', '2025-02-10', '2025-02-09')] }, ['relations[0].until: is before from']],
    ['an unknown type', { relations: [{ type: 'amends', target: '2025-2', from: '2025-02-01', source: 'copy' }] }, ['relations[0].type: must be one of repeals, suspends, disapplies, updates-list, concerns']],
    ['undeclared sources of the relation, its dates and its last day; an unknown clause', { relations: [suspends('2025-2', '2025-02-01', '2025-02-10', { source: 'x', datesSource: 'y', untilSource: 'z', clause: '9' })] }, [
      'relations[0].source: names source "x", which is not in sources (declared: copy, news)',
      'relations[0].datesSource: names source "y", which is not in sources (declared: copy, news)',
      'relations[0].untilSource: names source "z", which is not in sources (declared: copy, news)',
      'relations[0].clause: names clause "9", which is not among the clauses',
    ]],
    ['a relation to itself', { relations: [{ type: 'concerns', target: '2025-1', from: '2025-02-01', source: 'copy' }] }, ['relations[0].target: names this instrument itself']],
    ['a suspension instrument that suspends nothing', { kind: 'suspension', relations: [{ type: 'concerns', target: '2025-2', from: '2025-02-01', source: 'copy' }] }, ['relations: must name what a suspension suspends (a relation of type suspends)']],
  ];
  test.each(cases)('%s', (_name, data, expected) => expect(problems(data)).toEqual(expected));
  test('a period of one day passes', () => expect(problems({ relations: [suspends('2025-2', '2025-02-10', '2025-02-10')] })).toEqual([]));
});
