/** The site's own cross-references between catalogue entries and control items on the same technology (editorial, not legal). */
import type { RawFile } from '../shared/read-content.ts';
import type { ControlClause, ControlItem, Controls } from '../controls/model.ts';
import { CrossReferencesSchema } from '../controls/schemas.ts';
import { type ContentProblem, zodProblems } from '../shared/errors.ts';
import type { Catalogue } from '../catalogue/model.ts';
import { allVersions } from '../catalogue/queries.ts';

/** One editorial link: these catalogue entries, control items and clauses concern the same technology, for this reason. */
export interface CrossReference {
  id: string;
  entries: string[];
  items: ControlItem[];
  /** Clauses of announcements whose wording is held without items of their own (2024-31#1). */
  clauses: ControlClause[];
  reason: string;
  /** `reason` in English (our words), when written. */
  reasonEn?: string;
}

/** Reads content/cross-references.md (if present) and checks that every entry key and item it names exists. */
export function buildCrossReferences(files: RawFile[], cat: Catalogue, controls: Controls, problems: ContentProblem[]): CrossReference[] {
  const out: CrossReference[] = [];
  const keys = new Set(allVersions(cat).map((v) => v.key));
  for (const f of files) {
    const r = CrossReferencesSchema.safeParse(f.data);
    if (!r.success) {
      problems.push(...zodProblems(f.file, r.error));
      continue;
    }
    r.data.links.forEach((link, i) => {
      link.entries.forEach((k, j) => {
        if (!keys.has(k)) problems.push({ file: f.file, field: `links[${i}].entries[${j}]`, reason: `names "${k}", which is no catalogue entry` });
      });
      const items: ControlItem[] = [];
      link.items.forEach((ref, j) => {
        const [inst, id] = ref.split('#') as [string, string];
        const item = controls.byId.get(inst)?.items.find((it) => it.id === id);
        if (!item) problems.push({ file: f.file, field: `links[${i}].items[${j}]`, reason: `names ${ref}, which is no control item (instrument ${inst}, item ${id})` });
        else items.push(item);
      });
      const clauses: ControlClause[] = [];
      link.clauses.forEach((ref, j) => {
        const [inst, id] = ref.split('#') as [string, string];
        const clause = controls.byId.get(inst)?.clauses.find((c) => c.id === id);
        if (!clause) problems.push({ file: f.file, field: `links[${i}].clauses[${j}]`, reason: `names ${ref}, which is no clause of an announcement (instrument ${inst}, clause ${id})` });
        else clauses.push(clause);
      });
      out.push({ id: link.id, entries: link.entries, items, clauses, reason: link.reason, ...(link.reasonEn !== undefined && { reasonEn: link.reasonEn }) });
    });
  }
  return out;
}

/** Cross-references that name a catalogue entry key. */
export const crossRefsForEntry = (refs: CrossReference[], key: string): CrossReference[] => refs.filter((r) => r.entries.includes(key));

/** Cross-references that name a control item. */
export const crossRefsForItem = (refs: CrossReference[], item: ControlItem): CrossReference[] =>
  refs.filter((r) => r.items.some((it) => it.instrument === item.instrument && it.id === item.id));

/** Cross-references that name a clause of this announcement (for its page). */
export const crossRefsForInstrument = (refs: CrossReference[], instrument: string): CrossReference[] => refs.filter((r) => r.clauses.some((c) => c.instrument === instrument));

/** The other control items of a link, seen from one of its items (an item-to-item link between two announcements). */
export const otherItems = (ref: CrossReference, item: ControlItem): ControlItem[] => ref.items.filter((it) => it.instrument !== item.instrument || it.id !== item.id);
