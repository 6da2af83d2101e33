/** The check behind the surface-consistency tests: what a page says of each announcement, clause and item, against the model on a date (the build day, or a date a reader picked). */
import { badgeOf, describeStatus, describeStatusEn, instrumentName, instrumentNameEn } from '../../src/lib/controls/labels.ts';
import type { ControlItem, Controls, Instrument } from '../../src/lib/controls/model.ts';
import { instrumentStatusOn, itemStatusOn, sameStatus, statusOn, type InstrumentStatus, type Status } from '../../src/lib/controls/status.ts';
import { text } from './html.ts';
import type { HTMLElement } from 'node-html-parser';

/** `pageProblems(path, doc)`: every disagreement of one HTML page with the model on `date`, each naming the page and the subject. */
export function surfaceChecker(controls: Controls, date: string) {
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
    // Every status date the page states (the status-date lines, the index's line, the timeline's marker) is the date.
    for (const t of doc.querySelectorAll('[data-testid="status-as-of"] > time, time[data-status-date], li[data-kind="status-date"] > time')) {
      if (t.getAttribute('datetime') !== date) say('status date', `says ${t.getAttribute('datetime')}, not ${date}`);
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
  return { pageProblems, sentence, nameOf };
}
