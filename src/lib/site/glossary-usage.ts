/** Where each glossary term is used: the announcements and catalogue entries whose official wording holds it, and the industry headings it is. */
import type { Controls } from '../controls/model.ts';
import type { GlossaryTerm, Glossary } from './glossary.ts';
import type { Catalogue, EntryVersion } from '../catalogue/model.ts';
import { allVersions } from '../catalogue/queries.ts';

/** A term's fragment id on the glossary page, from its English: MOFCOM → mofcom, rare earth → rare-earth. */
export const glossaryAnchor = (t: Pick<GlossaryTerm, 'en'>): string =>
  t.en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface TermUse {
  term: GlossaryTerm;
  anchor: string;
  /** Announcements whose issuers, title, clauses, items or legal bases hold the term (ids, oldest first). */
  instruments: string[];
  /** Catalogue entries whose name or control points hold it: the newest version of each that does. */
  entries: EntryVersion[];
  /** Industry headings of the catalogue that are the term. */
  industries: string[];
  /** Catalogue editions whose instrument (or amending instrument) names it, e.g. an issuer: 商务部 科技部公告2023年第57号. */
  editions: string[];
}

/** Every term of the glossary, in its order, with where it is used. */
export function glossaryUses(g: Glossary, cat: Catalogue, controls: Controls): TermUse[] {
  const versions = allVersions(cat);
  return g.terms.map((term) => {
    const has = (s: string | undefined) => s !== undefined && s.includes(term.zh);
    const instruments = controls.instruments
      .filter((i) => i.data.issuers.some(has) || has(i.title?.text) || i.clauses.some((c) => has(c.text)) || i.items.some((it) => has(it.text)) || i.data.legalBasis.some((b) => has(b.text)))
      .map((i) => i.id);
    const newest = new Map<string, EntryVersion>();
    for (const v of versions) if (has(v.name) || v.controlPoints.some((cp) => has(cp.text))) newest.set(v.key, v);
    const industries = [...new Set(versions.flatMap((v) => (v.industry === term.zh ? [v.industry] : [])))];
    const editions = cat.editions.filter((e) => has(e.data.instrument)).map((e) => e.id);
    return { term, anchor: glossaryAnchor(term), instruments, entries: [...newest.values()], industries, editions };
  });
}

/** The glossary's abbreviations (terms with `full`) that a text uses as words: MOFCOM, GAC, MOST… in glossary order. */
export function abbreviationsIn(g: Glossary, text: string): GlossaryTerm[] {
  return g.terms.filter((t) => t.full !== undefined && new RegExp(`(?<![A-Za-z])${t.en}(?![A-Za-z])`).test(text));
}
