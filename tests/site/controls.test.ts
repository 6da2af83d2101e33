/**
 * The export-control section as built and as a reader uses it: every instrument, item and code has its page; statuses
 * say what applied on the status date; the 1E902.a item is three clicks from home and first in a search for its code.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, inject, test } from 'vitest';
import { CONTROLS_CSV_COLUMNS } from '../../src/lib/controls/downloads.ts';
import { DownloadControlsSchema } from '../../src/lib/controls/schemas.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { controlCodeUrl, controlItemUrl, instrumentUrl } from '../../src/lib/site/urls.ts';
import { sharedPage } from '../helpers/browser.ts';
import { parseCsv } from '../helpers/csv.ts';
import { page, text } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';
import { searchSettled } from '../helpers/search-page.ts';
import { EXPECTED_INSTRUMENTS } from '../controls-expected.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');
const statusDate = inject('statusDate');
const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));

describe('every instrument, item and code has its page', () => {
  test.each(controls.instruments.map((i) => [i.id]))('%s: the page names it, shows a status and every clause at its anchor', (id) => {
    const inst = controls.byId.get(id)!;
    const doc = page(siteDir, instrumentUrl(id));
    expect(doc.querySelector('[data-testid="status"]')?.getAttribute('data-state')).toMatch(/^(in-force|suspended|repealed|spent|unknown|not-in-force|not-published)$/);
    for (const c of inst.clauses) expect(doc.querySelector(`#${c.anchor}`), c.anchor).not.toBeNull();
    for (const it of inst.items) expect(doc.querySelector(`#${it.anchor}`), it.anchor).not.toBeNull();
    expect(doc.querySelectorAll('[data-testid="gap"]').length + (doc.querySelector('[data-testid="not-held"]') ? inst.data.notHeld.filter((g) => !g.after).length : 0)).toBe(inst.data.notHeld.length);
  });
  test('every item and every code', () => {
    for (const it of controls.items) expect(text(page(siteDir, controlItemUrl(it.instrument, it.id)).querySelector('.wording-text'))).toBe(it.text.replace(/\s+/g, ' ').trim());
    for (const [code, items] of controls.codes) expect(page(siteDir, controlCodeUrl(code)).querySelectorAll('.code-use')).toHaveLength(items.length);
  });
});

describe('status on the status date, as the reader reads it', () => {
  test('2025 No.62: the suspension by No.70 ran out on 2026-11-10 and what followed is unknown, with where to check', () => {
    const doc = page(siteDir, '/controls/2025-62/');
    const box = doc.querySelector('[data-testid="status"]')!;
    expect(box.getAttribute('data-state')).toBe('unknown');
    expect(text(box.querySelector('time'))).toBe('2026年11月29日');
    expect(box.querySelector('time')?.getAttribute('datetime')).toBe(statusDate);
    expect(text(box.querySelector('[data-testid="status-sentence"]'))).toBe(
      '状态未知：商务部 海关总署公告2025年第70号规定的暂停期已于2026年11月10日届满。此后是延长、恢复施行还是被其他公告取代，本站没有资料，未经核实。请以商务部公布的信息为准。 见商务部 海关总署公告2025年第70号。',
    );
    expect(box.querySelector('[data-testid="status-check"] a')?.getAttribute('href')).toBe('http://exportcontrol.mofcom.gov.cn/article/zcfg/gnzcfg/zcfggzqd/202510/1170.html');
    const steps = doc.querySelectorAll('[data-testid="control-timeline"] li').map((li) => `${li.getAttribute('data-kind')} ${li.querySelector('time')?.getAttribute('datetime')}`);
    expect(steps).toEqual(['published 2025-10-09', 'in-force 2025-10-09', 'suspended 2025-11-07', 'checked-through 2026-06-17', 'suspension-ends 2026-11-10', `status-date ${statusDate}`]);
  });
  test('2024 No.46: the page says that clause 二 has a status of its own', () => {
    const doc = page(siteDir, '/controls/2024-46/');
    expect(doc.querySelector('[data-testid="status"]')?.getAttribute('data-state')).toBe('in-force');
    expect(text(doc.querySelector('[data-testid="clause-status"]'))).toContain('二：?状态未知');
  });
  test('2025 No.10, never suspended: in force, and marked as not verified after the sources ran out', () => {
    const box = page(siteDir, '/controls/2025-10/').querySelector('[data-testid="status"]')!;
    expect(box.getAttribute('data-state')).toBe('in-force');
    expect(text(box)).toContain('本站资料检索至2026年6月17日，此后的变化未经核实。');
  });
  test('the index lists every instrument with its status on the status date', () => {
    const doc = page(siteDir, '/controls/');
    expect(doc.querySelectorAll('[data-testid="instruments"] > li')).toHaveLength(controls.instruments.length);
    expect(text(doc.querySelector('[data-testid="status-date"]'))).toContain('下列状态截至2026年11月29日');
    expect(doc.querySelector('[data-testid="instruments"] > li[data-id="2025-62"] .status')?.getAttribute('data-state')).toBe('unknown');
  });
});

describe('wording from Traditional copies and wording not held', () => {
  test('2025 No.70: converted character by character, said so, the text as held beside it', () => {
    const doc = page(siteDir, '/controls/2025-70/');
    const clause = doc.querySelector('#cl-operative')!;
    expect(text(clause.querySelector('.wording-text'))).toContain('商务部、海关总署公告2025年第55号');
    expect(text(clause.querySelector('[data-testid="converted"] > p'))).toBe('本段只有繁体字副本，上文是本站将其逐字转换为简体的结果，不是官方简体文本。');
    expect(text(clause.querySelector('[lang="zh-Hant"]'))).toContain('商務部、海關總署公告2025年第55號');
  });
  test('a gap is shown where it stands in the text', () => {
    const doc = page(siteDir, '/controls/2025-56/');
    const seq = doc.querySelectorAll('.clause-seq > li').map((li) => (li.classList.contains('gap') ? 'gap' : li.id));
    expect(seq.indexOf('gap')).toBeGreaterThan(0);
    expect(seq.filter((x) => x === 'gap').length).toBe(controls.byId.get('2025-56')!.data.notHeld.filter((g) => g.after).length);
  });
});

describe('cross-references are the site’s own, and say so', () => {
  test('the rare-earth entry and the 1E902.a item point at each other, each with the editorial notice', () => {
    const entry = page(siteDir, '/entries/rare-earth/2023/').querySelector('[data-testid="cross-reference"]')!;
    expect(text(entry)).toContain('下列对照是本站的编辑判断，不表示两者在法律上相同或互相替代。');
    expect(entry.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/controls/2025-62/items/1-1/', '/controls/2025-62/items/1-2/']);
    const item = page(siteDir, '/controls/2025-62/items/1-1/').querySelector('[data-testid="cross-reference"]')!;
    expect(item.querySelector('a')?.getAttribute('href')).toBe('/entries/rare-earth/');
  });
});

describe('open data', () => {
  test('controls.json equals the model, passes its zod schema and its published JSON Schema', () => {
    const json = JSON.parse(readFileSync(join(siteDir, 'data', 'controls.json'), 'utf8'));
    expect(json.statusDate).toBe(statusDate);
    expect(DownloadControlsSchema.safeParse(json).success).toBe(true);
    const schema = JSON.parse(readFileSync(join(siteDir, 'data', 'controls-schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // Clauses in our English numbering beside the Chinese, and the English headline naming a part by it.
    const i46 = json.instruments.find((i: { id: string }) => i.id === '2024-46');
    expect(i46.clauses.map((c: { label: string; labelEn: string }) => `${c.label}=${c.labelEn}`)).toContain('二=2');
    expect(i46.headlineEn).toMatch(/; part [^;]+ \(2 \[二\]\)$/);
    const i62 = json.instruments.find((i: { id: string }) => i.id === '2025-62');
    expect(i62.items[0].status).toEqual({
      state: 'unknown',
      reasons: [{ reason: 'suspension-ended', by: '2025-70', from: '2025-11-07', until: '2026-11-10' }],
      unverified: true,
      text: '状态未知：商务部 海关总署公告2025年第70号规定的暂停期已于2026年11月10日届满。此后是延长、恢复施行还是被其他公告取代，本站没有资料，未经核实。请以商务部公布的信息为准。',
      textEn: 'Status unknown: the suspension period set by MOFCOM & GAC Announcement No. 70 of 2025 ended on 10 November 2026. Whether it was extended, the measure applies again or another announcement replaced it, we have no information; not verified. Rely on the information published by MOFCOM.',
    });
  });
  test('controls.csv: BOM, one row per item, each with its status on the status date', () => {
    const raw = readFileSync(join(siteDir, 'data', 'controls.csv'), 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(raw.slice(1));
    expect(rows[0]).toEqual([...CONTROLS_CSV_COLUMNS]);
    expect(rows).toHaveLength(controls.items.length + 1);
    const col = (name: string) => CONTROLS_CSV_COLUMNS.indexOf(name as (typeof CONTROLS_CSV_COLUMNS)[number]);
    const row = rows.find((r) => r[col('codes')] === '1E902.a')!;
    expect([row[col('status')], row[col('status_by')], row[col('status_date')], row[col('unverified_after')]]).toEqual(['unknown', '2025-70', statusDate, '2026-06-17']);
    expect(row[col('clause_label_en')]).toBe('1(1)');
    const gold = rows.find((r) => r[col('text')] === '金锑冶炼分离技术。')!;
    expect([gold[col('codes')], gold[col('kind')], gold[col('instrument')]]).toEqual(['', 'technology', '2024-33']);
  });
});

/** Statuses aside: every field below is compared with EXPECTED_INSTRUMENTS, written down from content/controls/. */
describe('open data against the content files, field by field (statuses aside)', () => {
  const json = () => JSON.parse(readFileSync(join(siteDir, 'data', 'controls.json'), 'utf8'));
  const csvRows = () => parseCsv(readFileSync(join(siteDir, 'data', 'controls.csv'), 'utf8').slice(1));
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const dateOf = (d: Json | undefined): string | null => (d?.onPublication ? 'on publication' : (d?.date ?? null));
  /** `id kind clause [codes]` of the table, read back. */
  const itemOf = (row: string) => {
    const [, id, kind, clause, codes] = /^(\S+) (\S+) (\S+) \[(.*)\]$/.exec(row)!;
    return { id: id!, kind: kind!, clause: clause!, codes: codes!.split(' ').filter(Boolean) };
  };

  test('controls.json: each instrument, its dates, clauses, items and relations', () => {
    const got = (json().instruments as Json[]).map((i) => ({
      id: i.id,
      name: i.name,
      kind: i.kind,
      published: dateOf(i.published),
      inForce: dateOf(i.inForce),
      checkedThrough: i.checkedThrough,
      clauses: (i.clauses as Json[]).map((c) => c.id),
      items: (i.items as Json[]).map((it) => `${it.id} ${it.kind} ${it.clause} [${it.codes.join(' ')}]`),
      relations: (i.relations as Json[]).map((r) => [r.type, r.target, r.from, r.until, r.targetClause].filter((x) => x !== undefined).join(' ')),
    }));
    expect(got).toEqual(EXPECTED_INSTRUMENTS);
  });

  test('controls.json: addresses, and every code with the items that carry it, in code order', () => {
    const d = json();
    for (const i of d.instruments as Json[]) {
      expect(i.url).toBe(`https://example.org/controls/${i.id}/`);
      for (const it of i.items as Json[]) expect(it.url).toBe(`https://example.org/controls/${i.id}/items/${it.id}/`);
      for (const c of i.clauses as Json[]) expect(c.url).toBe(`https://example.org/controls/${i.id}/#cl-${c.id}`);
    }
    const codes = new Map<string, string[]>();
    for (const i of EXPECTED_INSTRUMENTS) {
      for (const it of i.items) {
        const { id, codes: list } = itemOf(it);
        for (const c of list) codes.set(c, [...(codes.get(c) ?? []), `${i.id}#${id}`]);
      }
    }
    const want = [...codes].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([code, items]) => ({ code, items }));
    expect(d.codes).toEqual(want);
    expect(want.map((c) => c.code).slice(0, 4)).toEqual(['1C004', '1C117.b', '1C117.c', '1C117.d']);
  });

  test('controls.json: wording, its source and grade, a Traditional copy converted (2025-58 三（一）)', () => {
    const i58 = (json().instruments as Json[]).find((i) => i.id === '2025-58')!;
    const item = (i58.items as Json[]).find((it) => it.id === '3-1')!;
    expect([item.text, item.held, item.converted, item.source, item.en]).toEqual(['人造石墨负极材料。', '人造石墨負極材料。', true, 'kdso', 'Artificial graphite anode materials.']);
    expect((i58.sources as Json[]).find((x) => x.id === 'kdso')).toMatchObject({ grade: 'B', script: 'traditional', url: 'https://www.kdso.net/kdso/1887118/d.htm' });
  });

  test('controls.csv: one row per item, in the order of the content, with its instrument, codes, clause and addresses', () => {
    const [header, ...rows] = csvRows();
    const col = (name: string) => header!.indexOf(name);
    const cells = ['instrument', 'instrument_name', 'item', 'codes', 'kind', 'clause', 'item_url', 'instrument_url'];
    expect(rows.map((r) => cells.map((c) => r[col(c)]))).toEqual(
      EXPECTED_INSTRUMENTS.flatMap((i) =>
        i.items.map((it) => {
          const { id, kind, clause, codes } = itemOf(it);
          return [i.id, i.name, id, codes.join(' '), kind, clause, `https://example.org/controls/${i.id}/items/${id}/`, `https://example.org/controls/${i.id}/`];
        }),
      ),
    );
  });

  test('controls.csv: every column but the status ones, for three rows (a coded item, an item without a code, a converted item)', () => {
    const [header, ...rows] = csvRows();
    const of = (instrument: string, item: string) => {
      const r = rows.find((x) => x[header!.indexOf('instrument')] === instrument && x[header!.indexOf('item')] === item)!;
      return Object.fromEntries(header!.filter((h) => !/^status|^unverified/.test(h)).map((h) => [h, r[header!.indexOf(h)]]));
    };
    const WEIQI = 'https://github.com/weiqi-kids/agent.cross-border-trade/blob/b364da0/docs/Extractor/cn_export_control/regulation_update/';
    expect(of('2025-62', '1-1')).toEqual({
      instrument: '2025-62',
      instrument_name: '商务部公告2025年第62号',
      instrument_title_en: 'MOFCOM Announcement No. 62 of 2025 Announcing the Decision to Implement Export Control on Rare Earth-Related Technologies',
      item: '1-1',
      codes: '1E902.a',
      kind: 'technology',
      clause: '1-1',
      clause_label: '一（一）',
      clause_label_en: '1(1)',
      gaps: '',
      gaps_en: '',
      clause_text_en: '(1) Technologies related to rare earth mining, smelting and separation, metal smelting, magnetic material manufacturing, and the recycling and utilisation of rare earth secondary resources, and their carriers; (control code: 1E902.a)',
      text: '稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关技术及其载体',
      text_en: 'Technologies related to rare earth mining, smelting and separation, metal smelting, magnetic material manufacturing, and the recycling and utilisation of rare earth secondary resources, and their carriers',
      converted_from_traditional: 'no',
      grade: 'B',
      source: `出口管制信息网页面的机器抓取副本（GitHub 仓库 weiqi-kids/agent.cross-border-trade，提交 b364da0，2026-01-29 抓取） <${WEIQI}2025-10-09-%E5%95%86%E5%8A%A1%E9%83%A8%E5%85%AC%E5%91%8A2025%E7%AC%AC62%E5%8F%B7-%E5%85%AC%E5%B8%83%E5%AF%B9%E7%A8%80%E5%9C%9F%E7%9B%B8%E5%85%B3%E6%8A%80%E6%9C%AF%E5%AE%9E%E6%96%BD%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E7%9A%84%E5%86%B3%E5%AE%9A.md>`,
      item_url: 'https://example.org/controls/2025-62/items/1-1/',
      instrument_url: 'https://example.org/controls/2025-62/',
    });
    expect(of('2024-33', '1-1-7')).toMatchObject({
      instrument_name: '商务部 海关总署公告2024年第33号',
      codes: '',
      kind: 'technology',
      clause: '1-1-7',
      clause_label: '一（一）7',
      text: '金锑冶炼分离技术。',
      converted_from_traditional: 'no',
      grade: 'B',
      source: '网站 lansin.com 转载的公告文本（简体） <https://mobile.lansin.com/post/25512.html>',
    });
    expect(of('2025-58', '3-1')).toEqual({
      instrument: '2025-58',
      instrument_name: '商务部 海关总署公告2025年第58号',
      instrument_title_en: 'MOFCOM and GAC Announcement No. 58 of 2025 Announcing the Decision to Implement Export Control on Items Related to Lithium Batteries and Artificial Graphite Anode Materials',
      item: '3-1',
      codes: '3C901.b.1',
      kind: 'goods',
      clause: '3-1',
      clause_label: '三（一）',
      clause_label_en: '3(1)',
      gaps: '',
      gaps_en: '',
      clause_text_en: '(1) 3C901.b.1. Artificial graphite anode materials.',
      text: '人造石墨负极材料。',
      text_en: 'Artificial graphite anode materials.',
      converted_from_traditional: 'yes',
      grade: 'B',
      source: 'kdso.net 网站的繁体字转载 <https://www.kdso.net/kdso/1887118/d.htm>',
      item_url: 'https://example.org/controls/2025-58/items/3-1/',
      instrument_url: 'https://example.org/controls/2025-58/',
    });
  });
});

