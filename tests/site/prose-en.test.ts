/**
 * The English of our own prose (tests/fixtures/prose-en): on English pages a note, a description, a reason or a body
 * written in English is shown in English (lang="en", "Our note:"), and one not yet written shows the Chinese marked
 * lang="zh-CN" under the "(in Chinese)" label; Chinese pages are byte for byte the same whether the English is written
 * or not; the downloads carry the English beside the Chinese.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { page, text } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';
import { ROOT } from '../helpers/site-setup.ts';

/** The fields of our prose in English that the fixture writes; the stripped copy has none of them. */
const PROSE_EN = ['noteEn', 'titleEn', 'coversEn', 'missingEn', 'summaryEn', 'labelEn', 'foundEn', 'sourceEn', 'whatEn', 'codeNoteEn', 'conflictsEn', 'reasonEn', 'whenEn', 'textEn', 'notHeldEn', 'statusEn', 'bodyEn'];
const HAN = /\p{Script=Han}/u;

let out: string;
let bare: string;

const build = (content: string, dest: string) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', content, '--out', dest], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STATUS_DATE: '2026-11-29', SITE_URL: 'https://example.org', REPORT_URL: 'mailto:errors@example.org' },
  });
  if (r.status !== 0) throw new Error(`Building ${content} failed:\n${r.stdout}\n${r.stderr}`);
};

/** A copy of the fixture without any English of our prose (the Markdown bodies and everything else kept). */
function strippedCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'prose-en-bare-'));
  cpSync(fixtureRoot('prose-en'), root, { recursive: true });
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !PROSE_EN.includes(k)).map(([k, x]) => [k, strip(x)]));
    return v;
  };
  const walk = (dir: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const f = join(dir, d.name);
      if (d.isDirectory()) walk(f);
      else if (f.endsWith('.md')) {
        const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(f, 'utf8'))!;
        writeFileSync(f, `---\n${yaml.dump(strip(yaml.load(m[1]!, { schema: yaml.JSON_SCHEMA })))}---\n${m[2]}`);
      }
    }
  };
  walk(join(root, 'content'));
  return root;
}

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'prose-en-'));
  out = join(tmp, 'site');
  bare = join(tmp, 'bare');
  build(fixtureRoot('prose-en'), out);
  build(strippedCopy(), bare);
}, 240_000);

const en = (path: string) => page(out, `/en${path}`);
/** An element of our prose on an English page: its language, whether it is the English, and its text. */
const prose = (el: HTMLElement | null | undefined) => ({ lang: el?.getAttribute('lang'), which: el?.getAttribute('data-prose'), text: text(el ?? null) });

/** Chinese text outside elements marked lang="zh-…" (as tests/site/english.test.ts walks the real site). */
function strayChinese(body: HTMLElement): string[] {
  const found: string[] = [];
  const visit = (n: Node, lang: string): void => {
    if (n.nodeType === 3) {
      if (HAN.test(n.rawText) && !/^zh(-|$)/.test(lang)) found.push(n.rawText.trim().slice(0, 40));
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as HTMLElement;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName)) return;
    for (const c of el.childNodes) visit(c, el.getAttribute('lang') ?? lang);
  };
  visit(body, 'en');
  return found;
}

