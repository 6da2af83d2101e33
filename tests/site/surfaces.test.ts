/**
 * One truth on every surface (issue 18): every built surface that says anything of an announcement, a clause or an
 * item — HTML pages in both languages, the search index's fragments, /data/controls.json and /data/controls.csv — says
 * exactly what the model says of it on the status date: its state, "not verified since", every part with a status of
 * its own, the sentence, and the gaps of an item's wording. Each disagreement is listed with the surface that made it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { badgeOf, describeStatus, describeStatusEn, instrumentName, instrumentNameEn } from '../../src/lib/controls/labels.ts';
import type { ControlItem, Instrument } from '../../src/lib/controls/model.ts';
import { cardStates } from '../../src/lib/controls/search-status.ts';
import { instrumentStatusOn, itemStatusOn, sameStatus, statusOn, type InstrumentStatus, type Status } from '../../src/lib/controls/status.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { buildSiteContent } from '../../src/lib/site-content.ts';
import { parseCsv } from '../helpers/csv.ts';
import { text } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';
import { parse, type HTMLElement } from 'node-html-parser';

const siteDir = inject('siteDir');
const date = inject('statusDate');
const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));

type Lang = 'zh-CN' | 'en';
const nameOf = (lang: Lang) => (id: string) => {
  const i = controls.byId.get(id);
  return i ? (lang === 'en' ? instrumentNameEn(i) : instrumentName(i)) : id;
};
const sentence = (s: Status, lang: Lang, parts = false) => (lang === 'en' ? describeStatusEn(s, nameOf(lang), { parts }) : describeStatus(s, nameOf(lang), { parts }));

/** What the model says of one subject on the status date. */
type Expected = { kind: 'instrument'; inst: Instrument; headline: InstrumentStatus } | { kind: 'clause' | 'item'; inst: Instrument; status: Status; item?: ControlItem };

function expected(key: string): Expected | undefined {
  const [kind, id, local] = key.split(':');
  const inst = id ? controls.byId.get(id) : undefined;
  if (!inst) return undefined;
  if (kind === 'instrument') return { kind, inst, headline: instrumentStatusOn(inst, date) };
  if (kind === 'clause' && inst.clauses.some((c) => c.id === local)) return { kind, inst, status: statusOn(inst, date, local) };
  const item = inst.items.find((it) => it.id === local);
  if (kind === 'item' && item) return { kind, inst, status: itemStatusOn(controls, item, date), item };
  return undefined;
}

/** The words a badge must show: state, and "not verified since" exactly when the model says so. */
function badgeProblems(el: HTMLElement, s: Pick<Status, 'state' | 'unverified'>, lang: Lang): string[] {
  const b = badgeOf(s.state, s.unverified, lang);
  const shown = text(el);
  const out: string[] = [];
  if (!shown.includes(b.words)) out.push(`shows "${shown}", not the words "${b.words}"`);
  const unverified = badgeOf(s.state, true, lang).unverified;
  if (b.unverified && !shown.includes(b.unverified.trim())) out.push(`drops "${b.unverified.trim()}"`);
  if (!b.unverified && unverified && shown.includes(unverified.trim())) out.push(`says "${unverified.trim()}" where the model does not`);
  return out;
}

