/** Whole-query matching, partial labels, English variants (synonyms, hyphens, plurals), fewer-word retries and the order of results. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/lib/shared/errors.ts';
import { contentFromFiles, readContent, readContentFiles } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { byStanding, englishVariants, englishWords, fewerParts, firstLine, holding, matchQuery, singular, wordHolds, type Standing } from '../../src/lib/search/search-match.ts';
import { readSearchSynonyms } from '../../src/lib/search/search-synonyms.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

describe('Chinese: a result holds the whole query, or part of it', () => {
  const zh = (q: string) => matchQuery(q, false);
  test('a query that is part of the held wording is held whole, whatever the word cuts (Pagefind marks them with zero-width spaces)', () => {
    expect(holding(zh('人造石墨'), '高纯度\u200b人造\u200b石墨\u200b材料').whole).toBe(true);
    expect(holding(zh('石墨负极'), '用于生产石墨负极材料的石墨化设备').whole).toBe(true);
    expect(holding(zh('墨负'), '石墨\u200b负极').whole).toBe(true);
  });
  test('spaces between Chinese characters on the page do not break a match; case does not matter', () => {
    expect(holding(zh('商务部海关总署'), '商务部 海关总署公告').whole).toBe(true);
    expect(holding(zh('1e902.a 稀土'), '管制编码：1E902.a。稀土冶炼').whole).toBe(true);
  });
  test('a query the page holds only in part says which of its longest pieces it holds, in the query\'s order', () => {
    expect(holding(zh('盾构机'), '涡轮构型，发动机机匣')).toEqual({ whole: false, held: ['构', '机'] });
    expect(holding(zh('光刻机'), '无机锑化合物')).toEqual({ whole: false, held: ['机'] });
  });
  test('parts between spaces are held each on its own; a part held whole is named whole', () => {
    expect(holding(zh('稀土 冶炼'), '冶炼分离……稀土矿').whole).toBe(true);
    expect(holding(zh('稀土 锂电池'), '稀土矿，电池')).toEqual({ whole: false, held: ['稀土', '电池'] });
    expect(holding(zh('石墨负极'), '人造石墨和天然石墨混合的负极材料')).toEqual({ whole: false, held: ['石墨', '负极'] });
  });
});

describe('English: every word of one reading of the query', () => {
  test('words are read without case; hyphens, dashes and slashes separate them', () => {
    expect(englishWords('Rare-earth NdFeB/magnets — 1E902.a')).toEqual(['rare', 'earth', 'ndfeb', 'magnets', '1e902', 'a']);
  });
  test('plural and singular, and endings that keep the meaning, hold the word; other longer words do not', () => {
    expect(singular('magnets')).toBe('magnet');
    expect(singular('batteries')).toBe('battery');
    expect(singular('boxes')).toBe('box');
    expect(singular('gas')).toBe('gas');
    expect(singular('process')).toBe('process');
    expect(wordHolds('magnet', 'magnetic')).toBe(true);
    expect(wordHolds('magnets', 'magnet')).toBe(true);
    expect(wordHolds('battery', 'batteries')).toBe(true);
    expect(wordHolds('edit', 'editing')).toBe(true);
    expect(wordHolds('manufacture', 'manufacturing')).toBe(true);
    expect(wordHolds('gene', 'general')).toBe(false);
    expect(wordHolds('rare', 'rarely')).toBe(false);
  });
  test('a page holds the query when it holds every word of the query or of one of its variants', () => {
    const q = matchQuery('synthetic diamond', true, ['synthetic diamond', 'artificial diamond']);
    expect(holding(q, 'Artificial diamond single crystals')).toEqual({ whole: true, held: ['artificial', 'diamond'] });
    expect(holding(q, 'Diamond window materials')).toEqual({ whole: false, held: ['diamond'] });
    expect(holding(matchQuery('rare-earth magnets', true), 'Rare earth permanent magnet forming presses').whole).toBe(true);
  });
  test('a query with Chinese characters on the English page is matched as Chinese', () => {
    expect(matchQuery('稀土', true)).toEqual({ english: false, readings: [['稀土']] });
  });
});

describe('English variants from the synonym table', () => {
  const groups = [
    ['synthetic diamond', 'artificial diamond', 'man-made diamond', 'lab-grown diamond'],
    ['drone', 'UAV', 'unmanned aerial vehicle'],
    ['counter-drone', 'anti-drone'],
    ['NdFeB', 'neodymium-iron-boron', 'neodymium magnet'],
    ['vapour', 'vapor'],
  ];
  test('a term of a group is searched with the group\'s other terms, the query itself first', () => {
    expect(englishVariants('synthetic diamond', groups)).toEqual(['synthetic diamond', 'artificial diamond', 'man made diamond', 'lab grown diamond']);
    expect(englishVariants('UAV', groups)).toEqual(['uav', 'drone', 'unmanned aerial vehicle']);
    expect(englishVariants('NdFeB', groups)).toEqual(['ndfeb', 'neodymium iron boron', 'neodymium magnet']);
  });
  test('plural and hyphenated forms of a term, and terms inside longer queries, are found', () => {
    expect(englishVariants('synthetic diamonds wire saw', groups)).toEqual(['synthetic diamonds wire saw', 'artificial diamond wire saw', 'man made diamond wire saw', 'lab grown diamond wire saw']);
    expect(englishVariants('lab-grown diamond', groups)[1]).toBe('synthetic diamond');
    expect(englishVariants('drones', groups)).toEqual(['drones', 'uav', 'unmanned aerial vehicle']);
  });
  test('the longest term wins (counter-drone is not drone), and a query with no term is searched as it is', () => {
    expect(englishVariants('counter-drone equipment', groups)).toEqual(['counter drone equipment', 'anti drone equipment']);
    expect(englishVariants('wind tunnel', groups)).toEqual(['wind tunnel']);
  });
  test('a form that only adds words finds nothing more, and is left out; the other way round it is searched', () => {
    const rare = [['rare earth', 'rare earth element']];
    expect(englishVariants('rare earth', rare)).toEqual(['rare earth']);
    expect(englishVariants('rare earth elements', rare)).toEqual(['rare earth elements', 'rare earth']);
  });
  test('at most six forms of one query', () => {
    expect(englishVariants('synthetic diamond drone vapour', groups)).toHaveLength(6);
  });
});

describe('fewer words, order, titles', () => {
  test('a query that finds nothing is retried with fewer parts, in the query\'s order', () => {
    expect(fewerParts(['synthetic', 'diamond', 'saw'], 2)).toEqual([['synthetic', 'diamond'], ['synthetic', 'saw'], ['diamond', 'saw']]);
    expect(fewerParts(['a', 'b'], 1)).toEqual([['a'], ['b']]);
  });
  test('whole before partial; title before own wording before a mention elsewhere; technologies before goods; then relevance', () => {
    const r = (order: number, s: Partial<Standing>): Standing => ({ whole: true, tier: 2, technology: false, order, ...s });
    const list = [r(0, { tier: 1 }), r(1, { whole: false, tier: 0, technology: true }), r(2, { tier: 1, technology: true }), r(3, { tier: 0 }), r(4, {}), r(5, { technology: true })];
    expect([...list].sort(byStanding).map((s) => s.order)).toEqual([3, 2, 0, 5, 4, 1]);
  });
  test('an item\'s wording as a title: its first line, cut with an ellipsis', () => {
    expect(firstLine('用于制造可充放电锂离子电池的设备:\n1. 卷绕机')).toBe('用于制造可充放电锂离子电池的设备:');
    expect(firstLine('一二三四五六七八九十', 4)).toBe('一二三四…');
  });
});

describe('content/search-synonyms.md', () => {
  const problemsOf = (data: unknown): ContentProblem[] => {
    const problems: ContentProblem[] = [];
    readSearchSynonyms([{ file: 'content/search-synonyms.md', body: '', data }], problems);
    return problems;
  };
  test('the project\'s table is read with the rest of the content, and holds the groups the search issue names', () => {
    const groups = buildSiteContent(readContent(PROJECT)).searchSynonyms;
    const has = (...terms: string[]) => groups.some((g) => terms.every((t) => g.includes(t)));
    expect(has('synthetic diamond', 'artificial diamond', 'man-made diamond', 'lab-grown diamond')).toBe(true);
    expect(has('drone', 'UAV', 'unmanned aerial vehicle')).toBe(true);
    expect(has('NdFeB', 'neodymium-iron-boron', 'neodymium magnet')).toBe(true);
    expect(has('lithium iron phosphate', 'LFP')).toBe(true);
  }, 30_000);
  test('bad input is refused with the file, the field and the reason, word for word', () => {
    expect(problemsOf({ groups: [{ terms: ['drone'] }, { terms: ['rare earth', '稀土'] }, { terms: ['Rare-Earth', 'REE'] }, { terms: ['x<y', 'z'], colour: 'red' }] })).toEqual([
      { file: 'content/search-synonyms.md', field: 'groups[0].terms', reason: 'needs at least two terms: a group says that its terms mean the same thing' },
      { file: 'content/search-synonyms.md', field: 'groups[1].terms[1]', reason: 'must be English: no Chinese characters (the Chinese stays in its own field)' },
      { file: 'content/search-synonyms.md', field: 'groups[3].terms[0]', reason: 'must not contain raw HTML (< or >)' },
      { file: 'content/search-synonyms.md', field: 'groups[3]', reason: 'unknown field colour' },
      { file: 'content/search-synonyms.md', field: 'groups[2].terms[0]', reason: 'repeats "Rare-Earth", already groups[1].terms[0] (hyphens and case do not make another term)' },
    ]);
    expect(problemsOf({ groups: [{ terms: ['rare earth', 'REE'] }, { terms: ['Rare-Earth', 'lanthanides'] }] })).toEqual([
      { file: 'content/search-synonyms.md', field: 'groups[1].terms[0]', reason: 'repeats "Rare-Earth", already groups[0].terms[0] (hyphens and case do not make another term)' },
    ]);
    expect(problemsOf({ groups: [{ terms: ['rare earth', 'rare earth (REE)'] }] })).toEqual([
      { file: 'content/search-synonyms.md', field: 'groups[0].terms[1]', reason: 'must be English words: letters, digits, spaces, hyphens or apostrophes only (hyphen and plural forms need no term of their own)' },
    ]);
  });
  test('a broken table stops the content check like any other content file', () => {
    const files = readContentFiles(PROJECT);
    files.set('content/search-synonyms.md', '---\ngroups:\n  - terms: [drone]\n---\n');
    let problems: ContentProblem[] = [];
    try {
      buildSiteContent(contentFromFiles(files));
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems = e.problems;
    }
    expect(problems).toEqual([{ file: 'content/search-synonyms.md', field: 'groups[0].terms', reason: 'needs at least two terms: a group says that its terms mean the same thing' }]);
  }, 30_000);
});