describe('an entry with its notes in English (test-a)', () => {
  test('the note on a control point is in English, labelled as our note, not as a translation', () => {
    const note = en('/entries/test-a/2001/').querySelector('#cp-1 .cp-note[data-prose]');
    expect(prose(note)).toEqual({ lang: 'en', which: 'en', text: 'Our note: A note on point one & "its" wording.' });
    expect(note!.querySelector('.rendering-label')).toBeNull();
  });

  test('what is missing is listed in English under "(our notes)"', () => {
    const box = en('/entries/test-a/2001/').querySelector('[data-testid="missing"]')!;
    expect(text(box.querySelector('p'))).toBe('Not yet held here: (our notes)');
    expect(box.querySelector('ul')!.getAttribute('lang')).toBeUndefined();
    expect(box.querySelectorAll('li').map((li) => prose(li))).toEqual([
      { lang: 'en', which: 'en', text: 'The wording of control point 2' },
      { lang: 'en', which: 'en', text: 'The industry heading' },
    ]);
  });

  test('the Markdown notes are rendered from bodyEn as the bodies are: emphasis, links, tables; entities stay text', () => {
    const doc = en('/entries/test-a/2001/');
    const body = doc.querySelector('.prose[data-prose]')!;
    expect(prose(body).lang).toBe('en');
    expect(text(body.previousElementSibling)).toBe('Our notes:');
    expect(text(body.querySelector('strong'))).toBe('notes');
    expect(body.querySelector('a')!.getAttribute('href')).toBe('https://example.org/notes');
    expect(body.querySelectorAll('table td').map((td) => text(td))).toEqual(['1', '2']);
    expect(text(body.querySelector('p'))).toBe('Our notes in English, with a link & <b>text that is not a tag</b>.');
    expect(body.querySelector('b')).toBeNull();
  });

  test('the source: its title, what it covers and our note in English', () => {
    const li = en('/entries/test-a/2001/').querySelector('.sources li')!;
    const a = li.querySelector('a')!;
    expect([text(a), a.getAttribute('lang')]).toEqual(['Test source', undefined]);
    expect(text(li.querySelector('.muted'))).toBe('(used for: the name)');
    expect(prose(li.querySelector('.cp-note'))).toEqual({ lang: 'en', which: 'en', text: 'Our note: A note on the source.' });
  });

  test('the reason of a cross-reference is in English', () => {
    const li = en('/entries/test-a/2001/').querySelector('[data-testid="cross-reference"] li')!;
    expect(prose(li.querySelector('[data-prose]'))).toEqual({ lang: 'en', which: 'en', text: 'Our note: Both concern the test technology (our editorial link).' });
  });
});

describe('an entry whose notes have no English yet (test-b): the Chinese, marked, under "(in Chinese)"', () => {
  test('note, missing list, body, source note and reason', () => {
    const doc = en('/entries/test-b/2001/');
    const note = doc.querySelector('#cp-1 .cp-note[data-prose]')!;
    expect(prose(note)).toEqual({ lang: undefined, which: 'zh', text: 'Our note (in Chinese): 只有中文的说明。' });
    expect(text(note.querySelector('[lang="zh-CN"]'))).toBe('只有中文的说明。');
    const missing = doc.querySelector('[data-testid="missing"]')!;
    expect(text(missing.querySelector('p'))).toBe('Not yet held here: (our notes, in Chinese)');
    expect(missing.querySelector('ul')!.getAttribute('lang')).toBe('zh-CN');
    const body = doc.querySelector('.prose[data-prose]')!;
    expect([prose(body).lang, prose(body).which, text(body.previousElementSibling)]).toEqual(['zh-CN', 'zh', 'Our notes (in Chinese):']);
    expect(prose(doc.querySelector('.sources .cp-note[data-prose]'))).toEqual({ lang: undefined, which: 'zh', text: 'Our note (in Chinese): 只有中文的来源说明。' });
    expect(prose(doc.querySelector('[data-testid="cross-reference"] li [data-prose]'))).toEqual({ lang: undefined, which: 'zh', text: 'Our note (in Chinese): 只有中文的理由。' });
  });
});