/** Every disagreement of one HTML page with the model, each naming the page and the subject. */
function pageProblems(path: string, doc: HTMLElement): string[] {
  const lang: Lang = doc.querySelector('html')?.getAttribute('lang') === 'en' ? 'en' : 'zh-CN';
  const out: string[] = [];
  const say = (key: string, what: string) => out.push(`${path} — ${key}: ${what}`);
  for (const el of doc.querySelectorAll('[data-status-of]')) {
    const key = el.getAttribute('data-status-of')!;
    const e = expected(key);
    if (!e) {
      say(key, 'names a subject the model does not have');
      continue;
    }
    if (e.kind === 'instrument') {
      const h = e.headline;
      const states = [...new Set([h.status.state, ...h.parts.map((p) => p.status.state)])].join(' ');
      if (el.hasAttribute('data-states')) {
        if (el.getAttribute('data-states') !== states) say(key, `headline states "${el.getAttribute('data-states')}", the model "${states}"`);
        const badges = el.querySelectorAll('.badge.status');
        if (badges[0]) for (const p of badgeProblems(badges[0], h.status, lang)) say(key, `headline badge ${p}`);
        const partStates = [...new Set(h.parts.map((p) => p.status.state))].filter((st) => st !== h.status.state);
        if (badges.length !== 1 + partStates.length) say(key, `headline shows ${badges.length} badges, the model ${1 + partStates.length} (the whole and each other state of its parts)`);
      } else {
        if (el.getAttribute('data-state') !== h.status.state) say(key, `status box state ${el.getAttribute('data-state')}, the model ${h.status.state}`);
        const written = text(el.querySelector('[data-testid="status-sentence"]'));
        const want = sentence(h.status, lang, h.parts.length > 0);
        if (!written.startsWith(want)) say(key, `sentence "${written}" is not the model's "${want}"`);
        const listed = el.querySelectorAll('[data-testid="clause-status"] [data-status-of]').map((x) => x.getAttribute('data-status-of'));
        const parts = h.parts.map((p) => `clause:${e.inst.id}:${p.clause.id}`);
        if (listed.join() !== parts.join()) say(key, `lists parts [${listed.join(', ')}], the model [${parts.join(', ')}]`);
        for (const p of h.parts) {
          const li = el.querySelector(`[data-status-of="clause:${e.inst.id}:${p.clause.id}"] [data-testid="part-sentence"]`);
          if (li && text(li) !== sentence(p.status, lang)) say(`clause:${e.inst.id}:${p.clause.id}`, `part sentence "${text(li)}" is not the model's "${sentence(p.status, lang)}"`);
        }
      }
      continue;
    }
    const s = e.status;
    if (el.getAttribute('data-state') !== s.state) say(key, `state ${el.getAttribute('data-state')}, the model ${s.state}`);
    const badge = el.matches('.badge') ? el : el.querySelector('.badge.status');
    if (badge) for (const p of badgeProblems(badge, s, lang)) say(key, `badge ${p}`);
    if (el.getAttribute('data-testid') === 'status') {
      const written = text(el.querySelector('[data-testid="status-sentence"]'));
      if (!written.startsWith(sentence(s, lang))) say(key, `sentence "${written}" is not the model's "${sentence(s, lang)}"`);
    }
  }
  // An announcement page marks every clause whose status differs from the whole, where the clause stands.
  const m = /^\/(?:en\/)?controls\/(\d{4}-\d+)\/$/.exec(path);
  const inst = m ? controls.byId.get(m[1]!) : undefined;
  if (inst) {
    const whole = statusOn(inst, date);
    if (!doc.querySelector(`[data-testid="status"][data-status-of="instrument:${inst.id}"]`)) say(`instrument:${inst.id}`, 'has no status box');
    for (const c of inst.clauses) {
      if (sameStatus(statusOn(inst, date, c.id), whole)) continue;
      if (!doc.querySelector(`#${c.anchor} [data-status-of="clause:${inst.id}:${c.id}"]`)) say(`clause:${inst.id}:${c.id}`, 'has a status of its own that the clause does not show where it stands');
    }
  }
  // Every place that prints an item's wording (marked data-item) prints what of it we do not hold, with it.
  for (const el of doc.querySelectorAll('[data-item]')) {
    const key = el.getAttribute('data-item')!;
    const e = expected(key);
    const item = e && e.kind === 'item' ? e.item : undefined;
    if (!item) {
      say(key, 'prints an item the model does not have');
      continue;
    }
    const shown = el.querySelector(`[data-gaps-of="${key}"]`);
    if (item.gaps.length && !shown) say(key, `prints the item's wording without its ${item.gaps.length} gap note(s)`);
    else if (shown && shown.getAttribute('data-gaps') !== String(item.gaps.length)) say(key, `shows ${shown.getAttribute('data-gaps')} gap notes, the model ${item.gaps.length}`);
  }
  // And a page that holds an item's wording anywhere else must have marked it: the wording of an item with gaps, where no
  // other item has the same wording, appears only inside such a place or inside its own clause on the announcement page.
  const body = text(doc.querySelector('main') ?? doc);
  for (const it of controls.items.filter((x) => x.gaps.length)) {
    const probe = it.text.split('\n')[0]!.replace(/\s+/g, ' ').trim();
    if (probe.length < 8 || !body.includes(probe) || controls.items.some((o) => o !== it && o.text.includes(probe))) continue;
    if (!doc.querySelector(`[data-item="item:${it.instrument}:${it.id}"]`)) say(`item:${it.instrument}:${it.id}`, "prints the item's wording outside any place marked as printing the item (data-item), so its gaps may be missing");
  }
  return out;
}

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
        const want = [{ state: h.status.state, unverified: h.status.unverified }, ...[...new Set(inst.clauses.map((c) => statusOn(inst, date, c.id).state))].filter((st) => st !== h.status.state).map((state) => ({ state, unverified: false, part: true }))];
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
