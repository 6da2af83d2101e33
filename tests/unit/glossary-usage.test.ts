/** The public glossary: each term's anchor and where the held wording uses it; the abbreviations a page spells out; issuers as the glossary names them. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ISSUER_EN } from '../../src/lib/controls/labels.ts';
import { abbreviationsIn, glossaryAnchor, glossaryUses } from '../../src/lib/site/glossary-usage.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';

const content = buildSiteContent(readContent(fileURLToPath(new URL('../../', import.meta.url))));
const { glossary } = content;
const uses = glossaryUses(glossary, content.catalogue, content.controls);
const use = (zh: string) => uses.find((u) => u.term.zh === zh)!;

describe('the glossary page', () => {
  test('every term, in the glossary\'s order, with an anchor of its own made from its English', () => {
    expect(uses.map((u) => u.term.zh)).toEqual(glossary.terms.map((t) => t.zh));
    expect(glossaryAnchor({ en: 'MOFCOM' })).toBe('mofcom');
    expect(glossaryAnchor({ en: "Regulations on the Export Control of Dual-Use Items" })).toBe('regulations-on-the-export-control-of-dual-use-items');
    const anchors = uses.map((u) => u.anchor);
    expect(anchors.filter((a, i) => anchors.indexOf(a) !== i)).toEqual([]);
    for (const a of anchors) expect(a).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every term has our one-line note in Chinese and in English', () => {
    for (const t of glossary.terms) {
      expect(t.note, t.zh).toBeTruthy();
      expect(t.noteEn, t.zh).toBeTruthy();
      expect(t.noteEn!.length, t.zh).toBeLessThan(320);
    }
  });

  test('where a term is used: announcements, entries, industry headings, editions', () => {
    expect(use('商务部').instruments).toContain('2025-62');
    expect(use('科技部').editions).toEqual(content.catalogue.editions.filter((e) => e.data.instrument.includes('科技部')).map((e) => e.id));
    expect(use('科技部').editions.length).toBeGreaterThan(0);
    expect(use('钨').instruments).toEqual(['2025-10']);
    expect(use('医药制造业').industries).toEqual(['医药制造业']);
    expect(use('无人机').entries.map((v) => v.key)).toContain('uav');
    // An entry is listed once, in the newest edition that holds the term.
    const keys = use('稀土').entries.map((v) => v.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('abbreviations', () => {
  test('the glossary\'s abbreviations a text uses as words, in glossary order; "most" in prose is not MOST', () => {
    expect(abbreviationsIn(glossary, 'MOFCOM & MOST Announcement; GAC').map((t) => t.en)).toEqual(['MOFCOM', 'GAC', 'MOST']);
    expect(abbreviationsIn(glossary, 'most announcements, MOFCOMX')).toEqual([]);
    for (const t of abbreviationsIn(glossary, 'MOFCOM GAC MOST MIIT COSTIND SASTIND CMC')) expect(t.full, t.en).toBeTruthy();
  });

  test('each issuer the pages name in English is named as the glossary names it', () => {
    for (const [zh, en] of Object.entries(ISSUER_EN)) {
      const term = glossary.terms.find((t) => t.zh === zh);
      expect(term, zh).toBeDefined();
      expect([term!.en, ...term!.also], zh).toContain(en);
    }
  });
});