describe('an announcement with its notes in English (2001-1), and one without (2001-2)', () => {
  test('date note, clause notes (one in English, one not), gaps, conflicts, code note and body', () => {
    const doc = en('/controls/2001-1/');
    expect(prose(doc.querySelector('.facts .cp-note[data-prose]'))).toEqual({ lang: 'en', which: 'en', text: 'Our note: A note on the date of publication.' });
    expect(prose(doc.querySelector('#cl-1 .cp-note'))).toEqual({ lang: 'en', which: 'en', text: 'Our note: A note on clause 1.' });
    expect(prose(doc.querySelector('#cl-1-1 .cp-note'))).toEqual({ lang: undefined, which: 'zh', text: 'Our note (in Chinese): 只有中文的条款说明。' });
    expect(text(doc.querySelector('[data-testid="gap"]'))).toBe('[Not held] Our description: Clause 2 is not held.');
    const notHeld = doc.querySelector('[data-testid="not-held"]')!;
    expect(text(notHeld.querySelector('p'))).toBe('What we do not hold. In our own words:');
    expect(notHeld.querySelectorAll('li').map((li) => prose(li))).toEqual([{ lang: 'en', which: 'en', text: 'The annex is not held.' }]);
    expect(doc.querySelectorAll('[data-testid="conflicts"] li').map((li) => prose(li))).toEqual([{ lang: 'en', which: 'en', text: 'The two copies differ on the date.' }]);
    expect(text(doc.querySelector('#item-1-1 .cp-note'))).toBe('Wording in the text: clause 1(1) 一（一）; On the code, our note: A note on the code.');
    const body = doc.querySelector('.prose[data-prose]')!;
    expect([prose(body).lang, text(body.previousElementSibling), text(body)]).toEqual(['en', 'In our own words:', 'A fictional announcement, for the tests only & <i>not a tag</i>.']);
    expect(text(body.querySelector('em'))).toBe('for the tests only');
    expect(text(doc.querySelector('#source-copy a'))).toBe('Test copy');
    expect(prose(doc.querySelector('#source-copy .cp-note'))).toEqual({ lang: 'en', which: 'en', text: 'Our note: A note on the copy.' });
    expect(prose(doc.querySelector('#source-news .cp-note[data-prose]'))).toEqual({ lang: undefined, which: 'zh', text: 'Our note (in Chinese): 只有中文的说明。' });
  });

  test('without English: gaps, conflicts, relation note and body in Chinese, labelled', () => {
    const doc = en('/controls/2001-2/');
    expect(text(doc.querySelector('[data-testid="not-held"] p'))).toBe('What we do not hold. In our own words (in Chinese):');
    expect(doc.querySelector('[data-testid="not-held"] ul')!.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('[data-testid="conflicts"]')!.getAttribute('lang')).toBe('zh-CN');
    expect(prose(doc.querySelector('.facts .cp-note[data-prose]'))).toEqual({ lang: undefined, which: 'zh', text: 'Our note (in Chinese): 只有中文的关系说明。' });
    const body = doc.querySelector('.prose[data-prose]')!;
    expect([prose(body).lang, text(body.previousElementSibling), text(body)]).toEqual(['zh-CN', 'In our own words (in Chinese):', '只有中文的公告说明。']);
  });

  test('the item page: code note, note and the reason of each cross-reference', () => {
    const doc = en('/controls/2001-1/items/1-1/');
    expect(doc.querySelectorAll('p.cp-note[data-prose]').map((p) => prose(p))).toEqual([
      { lang: 'en', which: 'en', text: 'On the code, our note: A note on the code.' },
      { lang: 'en', which: 'en', text: 'Our note: A note on the item.' },
    ]);
    expect(doc.querySelectorAll('[data-testid="cross-reference"] li [data-prose]').map((p) => prose(p))).toEqual([
      { lang: 'en', which: 'en', text: 'our reason: Both concern the test technology (our editorial link).' },
      { lang: undefined, which: 'zh', text: 'our reason (in Chinese): 只有中文的理由。' },
    ]);
  });
});

describe('the edition and the related instrument', () => {
  test('edition: summary and later changes in English, the basis not yet', () => {
    const doc = en('/editions/2001/');
    expect(prose(doc.querySelector('p.prose[data-prose]'))).toEqual({ lang: 'en', which: 'en', text: 'Our note: A fictional edition for the tests.' });
    expect(text(doc.querySelector('[data-testid="later-changes"]'))).toBe('Our note: No later change found.Basis: 测试检索');
    expect(text(doc.querySelector('.facts a[href="https://example.org/official/2001"]'))).toBe('Test official page');
  });

  test('related instrument: summary, facts (one still in Chinese, said so), not held, status and notes', () => {
    const doc = en('/related/test-related/');
    expect(text(doc.querySelectorAll('[data-testid="facts"] li')[0]!)).toBe('In 2001First published.Based on: grade C, Test news');
    expect(text(doc.querySelectorAll('[data-testid="facts"] li')[1]!)).toBe('2002年只有中文的事实。 (in Chinese)Based on: grade C, Test news');
    expect(text(doc.querySelector('[data-testid="related-status"]'))).toMatch(/^Our note: Status unknown\. /);
    expect(doc.querySelectorAll('.missing-list li').map((li) => prose(li))).toEqual([{ lang: 'en', which: 'en', text: 'Any of its text.' }]);
    expect(text(doc.querySelector('div[data-prose]'))).toBe('Only facts & <b>no text</b>.');
  });
});

