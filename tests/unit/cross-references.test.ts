/** The site's own cross-references: entries, items and clauses joined across the regimes and between announcements; bad links word for word. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { ControlClause, ControlItem } from '../../src/lib/controls/model.ts';
import { crossRefsForEntry, crossRefsForInstrument, crossRefsForItem, otherItems, type CrossReference } from '../../src/lib/site/cross-references.ts';
import { ContentError, type ContentProblem } from '../../src/lib/shared/errors.ts';
import { contentFromFiles, readContent, readContentFiles } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const site = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const refs = site.crossReferences;
const item = (inst: string, id: string) => site.controls.byId.get(inst)!.items.find((it) => it.id === id)!;
const places = (id: string) => {
  const r = refs.find((x) => x.id === id)!;
  return [...r.entries, ...r.items.map((it) => it.codes.join() || `${it.instrument}#${it.id}`), ...r.clauses.map((c) => `${c.instrument}#${c.id}`)];
};

describe('the links the search issue asks for, judged from the held wording', () => {
  test('the battery-cathode entry and the cathode-material items of 2025 No.58 (clause 二), not 3E901.a (battery technology)', () => {
    expect(places('battery-cathode-materials')).toEqual(['battery-cathode-materials', '3C901.a.1', '3C901.a.2', '3C901.a.3', '3B901.b']);
    expect(crossRefsForItem(refs, item('2025-58', '1-3'))).toEqual([]);
  });
  test('the drone entry and clauses 一 and 二 of 2024 No.31 (an announcement held without items)', () => {
    expect(places('drones')).toEqual(['uav', '2024-31#1', '2024-31#2']);
    expect(crossRefsForInstrument(refs, '2024-31').map((r) => r.id)).toEqual(['drones']);
    expect(crossRefsForEntry(refs, 'uav').map((r) => r.id)).toEqual(['drones']);
  });
  test('the superhard-material technologies of 2024 No.33 and 2025 No.55 point to each other, item to item', () => {
    expect(places('artificial-diamond-single-crystals')).toEqual(['2024-33#1-2-5', '2C902.b']);
    expect(places('superhard-material-technologies')).toEqual(['2024-33#1-2-5', '2024-33#1-2-6', '2E902']);
    const [link] = crossRefsForItem(refs, item('2025-55', '6'));
    expect(otherItems(link!, item('2025-55', '6')).map((it) => `${it.instrument}#${it.id}`)).toEqual(['2024-33#1-2-5', '2024-33#1-2-6']);
  });
  test('every reason is our prose with its English, and says that neither side stands in for the other', () => {
    for (const r of refs) {
      expect(r.reasonEn, r.id).toBeTruthy();
      expect(r.reason, r.id).toMatch(/不能代替/);
      expect(r.reasonEn, r.id).toMatch(/can stand in for/);
    }
  });
});

describe('bad links stop the content check with file, field and reason', () => {
  const problemsOf = (links: string): ContentProblem[] => {
    const files = readContentFiles(fixtureRoot('controls-basic'));
    files.set('content/cross-references.md', `---\nlinks:\n${links}---\n`);
    try {
      buildSiteContent(contentFromFiles(files));
    } catch (e) {
      if (e instanceof ContentError) return e.problems;
      throw e;
    }
    return [];
  };
  test('a link whose places are all in one document', () => {
    expect(problemsOf('  - id: one\n    items: ["2001-1#1-1"]\n    clauses: ["2001-1#2"]\n    reason: 同一份公告。\n')).toEqual([
      { file: 'content/cross-references.md', field: 'links[0]', reason: 'needs places in at least two documents (catalogue entries, items or clauses of two announcements): a link joins the catalogue to an announcement, or two announcements' },
    ]);
  });
  test('a clause that does not exist, and a clause written without its announcement', () => {
    expect(problemsOf('  - id: two\n    entries: [test-a]\n    clauses: ["2001-1#9", "1-1"]\n    reason: 测试。\n')).toEqual([
      { file: 'content/cross-references.md', field: 'links[0].clauses[1]', reason: 'must be <instrument>#<clause>, e.g. 2025-62#1-1' },
    ]);
    expect(problemsOf('  - id: two\n    entries: [test-a]\n    clauses: ["2001-1#9"]\n    reason: 测试。\n')).toEqual([
      { file: 'content/cross-references.md', field: 'links[0].clauses[0]', reason: 'names 2001-1#9, which is no clause of an announcement (instrument 2001-1, clause 9)' },
    ]);
  });
  test('an item that its announcement does not hold, and one of an announcement that does not exist', () => {
    expect(problemsOf('  - id: three\n    entries: [test-a]\n    items: ["2001-1#9-9", "2009-9#1-1"]\n    reason: 测试。\n')).toEqual([
      { file: 'content/cross-references.md', field: 'links[0].items[0]', reason: 'names 2001-1#9-9, which is no control item (instrument 2001-1, item 9-9)' },
      { file: 'content/cross-references.md', field: 'links[0].items[1]', reason: 'names 2009-9#1-1, which is no control item (instrument 2009-9, item 1-1)' },
    ]);
  });
});

describe('a good link as the pages get it', () => {
  const linksOf = (links: string) => {
    const files = readContentFiles(fixtureRoot('controls-basic'));
    files.set('content/cross-references.md', `---\nlinks:\n${links}---\n`);
    return buildSiteContent(contentFromFiles(files)).crossReferences;
  };
  test('its entry, its item, its clause and its reason; the English reason only when written', () => {
    const [withEn, without] = linksOf(
      '  - id: one\n    entries: [test-a]\n    items: ["2001-1#1-1"]\n    reason: 测试理由。\n    reasonEn: A test reason.\n' +
        '  - id: two\n    entries: [test-a]\n    clauses: ["2001-2#operative"]\n    reason: 测试理由二。\n',
    );
    expect([withEn!.id, withEn!.entries, withEn!.items.map((it) => `${it.instrument}#${it.id}`), withEn!.clauses, withEn!.reason, withEn!.reasonEn]).toEqual(['one', ['test-a'], ['2001-1#1-1'], [], '测试理由。', 'A test reason.']);
    expect([without!.id, without!.items, without!.clauses.map((c) => `${c.instrument}#${c.id}`), without!.reason]).toEqual(['two', [], ['2001-2#operative'], '测试理由二。']);
    expect('reasonEn' in without!).toBe(false);
  });
});

describe('finding the links of a page (hand-made links)', () => {
  const it_ = (instrument: string, id: string) => ({ instrument, id }) as ControlItem;
  const cl = (instrument: string, id: string) => ({ instrument, id }) as ControlClause;
  const a = { id: 'a', entries: ['k-1'], items: [it_('2001-1', '1-1'), it_('2001-2', '1-2')], clauses: [], reason: '' } as CrossReference;
  const b = { id: 'b', entries: ['k-2'], items: [it_('2001-2', '1-1')], clauses: [cl('2001-3', '2')], reason: '' } as CrossReference;
  test('by entry key, by item (instrument and id both), by announcement of a clause', () => {
    expect(crossRefsForEntry([a, b], 'k-2').map((r) => r.id)).toEqual(['b']);
    expect(crossRefsForItem([a, b], it_('2001-2', '1-1')).map((r) => r.id)).toEqual(['b']);
    expect(crossRefsForItem([a, b], it_('2001-1', '1-2')).map((r) => r.id)).toEqual([]);
    expect(crossRefsForInstrument([a, b], '2001-3').map((r) => r.id)).toEqual(['b']);
    expect(crossRefsForInstrument([a, b], '2001-1').map((r) => r.id)).toEqual([]);
  });
  test('the other items of a link: every item but the one seen from, matched on instrument and id', () => {
    expect(otherItems(a, it_('2001-1', '1-1')).map((x) => `${x.instrument}#${x.id}`)).toEqual(['2001-2#1-2']);
    expect(otherItems(a, it_('2001-1', '1-2')).map((x) => `${x.instrument}#${x.id}`)).toEqual(['2001-1#1-1', '2001-2#1-2']);
  });
});
