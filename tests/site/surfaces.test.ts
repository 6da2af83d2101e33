/**
 * One truth on every surface (issue 18): every built surface that says anything of an announcement, a clause or an
 * item — HTML pages in both languages, the search index's fragments, /data/controls.json and /data/controls.csv, the
 * Atom feeds (the status an entry gives after its event, on that day) — says
 * exactly what the model says of it on the status date: its state, "not verified since", every part with a status of
 * its own, the sentence, and the gaps of an item's wording. Each disagreement is listed with the surface that made it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { cardStates } from '../../src/lib/controls/search-status.ts';
import { instrumentStatusOn, itemStatusOn, statusOn } from '../../src/lib/controls/status.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { parseCsv } from '../helpers/csv.ts';
import { htmlPages } from '../helpers/site-files.ts';
import { surfaceChecker } from '../helpers/surfaces.ts';
import { parse } from 'node-html-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { badgeOf, dateIn } from '../../src/lib/controls/labels.ts';
import { dayAfter } from '../../src/lib/shared/dates.ts';
import { useTranslations } from '../../src/lib/site/i18n.ts';


const siteDir = inject('siteDir');
const date = inject('statusDate');
const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));

const { pageProblems, sentence } = surfaceChecker(controls, date);

describe('HTML pages, both languages', () => {
  const pages = htmlPages(siteDir).filter(([p]) => !p.startsWith('/pagefind/'));
  test('every page that states a status of an announcement, clause or item states the model’s', () => {
    const problems = pages.flatMap(([path, file]) => pageProblems(path, parse(readFileSync(file, 'utf8'))));
    expect(problems).toEqual([]);
  });
  test('the check reads enough: statuses are stated on the pages of every instrument and item, in both languages', () => {
    const keys = new Set(pages.flatMap(([, file]) => parse(readFileSync(file, 'utf8')).querySelectorAll('[data-status-of]').map((e) => e.getAttribute('data-status-of'))));
    for (const inst of controls.instruments) expect(keys.has(`instrument:${inst.id}`), inst.id).toBe(true);
    for (const it of controls.items) expect(keys.has(`item:${it.instrument}:${it.id}`), `${it.instrument}#${it.id}`).toBe(true);
  });
});

describe('the search index', () => {
  const dir = join(siteDir, 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return { file: f, data: JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; meta: Record<string, string>; anchors: { id: string }[] } };
  });
  test('every announcement and item fragment carries the model’s statuses, clause by clause', () => {
    const out: string[] = [];
    let seen = 0;
    for (const { file, data } of fragments) {
      const path = data.url.replace(/^\/en\//, '/');
      const a = /^\/controls\/(\d{4}-\d+)\/$/.exec(path);
      const b = /^\/controls\/(\d{4}-\d+)\/items\/([^/]+)\/$/.exec(path);
      const where = `search fragment ${file} (${data.url})`;
      if (a) {
        const inst = controls.byId.get(a[1]!)!;
        const h = instrumentStatusOn(inst, date);
        seen++;
        if (data.meta.status !== h.status.state) out.push(`${where}: status ${data.meta.status}, the model ${h.status.state}`);
        // What the page's headline shows: the whole, then each other state among the parts it names, with their labels.
        const byState = new Map<string, string[]>();
        for (const p of h.parts.filter((x) => x.status.state !== h.status.state)) byState.set(p.status.state, [...(byState.get(p.status.state) ?? []), p.clause.label]);
        const want = [{ state: h.status.state, unverified: h.status.unverified }, ...[...byState].map(([state, labels]) => ({ state, unverified: false, part: true, labels }))];
        if (JSON.stringify(cardStates(data.meta.states)) !== JSON.stringify(want)) out.push(`${where}: a card for the page would show ${JSON.stringify(cardStates(data.meta.states))}, the model ${JSON.stringify(want)}`);
        for (const c of inst.clauses) {
          const s = statusOn(inst, date, c.id);
          const card = cardStates(data.meta.states, c.anchor);
          if (card.length !== 1 || card[0]!.state !== s.state || card[0]!.unverified !== s.unverified) out.push(`${where}: a card for ${c.anchor} would show ${JSON.stringify(card)}, the model ${s.state}${s.unverified ? ' (not verified since)' : ''}`);
        }
      } else if (b) {
        const it = controls.byId.get(b[1]!)?.items.find((x) => x.id === decodeURIComponent(b[2]!));
        if (!it) continue;
        seen++;
        const s = itemStatusOn(controls, it, date);
        const card = cardStates(data.meta.states);
        if (data.meta.status !== s.state || card.length !== 1 || card[0]!.state !== s.state || card[0]!.unverified !== s.unverified) out.push(`${where}: status ${data.meta.status} / card ${JSON.stringify(card)}, the model ${s.state}${s.unverified ? ' (not verified since)' : ''}`);
      }
    }
    expect(out).toEqual([]);
    expect(seen).toBe(2 * (controls.instruments.length + controls.items.length));
  });
});

describe('open data', () => {
  const json = JSON.parse(readFileSync(join(siteDir, 'data', 'controls.json'), 'utf8')) as {
    instruments: { id: string; status: { state: string; unverified: boolean; text: string; textEn: string; reasons?: { reason: string; by?: string }[] }; statusParts?: string[]; clauses: { id: string; status: { state: string; unverified: boolean; text: string } }[]; items: { id: string; gaps?: unknown[]; status: { state: string; unverified: boolean; text: string } }[] }[];
  };
  test('controls.json: every instrument, clause and item has the model’s status, sentence, parts and gaps', () => {
    const out: string[] = [];
    for (const rec of json.instruments) {
      const inst = controls.byId.get(rec.id)!;
      const h = instrumentStatusOn(inst, date);
      const where = `controls.json ${rec.id}`;
      if (rec.status.state !== h.status.state || rec.status.unverified !== h.status.unverified) out.push(`${where}: ${rec.status.state}, the model ${h.status.state}`);
      if (rec.status.text !== sentence(h.status, 'zh-CN', h.parts.length > 0)) out.push(`${where}: text "${rec.status.text}"`);
      if (rec.status.textEn !== sentence(h.status, 'en', h.parts.length > 0)) out.push(`${where}: textEn "${rec.status.textEn}"`);
      if ((rec.statusParts ?? []).join() !== h.parts.map((p) => p.clause.id).join()) out.push(`${where}: statusParts ${rec.statusParts}, the model ${h.parts.map((p) => p.clause.id)}`);
      if ((rec.status.reasons ?? []).map((r) => r.reason).join() !== h.status.unknown.map((u) => u.reason).join()) out.push(`${where}: reasons ${JSON.stringify(rec.status.reasons)}`);
      for (const c of rec.clauses) {
        const s = statusOn(inst, date, c.id);
        if (c.status.state !== s.state || c.status.unverified !== s.unverified || c.status.text !== sentence(s, 'zh-CN')) out.push(`${where} clause ${c.id}: ${c.status.state} "${c.status.text}", the model ${s.state} "${sentence(s, 'zh-CN')}"`);
      }
      for (const i of rec.items) {
        const it = inst.items.find((x) => x.id === i.id)!;
        const s = itemStatusOn(controls, it, date);
        if (i.status.state !== s.state || i.status.unverified !== s.unverified || i.status.text !== sentence(s, 'zh-CN')) out.push(`${where} item ${i.id}: ${i.status.state}, the model ${s.state}`);
        if ((i.gaps?.length ?? 0) !== it.gaps.length) out.push(`${where} item ${i.id}: ${i.gaps?.length ?? 0} gaps, the model ${it.gaps.length}`);
      }
    }
    expect(out).toEqual([]);
  });
  test('controls.csv: every row has its item’s status, dates, reasons, sentence and gaps', () => {
    const [head, ...rows] = parseCsv(readFileSync(join(siteDir, 'data', 'controls.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const col = (r: string[], name: string) => r[head!.indexOf(name)] ?? '';
    const out: string[] = [];
    expect(rows).toHaveLength(controls.items.length);
    for (const r of rows) {
      const it = controls.byId.get(col(r, 'instrument'))!.items.find((x) => x.id === col(r, 'item'))!;
      const s = itemStatusOn(controls, it, date);
      const where = `controls.csv ${col(r, 'instrument')}#${col(r, 'item')}`;
      const want = { status: s.state, status_since: s.since ?? '', status_until: s.until ?? '', status_reason: s.unknown.map((u) => u.reason).join(' '), status_text: sentence(s, 'zh-CN'), status_text_en: sentence(s, 'en'), unverified_after: s.unverified ? s.checkedThrough : '', gaps: it.gaps.map((g) => g.what).join('\n') };
      for (const [k, v] of Object.entries(want)) if (col(r, k) !== v) out.push(`${where}: ${k} "${col(r, k)}", the model "${v}"`);
    }
    expect(out).toEqual([]);
  });
});

describe('the Atom feeds', () => {
  const after = (lang: 'zh-CN' | 'en') => useTranslations(lang)('feed.statusAfter', { status: '' });
  /** One disagreement per line: the status a feed entry gives after its event, against the model on that day. */
  function feedProblems(file: string, lang: 'zh-CN' | 'en'): { out: string[]; checked: number } {
    const feed = parseFeed(readFileSync(join(siteDir, file), 'utf8'));
    const out: string[] = [];
    let checked = 0;
    for (const item of feed.items) {
      const url = new URL(item.url!);
      const paragraphs = parse(item.description ?? '').querySelectorAll('p').map((p) => p.text);
      const stated = paragraphs.find((p) => p.startsWith(after(lang)))?.slice(after(lang).length);
      const where = `${file} ${url.pathname}${url.hash} (${item.categories.map((c) => c.term).join()})`;
      const id = url.pathname.match(/^(?:\/en)?\/controls\/([^/]+)\//)?.[1];
      const inst = id ? controls.byId.get(id) : undefined;
      if (!inst) {
        if (stated !== undefined) out.push(`${where}: states a status after the event for what is not an announcement`);
        continue;
      }
      if (stated === undefined) continue;
      checked++;
      const published = item.published!.toISOString().slice(0, 10);
      // The status from the event's day on; for the end of a period, from the day after it.
      const day = item.categories.some((c) => c.term === 'suspension-ends') ? dayAfter(published) : published;
      const clause = url.hash.startsWith('#cl-') ? url.hash.slice('#cl-'.length) : undefined;
      const h = instrumentStatusOn(inst, day);
      const whole = clause ? statusOn(inst, day, clause) : h.status;
      const b = badgeOf(whole.state, whole.unverified, lang);
      const firstPart = stated.split(lang === 'en' ? '; ' : '；')[0]!;
      if (!firstPart.includes(b.words)) out.push(`${where}: "${stated}" does not say "${b.words}", the model's state on ${day}`);
      const marker = badgeOf(whole.state, true, lang).unverified?.trim();
      if (marker && whole.unverified !== firstPart.includes(marker)) out.push(`${where}: "${stated}" ${whole.unverified ? 'drops' : 'adds'} "${marker}"`);
      if (!clause) {
        for (const st of new Set(h.parts.map((p) => p.status.state).filter((st) => st !== h.status.state))) {
          const words = badgeOf(st, false, lang).words;
          if (!stated.includes(words)) out.push(`${where}: "${stated}" leaves out the parts that are "${words}" on ${day}`);
        }
      }
      const horizonSaid = paragraphs.some((p) => p.includes(dateIn(inst.data.checkedThrough, lang)) && p !== paragraphs[0]);
      if ((published > inst.data.checkedThrough) !== horizonSaid) out.push(`${where}: ${horizonSaid ? 'says' : 'does not say'} that events after ${inst.data.checkedThrough} are not verified`);
    }
    return { out, checked };
  }
  test.each([['feed.xml', 'zh-CN'], ['en/feed.xml', 'en']] as const)('%s: after each event, the status the model gives the clause or announcement its link names, on that day', (file, lang) => {
    const { out, checked } = feedProblems(file, lang);
    expect(out).toEqual([]);
    expect(checked, 'entries with a status after their event').toBeGreaterThan(10);
  });
});