describe('in the browser', () => {
  const b = sharedPage();

  test('from the home page to the 1E902.a item in three clicks', async () => {
    await b.page.goto(`${base}/`);
    await b.page.getByRole('link', { name: '按管制编码查找' }).click();
    await b.page.getByRole('link', { name: '1E902.a', exact: true }).click();
    await b.page.getByRole('link', { name: '物项页' }).first().click();
    expect(new URL(b.page.url()).pathname).toBe('/controls/2025-62/items/1-1/');
    expect(await b.page.locator('h1').innerText()).toBe('1E902.a');
  });

  const search = async (q: string, regime = '') => {
    await b.page.goto(`${base}/search/?q=${encodeURIComponent(q)}${regime ? `&regime=${encodeURIComponent(regime)}` : ''}`);
    await searchSettled(b.page, q);
  };

  test.each(['1E902.a', '1e902.a', '１Ｅ９０２．ａ', '1E902。a'])('a search for %s shows the code first, then the item that carries it', async (q) => {
    await search(q);
    expect(await b.page.locator('#search-results > li').first().locator('a').getAttribute('href')).toBe('/controls/codes/1E902.a/');
    const first = b.page.locator('#search-results .search-result').first();
    expect(await first.getAttribute('data-codes')).toBe('1E902.a');
    expect(await first.locator('a.search-result-title').getAttribute('href')).toBe('/controls/2025-62/items/1-1/');
    expect(await first.locator('.search-result-meta').innerText()).toContain('出口管制公告');
    expect(await first.locator('.status').innerText()).toContain('状态未知');
  });

  test('Enter on a control code opens the code page', async () => {
    await b.page.goto(`${base}/search/`);
    await b.page.locator('#search-q').fill('1e902.b');
    await b.page.locator('#search-q').press('Enter');
    await b.page.waitForURL(`${base}/controls/codes/1E902.b/`);
  });

  test('words inside a clause, in Traditional input, find the item without a code', async () => {
    await search('金銻冶煉分離');
    const first = b.page.locator('#search-results .search-result').first();
    expect(await first.locator('a.search-result-title').getAttribute('href')).toBe('/controls/2024-33/items/1-1-7/');
  });

  test('the regime filter keeps one regime, and a hit inside a clause links to the clause', async () => {
    await search('稀土', '出口管制公告');
    const regimes = await b.page.locator('#search-results .search-result').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.regime ?? '技术目录'));
    expect(regimes.length).toBeGreaterThan(3);
    expect(new Set(regimes)).toEqual(new Set(['出口管制公告']));
    expect(await b.page.locator('#search-status').innerText()).toMatch(/^找到 \d+ 个结果（出口管制公告 \d+ 页）（已按筛选条件）。$/);
    await search('二次资源回收利用活动', '出口管制公告');
    const hrefs = await b.page.locator('#search-results a.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/controls/2025-62/#cl-1-p2');
  });
});

