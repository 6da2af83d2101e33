/** The sentence each status gets on the pages, word for word: what the reader is told for every state. */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import { describeStatus } from '../../src/lib/controls/labels.ts';
import { statusOn } from '../../src/lib/controls/status.ts';
import { loadSiteFixture } from '../helpers/fixtures.ts';

const { controls } = loadSiteFixture('controls-basic');
const name = (id: string) => `测试公告${id}`;
const say = (id: string, date: string, clause?: string) => describeStatus(statusOn(controls.byId.get(id)!, date, clause), name);

describe('status sentences (fixture: 2001-1 in force on 2001-03-01, suspended by 2001-2 from 2001-06-01 to 2001-09-30; sources checked to 2001-12-31)', () => {
  test.each([
    ['2001-02-28', '当日尚未发布。'],
    ['2001-03-01', '施行中：自2001年3月1日起施行，本站未找到此后暂停、终止或废止的记录。'],
    ['2001-06-01', '暂停实施：测试公告2001-2规定自2001年6月1日起至2001年9月30日暂停实施。'],
    ['2001-10-01', '状态未知：测试公告2001-2规定的暂停期已于2001年9月30日届满。此后是延长、恢复施行还是被其他公告取代，本站没有资料，未经核实。请以商务部公布的信息为准。'],
  ])('%s', (date, sentence) => {
    expect(say('2001-1', date)).toBe(sentence);
  });
  test('the suspension itself, once its period has run out', () => {
    expect(say('2001-2', '2001-10-01')).toBe('期限已届满：本公告规定的暂停期已于2001年9月30日届满。此后是否另有公告，本站没有资料，未经核实。');
  });
  test('an instrument whose dates are not held', () => {
    expect(say('2001-3', '2001-05-01')).toBe('状态未知：本站未取得其发布日期和施行日期。');
  });
  test('not yet in force, repealed, and after the search horizon', () => {
    const c = buildControls([
      { file: 'content/controls/2002-1.md', body: '', data: { id: '2002-1', kind: 'measure', subject: '测试', checkedThrough: '2002-12-31', published: { date: '2002-01-01', source: 's' }, inForce: { date: '2002-02-01', source: 's' }, sources: [{ id: 's', title: '测试', grade: 'C' }] } },
      { file: 'content/controls/2002-2.md', body: '', data: { id: '2002-2', kind: 'measure', subject: '测试', checkedThrough: '2002-12-31', published: { date: '2002-05-01', source: 's' }, sources: [{ id: 's', title: '测试', grade: 'C' }], relations: [{ type: 'repeals', target: '2002-1', from: '2002-06-01', source: 's' }] } },
    ]);
    const at = (d: string) => describeStatus(statusOn(c.byId.get('2002-1')!, d), name);
    expect(at('2002-01-15')).toBe('已发布，尚未施行：自2002年2月1日起施行。');
    expect(at('2002-03-01')).toBe('施行中：自2002年2月1日起施行，本站未找到此后暂停、终止或废止的记录。');
    expect(at('2002-06-01')).toBe('已废止：自2002年6月1日起由测试公告2002-2废止。');
    expect(describeStatus(statusOn(c.byId.get('2002-2')!, '2003-01-01'), name)).toBe('状态未知：已发布，但本站未取得其施行日期。');
  });
});