describe('every page', () => {
  test('English pages show no Chinese outside elements marked lang="zh-CN"', () => {
    const stray = htmlPages(out)
      .filter(([path]) => path.startsWith('/en/'))
      .flatMap(([path, file]) => strayChinese(parse(readFileSync(file, 'utf8')).querySelector('body')!).map((s) => `${path}: ${s}`));
    expect(stray).toEqual([]);
  });

  test('Chinese pages are byte for byte the same with and without the English (the names of /_astro/ files aside)', () => {
    const zh = htmlPages(out).filter(([path]) => !path.startsWith('/en/'));
    const mask = (s: string) => s.replace(/\/_astro\/[\w.-]+/g, '/_astro/…');
    expect(zh.length).toBe(htmlPages(bare).filter(([path]) => !path.startsWith('/en/')).length);
    // The coverage page counts the English; the data page gives the size of each download, which holds it.
    const differ = zh.filter(([path]) => path !== '/coverage/' && path !== '/data/').filter(([path, file]) => mask(readFileSync(file, 'utf8')) !== mask(readFileSync(join(bare, path.endsWith('.html') ? path : `${path}index.html`), 'utf8')));
    expect(differ.map(([path]) => path)).toEqual([]);
    expect(text(page(out, '/coverage/').querySelector('[data-testid="prose-counts"] tr[data-kind="bodies"]'))).toBe('页面末尾的较长说明 6 4');
    expect(text(page(bare, '/coverage/').querySelector('[data-testid="prose-counts"] tr[data-kind="bodies"]'))).toBe('页面末尾的较长说明 6 0');
  });
});

describe('downloads', () => {
  test('the edition JSON and CSV carry the English of our notes beside the Chinese', () => {
    const data = JSON.parse(readFileSync(join(out, 'data/2001.json'), 'utf8'));
    const a = data.entries.find((e: { key: string }) => e.key === 'test-a');
    expect(a.missingEn).toEqual(['The wording of control point 2', 'The industry heading']);
    expect(a.controlPoints[0].noteEn).toBe('A note on point one & "its" wording.');
    expect(a.notesEn).toMatch(/^Our \*\*notes\*\* in English/);
    expect(a.sources[0]).toMatchObject({ titleEn: 'Test source', coversEn: 'the name', noteEn: 'A note on the source.' });
    const b = data.entries.find((e: { key: string }) => e.key === 'test-b');
    expect([b.missingEn, b.controlPoints[0].noteEn, b.notesEn]).toEqual([undefined, undefined, undefined]);
    const csv = readFileSync(join(out, 'data/2001.csv'), 'utf8').split('\r\n');
    const head = csv[0]!.replace(/^\uFEFF/, '').split(',');
    const row = csv.find((l) => l.includes('测试技术甲'))!.split(',');
    expect(row[head.indexOf('missing_en')]).toBe('The wording of control point 2; The industry heading');
    expect(row[head.indexOf('cp_note_en')]).toBe('"A note on point one & ""its"" wording."');
  });

  test('controls.json carries them too, and both JSON Schemas say whose words they are', () => {
    const data = JSON.parse(readFileSync(join(out, 'data/controls.json'), 'utf8'));
    const inst = data.instruments.find((i: { id: string }) => i.id === '2001-1');
    expect(inst.clauses[0].noteEn).toBe('A note on clause 1.');
    expect(inst.items[0]).toMatchObject({ codeNoteEn: 'A note on the code.', noteEn: 'A note on the item.' });
    expect(inst.conflictsEn).toEqual(['The two copies differ on the date.']);
    expect(inst.notHeld[0].whatEn).toBe('Clause 2 is not held.');
    expect(inst.notesEn).toMatch(/^A fictional announcement/);
    const schema = JSON.parse(readFileSync(join(out, 'data/controls-schema.json'), 'utf8'));
    expect(schema.definitions.Item.properties.noteEn.description).toBe(
      'our own words, in English: the English of `note` (our note, not official wording and not a translation of it); the Chinese `note` prevails where they differ. Absent when not yet written',
    );
    const edition = JSON.parse(readFileSync(join(out, 'data/schema.json'), 'utf8'));
    expect(edition.definitions.Entry.properties.controlPoints.items.properties.noteEn.description).toMatch(/^our own words, in English: .*the Chinese `note` prevails where they differ/);
  });
});