describe('a suspension announcement after its period', () => {
  test('2025 No.70 is spent: its period ended on 2026-11-10, and nothing later is held', () => {
    const box = page(siteDir, '/controls/2025-70/').querySelector('[data-testid="status"]')!;
    expect(box.getAttribute('data-state')).toBe('spent');
    expect(text(box.querySelector('[data-testid="status-sentence"]'))).toBe('期限已届满：本公告设定的暂停期已于2026年11月10日届满。此后是否另有公告，本站没有资料，未经核实。');
  });
});

describe('a status the sources cannot confirm says where to check it', () => {
  test('every status box on announcement, item and code pages, in both languages, links its announcement\'s official pages', () => {
    // On the status date every announcement lies after the day its sources were searched up to: no status is verified.
    for (const i of EXPECTED_INSTRUMENTS) expect(i.checkedThrough < statusDate, i.id).toBe(true);
    let boxes = 0;
    for (const [path, file] of htmlPages(siteDir)) {
      const m = /^(\/en)?\/controls\/(?:(\d{4}-\d+)\/(?:items\/[^/]+\/)?|codes\/[^/]+\/)$/.exec(path);
      if (!m) continue;
      const doc = parse(readFileSync(file, 'utf8'));
      for (const box of doc.querySelectorAll('[data-testid="status"]')) {
        const id = m[2] ?? /^(\d{4}-\d+)-/.exec(box.closest('.code-use')?.getAttribute('id') ?? '')?.[1];
        const urls = controls.byId.get(id ?? '')?.data.officialUrls.map((u) => u.url) ?? [];
        expect(urls.length, `${path}: its announcement ${id} has official pages in content/controls/`).toBeGreaterThan(0);
        const check = box.querySelector('[data-testid="status-check"]');
        expect(text(check).startsWith(m[1] ? 'Check on the official website: ' : '请到官方网站核实：'), path).toBe(true);
        expect(check!.querySelectorAll('a').map((a) => a.getAttribute('href')), path).toEqual(urls);
        boxes++;
      }
    }
    // Each announcement page, item page and code use, twice (Chinese and English).
    const uses = [...controls.codes.values()].reduce((n, items) => n + items.length, 0);
    expect(boxes).toBe(2 * (controls.instruments.length + controls.items.length + uses));
  });
});
