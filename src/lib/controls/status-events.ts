/** /data/status-events.json: the dated facts every status is computed from, written by the build and read back by pages' scripts. */
// The file holds what the status rules read (dates, relations with the derived possible repeals, source grades, clause
// ids and labels, items' clauses) and no wording and no status: a page's script computes a status on any date with the
// same functions as the build (status.ts, labels.ts).
import { clauseAnchor, compareRelations } from './ids.ts';
import type { ControlsCore, InstrumentCore, RelationCore } from './model.ts';
import type { StatusEvents } from './schemas.ts';

/** The catalogue's dates: each edition's publication and entry into force, and how far its sources were searched. */
export type StatusEventEditions = StatusEvents['catalogue'];
export type { StatusEvents };

export const STATUS_EVENTS_FORMAT = 'export-tech-catalogue/status-events@1' as const;

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The file's record of the section (the model's instruments with their outgoing relations, possible repeals included). */
export function statusEventsRecord(
  controls: { instruments: (InstrumentCore & { items: { id: string; clause: { id: string } }[] })[] },
  statusDate: string,
  catalogue: StatusEventEditions,
): StatusEvents {
  return {
    format: STATUS_EVENTS_FORMAT,
    about:
      'The dated facts from which every status on the site is computed: publication and entry into force, suspensions, repeals and ' +
      'possible repeals (derived: a repeal of announcements listed in a part we do not hold), with the grade of the source behind each ' +
      'date (A official text, B quoted official text, B- and C facts only). A status after checkedThrough is not verified. The pages ' +
      'compute the status on any date from this file with the same code as the build. Our own data, not an official publication.',
    statusDate,
    instruments: controls.instruments.map((inst) =>
      defined({
        id: inst.id,
        kind: inst.data.kind,
        issuers: inst.data.issuers,
        checkedThrough: inst.data.checkedThrough,
        published: defined({ date: inst.data.published.date, source: inst.data.published.source }),
        inForce: defined({ date: inst.data.inForce.date, onPublication: inst.data.inForce.onPublication, source: inst.data.inForce.source }),
        sources: inst.data.sources.map((s) => ({ id: s.id, grade: s.grade })),
        clauses: inst.clauses.map((c) => defined({ id: c.id, label: c.label, refEn: c.refEn, inForce: c.inForce && defined({ date: c.inForce.date, onPublication: c.inForce.onPublication, source: c.inForce.source }) })),
        items: Object.fromEntries(inst.items.map((it) => [it.id, it.clause.id])),
        relations: inst.outgoing.map((r) =>
          defined({
            type: r.type,
            target: r.target,
            targetClause: r.targetClause,
            from: r.from,
            until: r.until,
            clause: r.clause?.id,
            grade: r.source.grade,
            datesGrade: r.datesSource?.grade,
            untilGrade: r.untilSource?.grade,
            what: r.what,
            whatEn: r.whatEn,
          }),
        ),
      }),
    ),
    catalogue,
  };
}

/** The section as the status rules read it, rebuilt from the file: instruments by id (relations on both ends), and items. */
export interface StatusEventsModel extends ControlsCore {
  instruments: InstrumentCore[];
  /** `<instrument>:<item>` → the item as itemStatusOn reads it. */
  items: Map<string, { instrument: string; clause: { id: string } }>;
  statusDate: string;
  catalogue: StatusEventEditions;
}

/** Reads the file back into what status.ts reads: the same instruments, clauses and relations the build had. */
export function readStatusEvents(file: StatusEvents): StatusEventsModel {
  const instruments: InstrumentCore[] = file.instruments.map((i) => ({
    id: i.id,
    data: { kind: i.kind, issuers: i.issuers, checkedThrough: i.checkedThrough, published: i.published, inForce: i.inForce, sources: i.sources },
    clauses: i.clauses.map((c) => ({ ...c, anchor: clauseAnchor(c.id) })),
    incoming: [],
    outgoing: [],
  }));
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const items = new Map<string, { instrument: string; clause: { id: string } }>();
  for (const rec of file.instruments) {
    const inst = byId.get(rec.id)!;
    for (const [item, clause] of Object.entries(rec.items)) items.set(`${rec.id}:${item}`, { instrument: rec.id, clause: { id: clause } });
    for (const r of rec.relations) {
      const relation: RelationCore = defined({
        type: r.type,
        by: rec.id,
        target: r.target,
        targetClause: r.targetClause,
        from: r.from,
        until: r.until,
        clause: r.clause === undefined ? undefined : { id: r.clause },
        source: { grade: r.grade },
        datesSource: r.datesGrade && { grade: r.datesGrade },
        untilSource: r.untilGrade && { grade: r.untilGrade },
        what: r.what,
        whatEn: r.whatEn,
      });
      inst.outgoing.push(relation);
      byId.get(r.target)?.incoming.push(relation);
    }
  }
  for (const inst of instruments) inst.incoming.sort(compareRelations);
  return { instruments, byId, items, statusDate: file.statusDate, catalogue: file.catalogue };
}
