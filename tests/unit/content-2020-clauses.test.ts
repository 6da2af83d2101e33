/** The real content: clauses 1–5 of 公告2020年第38号 applied to the 2008 entries we hold. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';

const cat = buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const codes2020 = versionsIn(cat, '2020').map((v) => v.code);

describe('2020 = 2008 + adjustment list', () => {
  test('clauses 1, 3 and 4 delete 050302J, 052701J and 052702J', () => {
    for (const code of ['050302J', '052701J', '052702J']) {
      expect(versionsIn(cat, '2008').map((v) => v.code)).toContain(code);
      expect(codes2020).not.toContain(code);
    }
  });

  test('clause 2 rewords control point 1 of 050304J', () => {
    const silk = versionsIn(cat, '2020').find((v) => v.code === '050304J')!;
    expect(silk.controlPoints[0]).toMatchObject({ n: 1, text: '除杂交一代蚕品种以外的蚕遗传资源', anchor: 'cp-1' });
  });

  test('clause 5 leaves 052705J in an uncertain state, neither deleted nor unchanged', () => {
    const v = versionsIn(cat, '2020').find((x) => x.code === '052705J')!;
    expect(v.uncertain?.clause).toMatchObject({ n: 5, certainty: 'uncertain', wordingComplete: false });
    expect(cat.removals.some((r) => r.key === v.key)).toBe(false);
  });

  test('信息处理技术 keeps its identity across the 2023 renumbering', () => {
    const v2023 = versionsIn(cat, '2023').find((v) => v.key === 'information-processing')!;
    expect([v2023.code, v2023.formerCodes]).toEqual(['086501X', ['056101X']]);
    expect(versionsIn(cat, '2020').find((v) => v.key === 'information-processing')!.code).toBe('056101X');
  });
});
