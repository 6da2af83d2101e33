/**
 * Queries readers type, in both languages, and what the search page must answer: a page among the first three results
 * that hold the whole query, pages that must (or must not) hold it whole, and the "nothing holds the whole query"
 * notice where no page does. Every failure the search issue names is here. Run through the real page in headless
 * Chromium by tests/site/search-answers.test.ts.
 */
export interface AnswerCase {
  /** Why the row is here (often a failure the search issue names). */
  kind: string;
  /** The Chinese search page or the English one. */
  page: '/search/' | '/en/search/';
  /** What the reader types (put in the address as ?q=). */
  query: string;
  /** Address (or its start) of a page that must be among the first three results that hold the whole query. */
  top3?: string;
  /** Addresses (or their starts) that must be among the results that hold the whole query. */
  whole?: string[];
  /** No result holds the whole query: the notice comes first, and every result is labelled as partial. */
  nothingWhole?: true;
  /** Addresses (or their starts) that must be listed as partial matches. */
  partial?: string[];
  /** The label one partial match must carry, word for word. */
  label?: string;
  /** The status line must match (e.g. the fewer-words sentence, or the synonyms searched). */
  status?: RegExp;
}

const zh = (kind: string, query: string, more: Omit<AnswerCase, 'kind' | 'query' | 'page'>): AnswerCase => ({ kind, page: '/search/', query, ...more });
const en = (kind: string, query: string, more: Omit<AnswerCase, 'kind' | 'query' | 'page'>): AnswerCase => ({ kind, page: '/en/search/', query, ...more });

