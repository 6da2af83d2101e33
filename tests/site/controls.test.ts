/**
 * The export-control section as built and as a reader uses it: every instrument, item and code has its page; statuses
 * say what applied on the status date; the 1E902.a item is three clicks from home and first in a search for its code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, inject, test } from 'vitest';
import { controlsRecord, CONTROLS_CSV_COLUMNS } from '../../src/lib/controls/downloads.ts';
import { DownloadControlsSchema } from '../../src/lib/controls/schemas.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { buildSiteContent } from '../../src/lib/site-content.ts';
import { controlCodeUrl, controlItemUrl, instrumentUrl } from '../../src/lib/urls.ts';
import { sharedPage } from '../helpers/browser.ts';
import { parseCsv } from '../helpers/csv.ts';
import { page, text } from '../helpers/html.ts';
import { searchSettled } from '../helpers/search-page.ts';

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
    const origin = new URL(json.instruments[0].url).origin;
    expect(json).toEqual(JSON.parse(JSON.stringify(controlsRecord(controls, statusDate, origin))));
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
