/** The English numbering of clause labels: every form the content uses, word for word; every real label read; unknown forms refused. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clauseHeadingEn, clauseLabelEn, clauseLabelsEn, clauseRefEn, PART_NAMES_EN, readClauseLabel } from '../../src/lib/controls/clause-labels.ts';
import { ContentError, type ContentProblem } from '../../src/lib/shared/errors.ts';
import { contentFromFiles, readContent, readContentFiles } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const HAN = /\p{Script=Han}/u;

describe('the grammar, form by form', () => {
  test.each([
    // Whole blocks and numbered clauses.
    ['序言', 'preamble'],
    ['正文', 'main text'],
    ['附件目录', 'list of attachments'],
    ['落款', 'signature block'],
    ['结尾段', 'closing paragraph'],
    ['结尾第二段', 'second closing paragraph'],
    ['一', '1'],
    ['九', '9'],
    ['一（一）', '1(1)'],
    ['一（十一）', '1(11)'],
    ['一（二十六）', '1(26)'],
    // Paragraphs and items without a number of their own.
    ['一 第二段', 'second paragraph of 1'],
    ['三 第二段', 'second paragraph of 3'],
    ['三 2', '3, item 2'],
    ['一 技术说明', '1, technical note'],
    // Ranges at each level, and a range across levels.
    ['一（一）1—6', '1(1), items 1–6'],
    ['一（一）7', '1(1), item 7'],
    ['三（二）—（四）', '3(2)–(4)'],
    ['一（二）3（4）', '1(2), item 3(4)'],
    ['一（一）1（3）—3及两个定义', '1(1), item 1(3) to item 3 and two definitions'],
    // What a block holds of the printed part.
    ['一（含（一）、（二））', '1 (including (1) and (2))'],
    ['二（含（一）、（五））', '2 (including (1) and (5))'],
    ['三（引语及（一））', '3 (lead-in and (1))'],
    ['一（二）（含1—5及定义）', '1(2) (including items 1–5 and the definitions)'],
    ['一（一）及1的引语', '1(1) and the lead-in of item 1'],
    ['一（二）及1', '1(2) and item 1'],
    ['一（一）及其第1项', '1(1) and its item 1'],
    ['一（二）2（引语）', '1(2), item 2 (lead-in only)'],
    ['三（不完整）', '3 (incomplete)'],
    ['三（三）（不完整）', '3(3) (incomplete)'],
    ['一（三）1—3（小标题未取得）', '1(3), items 1–3 (heading not held)'],
    ['暂停实施的句子（据报道）', 'suspending sentence (as reported)'],
    // Parts named by what they concern.
    ['钨部分（一）1—3', 'tungsten part (1), items 1–3'],
    ['钨部分（二）及其第1项', 'tungsten part (2) and its item 1'],
    ['钨部分（二）第2项的 a—c（引导句未取得）', 'tungsten part (2), item 2(a)–(c) (lead-in sentence not held)'],
    ['碲部分（一）—（三）', 'tellurium part (1)–(3)'],
    ['原辅料部分（二）', 'raw and auxiliary materials part (2)'],
  ])('%s → %s', (label, en) => {
    expect(readClauseLabel(label)).toBe(en);
  });

  test('forms it does not know are not guessed: a new note, an unknown part, a bracket left open, a number past 99', () => {
    for (const label of ['一（待定）', '锑部分（一）', '一（含（一）', '一百', '第一条', '一（一）又及', '']) expect(readClauseLabel(label), label).toBeUndefined();
  });
});

describe('labels as the pages and downloads use them', () => {
  test('a heading is capitalised; a reference in running text says "clause" before a number and "the" before a block', () => {
    expect(clauseHeadingEn({ id: 'preamble', label: '序言' })).toBe('Preamble');
    expect(clauseHeadingEn({ id: '1-p2', label: '一 第二段' })).toBe('Second paragraph of 1');
    expect(clauseRefEn({ id: '1-1', label: '一（一）' })).toBe('clause 1(1)');
    expect(clauseRefEn({ id: '1-p2', label: '一 第二段' })).toBe('the second paragraph of clause 1');
    expect(clauseRefEn({ id: 'preamble', label: '序言' })).toBe('the preamble');
    expect(clauseRefEn({ id: 'w-3', label: '钨部分（三）' })).toBe('tungsten part (3)');
  });
  test('total: a label the grammar cannot read still gets English, from the site\'s own id, said as such', () => {
    expect(clauseLabelEn({ id: 'x-1', label: '一（待定）' })).toBe('clause with our id “x-1”');
  });
  test('open data: each clause with its label and its English', () => {
    expect(clauseLabelsEn([{ id: '1-1', label: '一（一）' }, { id: 'closing-1', label: '结尾第一段' }])).toEqual([
      { id: '1-1', label: '一（一）', labelEn: '1(1)' },
      { id: 'closing-1', label: '结尾第一段', labelEn: 'first closing paragraph' },
    ]);
  });
});

describe('the real content', () => {
  const content = buildSiteContent(readContent(PROJECT));
  const clauses = content.controls.instruments.flatMap((i) => i.clauses);

  test('every clause label is read by the grammar, into English with no Chinese character', () => {
    expect(clauses.length).toBeGreaterThan(150);
    for (const c of clauses) {
      const en = readClauseLabel(c.label);
      expect(en, `${c.instrument} ${c.id} ${c.label}`).toBeDefined();
      expect(HAN.test(en!), `${c.instrument} ${c.id} ${c.label} → ${en}`).toBe(false);
      expect(c.labelEn, `${c.instrument} ${c.id}`).toBe(en);
    }
  });

  test('no two clauses of one announcement share an English label', () => {
    for (const inst of content.controls.instruments) {
      const labels = inst.clauses.map((c) => c.labelEn);
      expect(labels.filter((l, i) => labels.indexOf(l) !== i), inst.id).toEqual([]);
    }
  });

  test('the parts named by an element take the glossary\'s English', () => {
    for (const [zh, en] of Object.entries(PART_NAMES_EN)) {
      expect(content.glossary.terms.find((t) => t.zh === zh)?.en, zh).toBe(en);
    }
  });
});

describe('the content check', () => {
  test('a clause label the grammar cannot read stops the check with file, field and reason', () => {
    const files = readContentFiles(fixtureRoot('controls-basic'));
    const f = 'content/controls/2001-1.md';
    expect(files.get(f)).toContain('label: 一（一）');
    files.set(f, files.get(f)!.replace('label: 一（一）', 'label: 一（甲）'));
    let problems: ContentProblem[] = [];
    try {
      buildSiteContent(contentFromFiles(files));
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems = e.problems;
    }
    expect(problems).toEqual([
      {
        file: f,
        field: 'clauses[1].label',
        reason: 'the English numbering (src/lib/controls/clause-labels.ts) cannot read this label: write the numbering as printed (一, 一（一）, 一（一）1—3) or one of the block names (序言, 一 第二段, 结尾第一段…), or teach the grammar the new form',
      },
    ]);
  });
});
