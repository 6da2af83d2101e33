/**
 * What readers type, and the entry that must come first. Run through the real search page in headless Chromium by
 * tests/site/search.test.ts. Entries are real ones from content/ (keys name the files under content/entries/).
 */
export interface SearchCase {
  /** What the row is about (the test name). */
  kind: string;
  /** Typed into the search box, exactly as given. */
  query: string;
  /** Filter selections made before typing. */
  filters?: { edition?: string; part?: string; industry?: string };
  /** Key of the entry that must be the first result. */
  first: string;
  /** Edition of that first result's main link; by default the newest edition the entry is in (2025). */
  edition?: string;
  /** Fragment the first result must link to (a control point), when the hit is inside one. */
  hash?: string;
}

export const SEARCH_CASES: SearchCase[] = [
  { kind: 'Simplified, a word of the name', query: '稀土', first: 'rare-earth', edition: '2025' },
  { kind: 'Traditional (提煉 → 提炼)', query: '提煉', first: 'rare-earth' },
  // Every character of these two differs from the Simplified wording, so they pass only through the folding table.
  { kind: 'Traditional (編輯 → 编辑)', query: '編輯', first: 'human-cell-cloning-gene-editing' },
  { kind: 'Traditional (雷達系統 → 雷达系统)', query: '雷達系統', first: 'lidar-systems' },
  { kind: 'a single character', query: '稀', first: 'rare-earth' },
  { kind: 'two characters spanning two words (雷达|系统)', query: '达系', first: 'lidar-systems' },
  { kind: 'two characters spanning two words (稀土|的)', query: '土的', first: 'rare-earth' },
  { kind: 'a control-point phrase links to the control point', query: '个性化信息推送服务', first: 'information-processing', hash: '#cp-18' },
  { kind: 'a control-point phrase in Traditional characters', query: '飛行控制系統', first: 'uav', hash: '#cp-5' },
  { kind: '编号 in upper case', query: '203912X', first: 'uav' },
  { kind: '编号 in lower case', query: '203912x', first: 'uav' },
  { kind: '编号 in full-width digits and letter', query: '２０３９１２ｘ', first: 'uav' },
  { kind: 'a former 编号 finds the entry that carried it', query: '056101X', first: 'information-processing' },
  { kind: 'industry filter (繁育 also matches an entry of another industry)', query: '繁育', filters: { industry: '畜牧业' }, first: 'silkworm-breeds', edition: '2020' },
  { kind: 'filters edition 2008 + part 限制', query: '信息', filters: { edition: '2008', part: '限制' }, first: 'information-processing', edition: '2008' },
];
