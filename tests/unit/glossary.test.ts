/** English renderings: the glossary's terms, codes and numbers, and English-only fields — errors tested word for word. */
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/shared/errors.ts';
import { checkRenderings, checkSpelling, readGlossary, renderingProblems, spellingProblems, termEn, type Glossary } from '../../src/lib/site/glossary.ts';
import type { ContentProblem } from '../../src/lib/shared/errors.ts';
import { fileURLToPath } from 'node:url';
import { contentFromFiles, readContent, readContentFiles } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { translationCounts } from '../../src/lib/site/translations.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** The problems the content check stops with on these files (it must stop with a ContentError). */
const problemsOf = (files: Map<string, string>): ContentProblem[] => {
  try {
    buildSiteContent(contentFromFiles(files));
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  throw new Error('the content check passed, but it should have stopped');
};

const G: Glossary = {
  file: 'content/glossary.md',
  terms: [
    { zh: '稀土', en: 'rare earth', also: ['rare-earth'], not: [] },
    { zh: '医药制造业', en: 'Manufacture of medicines', also: [], not: [] },
    { zh: '序号', en: 'serial number', also: [], not: ['sequence number'] },
  ],
  spellings: [{ use: 'vapour', not: ['vapor'] }],
};

describe('one rendering', () => {
  test('a glossary term rendered as the glossary says, in any case or an accepted form, passes', () => {
    expect(renderingProblems(G, '稀土冶炼分离技术', 'Rare earth smelting and separation technology')).toEqual([]);
    expect(renderingProblems(G, '稀土冶炼分离技术', 'rare-earth smelting and separation technology')).toEqual([]);
  });
  test('a term rendered otherwise is refused, naming the term, the rendering and the glossary', () => {
    expect(renderingProblems(G, '稀土冶炼分离技术', 'Lanthanide smelting technology')).toEqual(['renders 稀土 without the glossary\'s "rare earth" (content/glossary.md)']);
  });
  test('codes and numbers must be kept; month numbers are exempt (English names the month)', () => {
    expect(renderingProblems(G, '管制编码1E902.a，自2025年10月9日起', 'control code 1E902.a, from 9 October 2025')).toEqual([]);
    expect(renderingProblems(G, '管制编码1E902.a', 'control code 1E902')).toEqual(['leaves out 1E902.a, which the Chinese has: codes and numbers are kept as they are']);
    // The day of a date is a number like any other: a rendering that changes it is refused.
    expect(renderingProblems(G, '自2025年10月9日起', 'from 19 October 2025')).toEqual(['leaves out 9, which the Chinese has: codes and numbers are kept as they are']);
    expect(renderingProblems(G, '2025年10月9日至2026年11月10日', 'from 9 October 2025 to 11 November 2026')).toEqual(['leaves out 10, which the Chinese has: codes and numbers are kept as they are']);
  });
  test('a heading used whole takes its English from the glossary', () => {
    expect(termEn(G, '医药制造业')).toBe('Manufacture of medicines');
    expect(termEn(G, '畜牧业')).toBeUndefined();
  });
});

describe('renderings in content files', () => {
  test('are found wherever they stand, and reported with file, field and reason', () => {
    const problems: ContentProblem[] = [];
    checkRenderings(G, [{ file: 'content/controls/2099-1.md', body: '', data: { clauses: [{ text: '稀土技术', en: 'Lanthanide technology' }], items: [{ text: '稀土', en: 'rare earth' }] } }], problems);
    expect(problems).toEqual([{ file: 'content/controls/2099-1.md', field: 'clauses[0].en', reason: 'renders 稀土 without the glossary\'s "rare earth" (content/glossary.md)' }]);
  });
  test('a rendering with Chinese in it, or a glossary repeating a term, fails the content check word for word', () => {
    const problems: ContentProblem[] = [];
    readGlossary([{ file: 'content/glossary.md', body: '', data: { terms: [{ zh: '稀土', en: 'rare earth' }, { zh: '稀土', en: 'rare earths' }, { zh: '锂', en: '锂 lithium' }] } }], problems);
    expect(problems).toEqual([
      { file: 'content/glossary.md', field: 'terms[2].en', reason: 'must be English: no Chinese characters (the Chinese stays in its own field)' },
      { file: 'content/glossary.md', field: 'terms[1].zh', reason: 'repeats 稀土, already terms[0]' },
    ]);
  });
  test('the project\'s content passes the check', () => {
    expect(() => buildSiteContent(readContent(PROJECT))).not.toThrow();
  }, 60_000);
  test('the counts of renderings (the coverage page): what is held, and of it what is translated, never more', () => {
    const files = readContentFiles(fixtureRoot('prose-en'));
    const edit = (f: string, from: string, to: string) => {
      expect(files.get(f), f).toContain(from);
      files.set(f, files.get(f)!.replace(from, to));
    };
    // One clause and the item of 2001-1 rendered; 2001-2 given a title with its rendering; one clause left without.
    edit('content/controls/2001-1.md', '    text: 一、以下测试物项未经许可不得出口：\n', '    text: 一、以下测试物项未经许可不得出口：\n    en: "1. The following test items may not be exported without a licence:"\n');
    edit('content/controls/2001-1.md', '    text: 用于生产测试物项的技术。\n', '    text: 用于生产测试物项的技术。\n    en: Technology for producing the test items.\n');
    edit('content/controls/2001-2.md', 'published: {', 'title: { text: 暂停实施测试公告的公告, source: copy, en: Announcement suspending the test announcement }\npublished: {');
    const { catalogue, controls } = buildSiteContent(contentFromFiles(files));
    expect(translationCounts(catalogue, controls)).toEqual([
      // test-a (nameEn written) and test-b (none), one edition.
      { kind: 'entry-names', held: 2, translated: 1 },
      // test-a's point 1 (en written) and test-b's point 1 (none).
      { kind: 'control-points', held: 2, translated: 1 },
      // Only 2001-2 has a title.
      { kind: 'instrument-titles', held: 1, translated: 1 },
      // 2001-1: clauses 1 (rendered), 1-1 and 3; 2001-2: operative.
      { kind: 'clauses', held: 4, translated: 1 },
      { kind: 'items', held: 1, translated: 1 },
      // The fixture has no adjustment list: no amendment clauses, no deleted entries' names.
      { kind: 'amendment-clauses', held: 0, translated: 0 },
      { kind: 'deleted-names', held: 0, translated: 0 },
    ]);
  });
  test('a rendering that drops a code stops the content check with file, field and reason', () => {
    const files = readContentFiles(fixtureRoot('controls-basic'));
    const f = 'content/controls/2001-1.md';
    files.set(f, files.get(f)!.replace('    text: （一）9E901.a 用于生产测试物项的技术。', '    text: （一）9E901.a 用于生产测试物项的技术。\n    en: (1) Technology for producing the test items.'));
    expect(problemsOf(files)).toEqual([{ file: f, field: 'clauses[1].en', reason: 'leaves out 9E901.a, which the Chinese has: codes and numbers are kept as they are' }]);
  });
});

describe('our own prose in English (noteEn, missingEn, bodyEn…)', () => {
  test('each English field is checked against the Chinese beside it: a note, a list item, a Markdown body', () => {
    const problems: ContentProblem[] = [];
    checkRenderings(
      G,
      [
        {
          file: 'content/entries/2099/x.md',
          body: '稀土条目的序号为71。',
          data: { missing: ['稀土', '序号71'], missingEn: ['rare earth', 'the serial number'], sources: [{ note: '稀土笔记', noteEn: 'A note on lanthanides' }], bodyEn: 'Its serial number is 71; rare earth.' },
        },
      ],
      problems,
    );
    expect(problems).toEqual([
      { file: 'content/entries/2099/x.md', field: 'missingEn[1]', reason: 'leaves out 71, which the Chinese has: codes and numbers are kept as they are' },
      { file: 'content/entries/2099/x.md', field: 'sources[0].noteEn', reason: 'renders 稀土 without the glossary\'s "rare earth" (content/glossary.md)' },
    ]);
  });
  test('an English list must match the Chinese list item for item, and English fields hold no Chinese, word for word', () => {
    const files = readContentFiles(fixtureRoot('controls-basic'));
    const f = 'content/controls/2001-1.md';
    files.set(f, files.get(f)!.replace(/^subject: (.*)$/m, 'subject: $1\nconflictsEn: ["One conflict"]\nbodyEn: "Our 笔记"'));
    expect(problemsOf(files)).toEqual([
      { file: f, field: 'bodyEn', reason: 'must be English: no Chinese characters (the Chinese stays in the body)' },
      { file: f, field: 'conflictsEn', reason: 'has 1 item(s) but conflicts has 0: one English item per Chinese item, in order' },
    ]);
  });
});

describe('one spelling convention (British) and one English per term', () => {
  test('-ize and -yze words are refused with their British spelling; size, seize and prize are not -ize words', () => {
    expect(spellingProblems(G, 'The utilization of organizations; analyzed.')).toEqual([
      'writes "utilization": our English is British, "utilisation" (content/glossary.md, spelling)',
      'writes "organizations": our English is British, "organisations" (content/glossary.md, spelling)',
      'writes "analyzed": our English is British, "analysed" (content/glossary.md, spelling)',
    ]);
    expect(spellingProblems(G, 'A particle size of 8 μm; goods seized; a prize; utilisation, organisation, analysed.')).toEqual([]);
  });
  test('a spelling the glossary lists, and a second rendering of a term, are refused naming the word', () => {
    expect(spellingProblems(G, 'Chemical vapor deposition')).toEqual(['writes "vapor": our English is British, "vapour" (content/glossary.md, spellings)']);
    expect(spellingProblems(G, 'The Sequence number is 71')).toEqual(['writes "Sequence number": the glossary\'s English for 序号 is "serial number" (content/glossary.md)']);
    expect(spellingProblems(G, 'The serial number, the vapour, vaporous')).toEqual([]);
  });
  test('every English field of a file is checked (en, …En, lists of them), the Chinese never; file, field and word named', () => {
    const problems: ContentProblem[] = [];
    checkSpelling(G, [{ file: 'content/controls/2099-1.md', data: { subject: 'vapor', clauses: [{ text: '序号', en: 'sequence number 1' }], conflictsEn: ['fine', 'an organization'] } }, { file: 'src/translations/en.json', data: { 'entry.seq': 'Sequence number' }, english: true }], problems);
    expect(problems).toEqual([
      { file: 'content/controls/2099-1.md', field: 'clauses[0].en', reason: 'writes "sequence number": the glossary\'s English for 序号 is "serial number" (content/glossary.md)' },
      { file: 'content/controls/2099-1.md', field: 'conflictsEn[1]', reason: 'writes "organization": our English is British, "organisation" (content/glossary.md, spelling)' },
      { file: 'src/translations/en.json', field: 'entry.seq', reason: 'writes "Sequence number": the glossary\'s English for 序号 is "serial number" (content/glossary.md)' },
    ]);
  });
  test('the content check stops on a second spelling of a glossary term, word for word', () => {
    const files = readContentFiles(fixtureRoot('controls-basic'));
    const f = 'content/controls/2001-1.md';
    files.set('content/glossary.md', '---\nspellings:\n  - { use: vapour, not: [vapor] }\nterms:\n  - { zh: 序号, en: serial number, not: [sequence number] }\n---\n');
    files.set(f, files.get(f)!.replace(/^subject: (.*)$/m, 'subject: $1\nsubjectEn: "Test items: utilization of vapor, by sequence number"'));
    expect(problemsOf(files)).toEqual([
      { file: f, field: 'subjectEn', reason: 'writes "utilization": our English is British, "utilisation" (content/glossary.md, spelling)' },
      { file: f, field: 'subjectEn', reason: 'writes "vapor": our English is British, "vapour" (content/glossary.md, spellings)' },
      { file: f, field: 'subjectEn', reason: 'writes "sequence number": the glossary\'s English for 序号 is "serial number" (content/glossary.md)' },
    ]);
  });
  test('the project\'s English is all British, with one English per term (the real glossary, content and interface strings)', () => {
    const content = buildSiteContent(readContent(PROJECT));
    expect(content.glossary.spellings?.length).toBeGreaterThan(5);
    expect(content.glossary.terms.find((t) => t.zh === '序号')?.not).toContain('sequence number');
  });
});
