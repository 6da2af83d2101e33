/** Builds the export-control instruments from content files: each file against its schema, then every rule across files. */
import { checkBody } from '../shared/body-check.ts';
import type { RawFile } from '../shared/read-content.ts';
import { ContentError, type ContentProblem, zodProblems } from '../shared/errors.ts';
import type { ControlClause, ControlItem, Controls, Instrument, Relation, Wording } from './model.ts';
import { InstrumentSchema, type ControlSource, type InstrumentData } from './schemas.ts';
import { toSimplifiedByCharacter } from './script.ts';
import { clauseAnchor, clauseWithin, compareInstrumentIds, compareRelations, itemAnchor } from './ids.ts';
import { statusOn } from './status.ts';
import { dayBefore } from '../shared/dates.ts';
import { clauseLabelEn, clauseRefEn } from './clause-labels.ts';

const FILE = /^content\/controls\/([^/]+)\.md$/;

export { clauseAnchor, clauseWithin, compareInstrumentIds, itemAnchor } from './ids.ts';

const wording = (held: string, source: ControlSource, en?: string): Wording => {
  const converted = source.script === 'traditional';
  return { text: converted ? toSimplifiedByCharacter(held) : held, held, converted, source, ...(en && { en }) };
};

function resolve(file: string, body: string, d: InstrumentData): Instrument {
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const src = (id: string) => sources.get(id)!;
  const clauses: ControlClause[] = d.clauses.map((c) => ({
    ...wording(c.text, src(c.source), c.en),
    instrument: d.id,
    id: c.id,
    label: c.label,
    labelEn: clauseLabelEn(c),
    refEn: clauseRefEn(c),
    role: c.role,
    anchor: clauseAnchor(c.id),
    corroboration: c.corroboration.map(src),
    ...(c.note !== undefined && { note: c.note }),
    ...(c.noteEn !== undefined && { noteEn: c.noteEn }),
    ...(c.inForce !== undefined && { inForce: c.inForce }),
  }));
  const byClause = new Map(clauses.map((c) => [c.id, c]));
  const items: ControlItem[] = d.items.map((it) => {
    const clause = byClause.get(it.clause)!;
    return {
      ...wording(it.text, clause.source, it.en),
      instrument: d.id,
      id: it.id,
      codes: it.codes,
      kind: it.kind,
      clause,
      anchor: itemAnchor(it.id),
      ...(it.codeNote !== undefined && { codeNote: it.codeNote }),
      ...(it.codeNoteEn !== undefined && { codeNoteEn: it.codeNoteEn }),
      ...(it.note !== undefined && { note: it.note }),
      ...(it.noteEn !== undefined && { noteEn: it.noteEn }),
      gaps: d.notHeld.filter((g) => g.item === it.id).map((g) => ({ what: g.what, ...(g.whatEn !== undefined && { whatEn: g.whatEn }) })),
    };
  });
  const outgoing: Relation[] = d.relations.map((r) => ({
    type: r.type,
    by: d.id,
    target: r.target,
    from: r.from,
    source: src(r.source),
    ...(r.targetClause !== undefined && { targetClause: r.targetClause }),
    ...(r.until !== undefined && { until: r.until }),
    ...(r.clause !== undefined && { clause: byClause.get(r.clause)! }),
    ...(r.datesSource !== undefined && { datesSource: src(r.datesSource) }),
    ...(r.untilSource !== undefined && { untilSource: src(r.untilSource) }),
    ...(r.note !== undefined && { note: r.note }),
    ...(r.noteEn !== undefined && { noteEn: r.noteEn }),
  }));
  return {
    id: d.id,
    file,
    body,
    data: d,
    ...(d.title && { title: wording(d.title.text, src(d.title.source), d.title.en) }),
    legalBasis: d.legalBasis.map((b) => wording(b.text, src(b.source), b.en)),
    clauses,
    items,
    outgoing,
    incoming: [],
  };
}

/** Official sentences and legal bases must be copied from the instrument's own clauses. */
function checkQuotedWording(inst: Instrument, problems: ContentProblem[]): void {
  const all = inst.clauses.map((c) => c.held);
  const within = (s: string) => all.some((t) => t.includes(s));
  const d = inst.data;
  const check = (field: string, s: string | undefined) => {
    if (s !== undefined && !within(s)) problems.push({ file: inst.file, field, reason: 'is not part of any clause of this instrument: official sentences are quoted from its clauses' });
  };
  check('published.sentence', d.published.sentence);
  check('inForce.sentence', d.inForce.sentence);
  d.clauses.forEach((c, i) => check(`clauses[${i}].inForce.sentence`, c.inForce?.sentence));
  d.legalBasis.forEach((b, i) => check(`legalBasis[${i}].text`, b.text));
}

