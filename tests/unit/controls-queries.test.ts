/** The questions the pages ask of the announcements (src/lib/controls/queries.ts), on a fictional file with gaps and items. */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import { generalGaps, hiddenTechnologies, horizonOf, instrumentOf, itemsOfClause, technologyItems, textWithGaps } from '../../src/lib/controls/queries.ts';
import { controlFile } from '../helpers/control-files.ts';

const model = () =>
  buildControls([
    controlFile('2025-1', {
      clauses: [
        { id: '1', label: '一', text: '一、测试技术甲。', source: 'copy' },
        { id: '2', label: '二', text: '二、测试货物乙。', source: 'copy' },
      ],
      items: [
        { id: 'a', clause: '1', kind: 'technology', codes: ['1E901.a'], text: '测试技术甲' },
        { id: 'b', clause: '2', kind: 'goods', codes: ['1C901.a'], text: '测试货物乙' },
      ],
      notHeld: [
        { after: '2', what: '二之后的一段' },
        { what: '附件一', items: 'technology' },
        { after: 'start', what: '标题' },
        { what: '附件二', items: 'goods' },
        { after: '1', what: '一之后的一段', items: 'both' },
      ],
    }),
    controlFile('2025-2', { checkedThrough: '2026-05-01' }),
  ]);

describe('the text with its gaps', () => {
  test('gaps at the start, then each clause followed by the gaps placed after it; gaps without a place left out', () => {
    const t = textWithGaps(model().byId.get('2025-1')!).map((x) => (x.kind === 'clause' ? `clause ${x.clause.id}` : `gap ${x.gap.what}`));
    expect(t).toEqual(['gap 标题', 'clause 1', 'gap 一之后的一段', 'clause 2', 'gap 二之后的一段']);
  });
  test('the gaps of the whole are those without a place', () => {
    expect(generalGaps(model().byId.get('2025-1')!).map((g) => g.what)).toEqual(['附件一', '附件二']);
  });
});

describe('items and technologies', () => {
  test('items by clause; technologies only; hidden technologies where a gap holds technology or both', () => {
    const c = model();
    const inst = c.byId.get('2025-1')!;
    expect(itemsOfClause(inst, '2').map((i) => i.id)).toEqual(['b']);
    expect(itemsOfClause(inst, '9')).toEqual([]);
    expect(technologyItems(c).map((i) => i.id)).toEqual(['a']);
    expect(hiddenTechnologies(c).map(({ inst: i, gap }) => `${i.id} ${gap.what}`)).toEqual(['2025-1 附件一', '2025-1 一之后的一段']);
    expect(instrumentOf(c, c.items[1]!).id).toBe('2025-1');
  });
});

describe('the horizon of the whole section', () => {
  test('the earliest day any announcement’s sources were searched to; nothing when there is no announcement', () => {
    expect(horizonOf(model())).toBe('2026-05-01');
    expect(horizonOf(buildControls([]))).toBe('');
  });
});