export const ANSWER_CASES: AnswerCase[] = [
  // Partial matches passed for answers (issue 19, issue 18 point 11).
  zh('held nowhere: only single characters match', '盾构机', { nothingWhole: true, partial: ['/controls/2024-21/'], label: '部分匹配：只含 构、机' }),
  zh('held nowhere: only single characters match', '光刻机', { nothingWhole: true, partial: ['/controls/2024-33/'] }),
  zh('held nowhere: only single characters match', '量子', { nothingWhole: true, partial: ['/controls/2025-56/'] }),
  zh('two parts, one held nowhere: fewer parts, said so', '稀土 盾构机', { nothingWhole: true, partial: ['/entries/rare-earth/'], status: /^没有页面同时包含“稀土 盾构机”的全部词语；下面是包含“稀土”的页面。$/ }),
  // Matching that does not depend on how the text was cut into words.
  zh('part of held wording (人造石墨材料), the in-force 2023 No.39 among the whole matches', '人造石墨', { top3: '/controls/2025-58/items/3-1/', whole: ['/controls/2023-39/'] }),
  zh('the whole phrase of 2023 No.39', '人造石墨材料', { top3: '/controls/2023-39/' }),
  zh('part of held wording (石墨负极材料); 人造石墨和天然石墨混合的负极材料 holds it only in part', '石墨负极', { top3: '/controls/2025-58/items/3-4/', partial: ['/controls/2025-58/items/3-2/'] }),
  zh('a phrase that ends inside a word', '石墨负极材', { top3: '/controls/2025-58/items/3-3/' }),
  zh('a phrase that starts inside a word', '墨负极材料', { top3: '/controls/2025-58/items/3-4/' }),
  zh('two characters spanning two words (雷达|系统)', '达系', { top3: '/entries/lidar-systems/' }),
  zh('two characters spanning two words (稀土|的)', '土的', { top3: '/entries/rare-earth/' }),
  zh('a single character', '稀', { top3: '/entries/rare-earth/' }),
  zh('another announcement\'s wording', '天然鳞片石墨', { top3: '/controls/2023-39/' }),
  // Ranking: title and own wording before a mention deep in a long text; one card per page.
  zh('a word of an entry name: the entry first', '稀土', { top3: '/entries/rare-earth/', whole: ['/controls/2025-62/items/1-1/'] }),
  zh('the in-force technology of 2024 No.33 is visible, the items of 2025 No.55 after it', '人造金刚石', { top3: '/controls/2024-33/items/1-2-5/', whole: ['/controls/2025-55/items/2/'] }),
  zh('a technology\'s own wording', '六面顶压机', { top3: '/controls/2024-33/items/1-2-6/' }),
  zh('superhard materials: both announcements (the heading of 2024 No.33, the title of 2025 No.55)', '超硬材料', { top3: '/controls/2024-33/', whole: ['/controls/2025-55/'] }),
  zh('a query the engine\'s word matching misses (黄素 inside 核黄素): found in the text of every page', '黄素', { top3: '/entries/riboflavin/2008/' }),
  zh('a query the engine finds on some pages and misses on others (合物 inside 化合物)', '合物', { whole: ['/controls/2025-18/items/1-2/', '/controls/2025-57/items/1-2/', '/controls/2024-21/'] }),
  zh('the drone entry first, the announcement that says 无人驾驶航空飞行器 also holds 无人机', '无人机', { top3: '/entries/uav/', whole: ['/controls/2024-31/'] }),
  zh('the announcement\'s own word', '无人驾驶航空飞行器', { top3: '/controls/2024-31/' }),
  zh('lithium iron phosphate: the catalogue entry and 3C901.a.1', '磷酸铁锂', { top3: '/entries/battery-cathode-materials/', whole: ['/controls/2025-58/items/2-1/'] }),
  zh('lithium-ion batteries', '锂离子电池', { top3: '/controls/2025-58/items/1-1/' }),
  zh('gallium', '镓', { top3: '/controls/2023-23/' }),
  // Traditional, full width, codes.
  zh('Traditional (提煉 → 提炼)', '提煉', { top3: '/entries/rare-earth/' }),
  zh('Traditional (編輯 → 编辑)', '編輯', { top3: '/entries/human-cell-cloning-gene-editing/' }),
  zh('Traditional (雷達系統 → 雷达系统)', '雷達系統', { top3: '/entries/lidar-systems/' }),
  zh('a control-point phrase in Traditional characters', '飛行控制系統', { top3: '/entries/uav/2025/#cp-5' }),
  zh('a control-point phrase', '个性化信息推送服务', { top3: '/entries/information-processing/2025/#cp-18' }),
  zh('编号 in lower case', '203912x', { top3: '/entries/uav/' }),
  zh('编号 in full-width digits and letter', '２０３９１２ｘ', { top3: '/entries/uav/' }),
  zh('a control code in lower case', '1e902.a', { top3: '/controls/2025-62/items/1-1/' }),
  zh('an HS number finds the item that lists it', '85076000', { top3: '/controls/2025-58/items/1-1/' }),
  // English vocabulary: synonyms, hyphens, plurals, spellings.
  en('our word is artificial diamond', 'synthetic diamond', { top3: '/en/controls/2024-33/items/1-2-5/', whole: ['/en/controls/2025-55/items/2/'], status: /Also searched as: artificial diamond/ }),
  en('the word of our renderings', 'artificial diamond', { top3: '/en/controls/2024-33/items/1-2-5/' }),
  en('lab-grown: 2C902.b says lab-grown diamonds for jewellery are not controlled', 'lab-grown diamonds', { top3: '/en/controls/2025-55/items/2/' }),
  en('an abbreviation', 'NdFeB', { top3: '/en/entries/rare-earth/' }),
  en('another name of the same magnets', 'neodymium magnet', { top3: '/en/entries/rare-earth/' }),
  en('hyphenated, as often written', 'rare-earth', { top3: '/en/entries/rare-earth/', whole: ['/en/controls/2025-62/items/1-1/', '/en/controls/2025-56/items/raw-1/'] }),
  en('two words', 'rare earth', { top3: '/en/entries/rare-earth/' }),
  en('UAV finds both drone instruments', 'UAV', { top3: '/en/entries/uav/', whole: ['/en/controls/2024-31/'] }),
  en('unmanned aerial vehicle finds both drone instruments', 'unmanned aerial vehicle', { top3: '/en/controls/2024-31/', whole: ['/en/entries/uav/'] }),
  en('drone', 'drone', { top3: '/en/entries/uav/', whole: ['/en/controls/2024-31/'] }),
  en('magnet: the magnet technologies before the equipment', 'magnet', { top3: '/en/controls/2025-62/items/1-1/' }),
  en('magnet: the prohibited rare earth entry among the first three', 'magnets', { top3: '/en/entries/rare-earth/' }),
  en('LFP', 'LFP', { top3: '/en/entries/battery-cathode-materials/', whole: ['/en/controls/2025-58/items/2-1/'] }),
  en('lithium iron phosphate', 'lithium iron phosphate', { top3: '/en/controls/2025-58/items/2-1/' }),
  en('a plural: batteries', 'lithium-ion batteries', { top3: '/en/controls/2025-58/items/1-1/' }),
  en('an American spelling (our renderings write vapour)', 'chemical vapor deposition', { top3: '/en/controls/2025-55/items/6/' }),
  en('an American spelling (our renderings write aluminium)', 'aluminum', { top3: '/en/controls/2025-58/items/2-2/' }),
  en('gene editing', 'gene editing', { top3: '/en/entries/human-cell-cloning-gene-editing/' }),
  en('genome editing (a synonym)', 'genome editing', { top3: '/en/entries/human-cell-cloning-gene-editing/' }),
  en('laser radar (a synonym of lidar)', 'laser radar', { top3: '/en/entries/lidar-systems/' }),
  en('synthetic diamond in a longer query', 'synthetic diamond wire saw', { top3: '/en/controls/2025-55/items/3/' }),
  en('held nowhere whole: computer, but no quantum computer', 'quantum computer', { nothingWhole: true, partial: ['/en/entries/computer-application/'], label: 'Partial match: only “computer”' }),
  en('a word held nowhere: fewer words, said so', 'quantum drone', { nothingWhole: true, partial: ['/en/entries/uav/'], status: /^No page holds all of “quantum drone”; pages with “drone”:/ }),
  en('a control code in upper case', '1E902.A', { top3: '/en/controls/2025-62/items/1-1/' }),
  en('a catalogue code in lower case', '203912x', { top3: '/en/entries/uav/' }),
];