/** Relations must name instruments and clauses we have files for, and cannot act before either instrument exists. */
function checkRelations(instruments: Map<string, Instrument>, present: Set<string>, problems: ContentProblem[]): void {
  for (const inst of instruments.values()) {
    inst.data.relations.forEach((r, i) => {
      const at = (field: string) => `relations[${i}].${field}`;
      const target = instruments.get(r.target);
      // A target whose own file has problems is reported there, not again here.
      if (!target && present.has(r.target)) return;
      if (!target) {
        problems.push({ file: inst.file, field: at('target'), reason: `names ${r.target}, which has no file in content/controls/ (add one, of kind referenced if only its name is known)` });
        return;
      }
      if (r.targetClause && !target.data.clauses.some((c) => c.id === r.targetClause)) {
        problems.push({ file: inst.file, field: at('targetClause'), reason: `names clause "${r.targetClause}" of ${r.target}, which has no such clause` });
      }
      const own = inst.data.published.date;
      if (own && r.from < own) problems.push({ file: inst.file, field: at('from'), reason: `is ${r.from}, before this instrument was published (${own})` });
      const theirs = target.data.published.date;
      if (theirs && r.from < theirs) problems.push({ file: inst.file, field: at('from'), reason: `is ${r.from}, before ${r.target} was published (${theirs})` });
    });
  }
  // Overlapping suspensions of the same instrument (or of nested clauses of it).
  const suspensions = [...instruments.values()].flatMap((inst) =>
    inst.data.relations.flatMap((r, i) => (r.type === 'suspends' ? [{ inst, r, i }] : [])),
  );
  suspensions.forEach((a, ai) => {
    for (const b of suspensions.slice(ai + 1)) {
      if (a.r.target !== b.r.target) continue;
      const sa = a.r.targetClause;
      const sb = b.r.targetClause;
      const scopes = sa === undefined || sb === undefined || clauseWithin(sa, sb) || clauseWithin(sb, sa);
      if (scopes && a.r.from <= b.r.until! && b.r.from <= a.r.until!) {
        problems.push({
          file: b.inst.file,
          field: `relations[${b.i}]`,
          reason: `suspends ${b.r.target} from ${b.r.from} to ${b.r.until}, overlapping the suspension by ${a.inst.id} (${a.r.from} to ${a.r.until}); record one period, or correct the dates`,
        });
      }
    }
  });
}

/**
 * For each repeal of instruments listed in a part we do not hold: a `possibly-repeals` relation to every other
 * instrument that existed before that day and was not already gone on the day before (in force, waiting to take
 * effect, suspended, or of unknown status for want of dates), unless the repealing instrument names it in a relation of
 * its own. An instrument without a publication date counts as existing when its number's year is not later. Repeals are
 * taken oldest first.
 */
function addPossibleRepeals(instruments: Instrument[]): void {
  const repeals = instruments
    .flatMap((inst) => inst.data.repealsUnlisted.map((u) => ({ inst, u })))
    .sort((a, b) => a.u.from.localeCompare(b.u.from));
  for (const { inst, u } of repeals) {
    const eve = dayBefore(u.from);
    const named = new Set(inst.outgoing.map((r) => r.target));
    const source = inst.data.sources.find((s) => s.id === u.source)!;
    const clause = u.clause !== undefined ? inst.clauses.find((c) => c.id === u.clause) : undefined;
    for (const target of instruments) {
      if (target === inst || named.has(target.id)) continue;
      const published = target.data.published.date;
      const existed = published ? published < u.from : target.id.slice(0, 4) <= u.from.slice(0, 4);
      if (!existed || !['in-force', 'not-in-force', 'suspended', 'unknown'].includes(statusOn(target, eve).state)) continue;
      const r: Relation = {
        type: 'possibly-repeals',
        by: inst.id,
        target: target.id,
        from: u.from,
        source,
        what: u.what,
        ...(u.whatEn !== undefined && { whatEn: u.whatEn }),
        ...(clause && { clause }),
      };
      inst.outgoing.push(r);
      target.incoming.push(r);
    }
  }
}

/** Reads validated control files into the model; throws ContentError listing every problem. */
export function buildControls(files: RawFile[]): Controls {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, Instrument>();
  const present = new Set<string>();
  for (const f of files) {
    problems.push(...checkBody(f.file, f.body));
    const m = f.file.match(FILE);
    if (!m) {
      problems.push({ file: f.file, field: '(file)', reason: 'control files must be at content/controls/<year>-<number>.md' });
      continue;
    }
    present.add(m[1]!);
    const r = InstrumentSchema.safeParse(f.data);
    if (!r.success) {
      problems.push(...zodProblems(f.file, r.error));
      continue;
    }
    if (r.data.id !== m[1]) {
      problems.push({ file: f.file, field: 'id', reason: `is ${r.data.id} but the file is named ${m[1]}.md` });
      continue;
    }
    const inst = resolve(f.file, f.body, r.data);
    checkQuotedWording(inst, problems);
    byId.set(inst.id, inst);
  }
  checkRelations(byId, present, problems);
  if (problems.length) throw new ContentError(problems);

  const instruments = [...byId.values()].sort((a, b) => compareInstrumentIds(a.id, b.id));
  for (const inst of instruments) for (const r of inst.outgoing) byId.get(r.target)!.incoming.push(r);
  addPossibleRepeals(instruments);
  for (const inst of instruments) inst.incoming.sort(compareRelations);
  const items = instruments.flatMap((i) => i.items);
  const codes = new Map<string, ControlItem[]>();
  for (const it of items) for (const c of it.codes) (codes.get(c) ?? codes.set(c, []).get(c)!).push(it);
  const sortedCodes = new Map([...codes].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  return { instruments, byId, items, codes: sortedCodes };
}
