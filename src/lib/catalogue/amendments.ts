/** Applies an adjustment list (one announcement's clauses) to a base edition's entries, yielding the next edition. */
import type { ContentProblem } from '../shared/errors.ts';
import type { Amendment, ClauseRef, ControlPoint, EntryVersion, Removal, UnappliedClause } from './model.ts';
import type { ClauseData } from './schemas.ts';
import { controlPointAnchors } from '../site/urls.ts';
import { instrumentEn } from './citation.ts';

export interface AmendmentResult {
  versions: EntryVersion[];
  removals: Removal[];
  unapplied: UnappliedClause[];
  problems: ContentProblem[];
}

export function clauseRef(amendment: Amendment, clause: ClauseData): ClauseRef {
  return {
    amendment: amendment.id,
    instrument: amendment.data.instrument,
    n: clause.n,
    op: clause.op,
    wording: clause.wording,
    ...(clause.wordingEn !== undefined && { wordingEn: clause.wordingEn }),
    shortName: clause.shortName,
    wordingComplete: clause.wordingComplete,
    certainty: clause.certainty,
    note: clause.note,
    ...(clause.noteEn !== undefined && { noteEn: clause.noteEn }),
    source: clause.source,
  };
}

/** How a clause is named in messages: "clause 3" or "clause #4 in the file (unnumbered)". */
export function clauseLabel(clause: ClauseData, index: number): string {
  return clause.n !== undefined ? `clause ${clause.n}` : `clause #${index + 1} in the file (number not held)`;
}

/** The clause as a Chinese reader would cite it: 公告2020年第38号第45条. */
function zhClause(amendment: Amendment, clause: ClauseData): string {
  return `${amendment.data.instrument}${clause.n !== undefined ? `第${clause.n}条` : '（条号未知的一条）'}`;
}

/**
 * The same in English: "clause 45 of MOFCOM & MOST Announcement No. 38 of 2020"; an announcement without an English
 * name is given as `unnamed` says (by default its Chinese designation in brackets).
 */
function enClause(amendment: Amendment, clause: ClauseData, unnamed = (zh: string) => `[${zh}]`): string {
  const zh = amendment.data.instrument;
  return `${clause.n !== undefined ? `clause ${clause.n}` : 'a clause (number not held)'} of ${instrumentEn(zh) ?? unnamed(zh)}`;
}

function describeTarget(t: NonNullable<ClauseData['target']>): string {
  return [t.name, t.code && `（编号：${t.code}）`, t.key && `[${t.key}]`].filter(Boolean).join('');
}

function findTarget(entries: EntryVersion[], clause: ClauseData): EntryVersion | undefined {
  const t = clause.target;
  if (!t) return undefined;
  return entries.find(
    (e) =>
      (!t.key || e.key === t.key) &&
      (!t.code || e.code === t.code) &&
      (!t.name || e.name === t.name) &&
      (!clause.part || e.part === clause.part),
  );
}

/** When a target does not match: an entry with the same code or key that differs in name or part, if any. */
function nearMiss(entries: EntryVersion[], clause: ClauseData): EntryVersion | undefined {
  const t = clause.target;
  if (!t || (!t.code && !t.key)) return undefined;
  return entries.find((e) => (t.key ? e.key === t.key : e.code === t.code));
}

const MODIFYING_OPS: ClauseData['op'][] = ['replace-cp', 'add-cp', 'rename', 'change-param', 'modify'];

/** The kind of change an operation makes, as the announcements count them. */
export function changeKind(op: ClauseData['op']): 'deleted' | 'added' | 'modified' | undefined {
  if (op === 'delete') return 'deleted';
  if (op === 'add') return 'added';
  return MODIFYING_OPS.includes(op) ? 'modified' : undefined;
}

/** How a clause's target is identified, or undefined when it is known only in part (no key, code or name). */
export function targetIdentity(clause: ClauseData): string | undefined {
  if (clause.entry) return `key:${clause.entry.key}`;
  const t = clause.target;
  if (!t) return undefined;
  return t.key ? `key:${t.key}` : t.code ? `code:${t.code}` : t.name ? `name:${clause.part ?? ''}:${t.name}` : undefined;
}

/**
 * Identified, certain changes of an adjustment list per kind (modifications counted per entry, as the official counts
 * are). When they equal the official counts of every kind, no held entry can have been touched by a clause we lack.
 */
export function identifiedCounts(amendment: Amendment): Record<'deleted' | 'added' | 'modified', number> {
  const ids = { deleted: new Set<string>(), added: new Set<string>(), modified: new Set<string>() };
  for (const c of amendment.data.clauses) {
    const kind = changeKind(c.op);
    const id = targetIdentity(c);
    if (kind && id && c.certainty === 'certain') ids[kind].add(id);
  }
  return { deleted: ids.deleted.size, added: ids.added.size, modified: ids.modified.size };
}

/** True when every change the announcement counts is identified by a held clause, none uncertain or of unknown kind. */
export function fullyIdentified(amendment: Amendment): boolean {
  const held = identifiedCounts(amendment);
  const { counts, clauses } = amendment.data;
  return (
    clauses.every((c) => c.op !== 'unknown' && c.certainty === 'certain') &&
    held.deleted === counts.deleted.total &&
    held.added === counts.added.total &&
    held.modified === counts.modified.total
  );
}

function sortPoints(points: ControlPoint[]): ControlPoint[] {
  const numbered = points.filter((p) => p.n !== undefined).sort((a, b) => a.n! - b.n!);
  const loose = points.filter((p) => p.n === undefined);
  const sorted = [...numbered, ...loose];
  const anchors = controlPointAnchors(sorted);
  return sorted.map((p, i) => ({ ...p, anchor: anchors[i]! }));
}

/**
 * Marks an entry as no longer fully known after a clause whose wording we lack touched it: what is missing, in our
 * words in both languages (the English kept at the same place in `missingEn`, a new array: versions share the old one).
 */
function addMissing(e: EntryVersion, what: string, whatEn: string): void {
  if (!e.missing.includes(what)) {
    const en = e.missing.map((_, i) => e.missingEn?.[i]);
    e.missing.push(what);
    e.missingEn = [...en, whatEn];
  }
  if (e.completeness === 'complete') e.completeness = 'partial';
}

/** After a control-point clause: a name-only entry now has points; record what the clause left unknown. */
function settle(e: EntryVersion, amendment: Amendment, clause: ClauseData, numberUnknown: boolean, textUnknown: boolean): void {
  if (e.completeness === 'name-only') e.completeness = 'partial';
  const [zh, en] = [zhClause(amendment, clause), enClause(amendment, clause)];
  if (numberUnknown) addMissing(e, `${zh}所涉控制要点的官方编号`, `The official numbers of the control points that ${en} concerns`);
  if (textUnknown) addMissing(e, `${zh}所涉控制要点的中文措辞`, `The Chinese wording of the control points that ${en} concerns`);
}

/**
 * Applies `amendment` to the entries of its base edition. Never mutates the base; every clause either changes a held
 * entry, or is recorded as unapplied (target not held, operation unknown); a clause that names a held-looking target
 * that is not there is a problem naming the clause.
 */
export function applyAmendment(base: EntryVersion[], amendment: Amendment, baseComplete: boolean): AmendmentResult {
  const result = amendment.data.result;
  const file = amendment.file;
  const problems: ContentProblem[] = [];
  const removals: Removal[] = [];
  const unapplied: UnappliedClause[] = [];
  const entries: EntryVersion[] = base.map((b) => ({
    ...b,
    edition: result,
    controlPoints: b.controlPoints.map((cp) => ({ ...cp, changedBy: undefined })),
    missing: [...b.missing],
    sources: [...b.sources],
    origin: { kind: 'carried', from: b.edition },
    relativeToPrevious: 'unchanged',
    changes: [],
    uncertain: undefined,
  }));

  amendment.data.clauses.forEach((clause, index) => {
    const ref = clauseRef(amendment, clause);
    const label = clauseLabel(clause, index);
    const field = `clauses[${index}]`;
    const record = () =>
      unapplied.push({
        edition: result,
        clause: ref,
        part: clause.part ?? clause.entry?.part,
        industry: clause.industry,
        target: clause.target,
        text: clause.text,
        cp: clause.cp,
      });

    if (clause.op === 'unknown') return record();

    if (!clause.targetHeld) {
      if (baseComplete) {
        problems.push({ file, field: `${field}.targetHeld`, reason: `${label} says its target is not held, but the ${amendment.data.base} edition is complete` });
        return;
      }
      const held = clause.target ? findTarget(entries, clause) : undefined;
      if (held) {
        problems.push({ file, field: `${field}.targetHeld`, reason: `${label} says its target is not held, but ${held.key} is` });
        return;
      }
      return record();
    }

    if (clause.op === 'add') {
      const added = clause.entry!;
      if (entries.some((e) => e.key === added.key)) {
        problems.push({ file, field: `${field}.entry.key`, reason: `${label} adds "${added.key}", which the base edition already has` });
        return;
      }
      entries.push({
        key: added.key,
        edition: result,
        part: added.part,
        code: added.code,
        seq: added.seq,
        industry: added.industry ?? clause.industry,
        name: added.name,
        ...(added.nameEn && { nameEn: added.nameEn }),
        controlPoints: sortPoints(added.controlPoints.map((cp) => ({ ...cp, anchor: '', changedBy: ref }))),
        formerCodes: added.formerCodes,
        predecessors: added.predecessors,
        completeness: added.completeness,
        missing: [...added.missing],
        ...(added.missingEn && { missingEn: added.missingEn }),
        sources: clause.source ? [clause.source] : [],
        origin: { kind: 'added', clause: ref },
        relativeToPrevious: 'added',
        changes: [ref],
      });
      return;
    }

    const target = findTarget(entries, clause);
    if (!target) {
      const near = nearMiss(entries, clause);
      const hint = baseComplete ? '' : '; if that entry is simply not transcribed yet, set targetHeld: false';
      problems.push({
        file,
        field: `${field}.target`,
        reason: near
          ? `${label} targets ${describeTarget(clause.target!)}, but ${near.code ?? near.key} in the ${amendment.data.base} edition is ${near.part}类 ${near.name}`
          : `${label} targets ${describeTarget(clause.target!)}, which does not exist in the ${amendment.data.base} edition${hint}`,
      });
      return;
    }

    target.changes.push(ref);
    if (clause.source && !target.sources.some((s) => s.title === clause.source!.title && s.url === clause.source!.url)) {
      target.sources.push(clause.source);
    }
    if (clause.certainty === 'uncertain') {
      // Neither applied nor ignored: the entry stands, marked as possibly changed by this clause.
      // Without a note of ours, the reason is written here, in each language (Chinese pages show the Chinese), the
      // clause cited the same way in both: by its announcement, never by its place in our file.
      const generatedZh = `${zhClause(amendment, clause)}可能${clause.op === 'delete' ? '删除' : '改动'}本条目；其措辞本站未完整持有。`;
      // English fields hold no Chinese: an announcement without an English name is described, not quoted.
      const cited = enClause(amendment, clause, () => 'the announcement adjusting the catalogue');
      const generatedEn = `${cited.charAt(0).toUpperCase()}${cited.slice(1)} ${clause.op === 'delete' ? 'may delete this entry' : 'may change this entry'}; its wording is not fully held`;
      const reasonEn = clause.noteEn ?? (clause.note === undefined ? generatedEn : undefined);
      target.uncertain = { clause: ref, reason: clause.note ?? generatedZh, ...(reasonEn !== undefined && { reasonEn }) };
      target.relativeToPrevious = 'unknown';
      return;
    }
    target.relativeToPrevious = 'modified';

    switch (clause.op) {
      case 'delete': {
        entries.splice(entries.indexOf(target), 1);
        removals.push({ key: target.key, edition: result, last: base.find((b) => b.key === target.key)!, by: ref });
        return;
      }
      case 'replace-cp': {
        const existing = clause.cp !== undefined ? target.controlPoints.find((cp) => cp.n === clause.cp) : undefined;
        if (clause.cp !== undefined && !existing && target.completeness === 'complete') {
          problems.push({
            file,
            field: `${field}.cp`,
            reason: `${label} replaces control point ${clause.cp} of ${target.name}, which has ${target.controlPoints.length}`,
          });
          return;
        }
        // The new wording takes the place of the old point, and with it the anchors that point kept.
        const point: ControlPoint = { n: clause.cp, text: clause.text, ...(clause.en && { en: clause.en }), anchor: '', changedBy: ref, ...(existing?.aliases && { aliases: existing.aliases }) };
        if (existing) target.controlPoints[target.controlPoints.indexOf(existing)] = point;
        else target.controlPoints.push(point);
        target.controlPoints = sortPoints(target.controlPoints);
        settle(target, amendment, clause, clause.cp === undefined, clause.text === undefined);
        return;
      }
      case 'add-cp': {
        for (const p of clause.points!) {
          if (p.n !== undefined && target.controlPoints.some((cp) => cp.n === p.n)) {
            problems.push({
              file,
              field: `${field}.points`,
              reason: `${label} adds control point ${p.n} to ${target.name}, which already has a point ${p.n}`,
            });
            return;
          }
        }
        target.controlPoints = sortPoints([
          ...target.controlPoints,
          ...clause.points!.map((p) => ({ n: p.n, text: p.text, ...(p.en && { en: p.en }), anchor: '', changedBy: ref })),
        ]);
        settle(
          target,
          amendment,
          clause,
          clause.points!.some((p) => p.n === undefined),
          clause.points!.some((p) => p.text === undefined),
        );
        return;
      }
      case 'rename':
        // The old name's English no longer fits: the new name has the clause's own rendering, or none.
        target.name = clause.text!;
        if (clause.en) target.nameEn = clause.en;
        else delete target.nameEn;
        return;
      case 'change-param':
        addMissing(target, `${zhClause(amendment, clause)}所改主要技术参数的措辞`, `The wording of the main technical parameters that ${enClause(amendment, clause)} changes`);
        return;
      case 'modify':
        addMissing(target, `${zhClause(amendment, clause)}所作修改的内容`, `What ${enClause(amendment, clause)} changes`);
        return;
    }
  });

  // A carried entry is "unchanged" only when every counted change is identified; otherwise a clause we lack may touch it.
  if (!fullyIdentified(amendment)) {
    for (const e of entries) if (e.origin.kind === 'carried' && e.changes.length === 0) e.relativeToPrevious = 'unknown';
  }
  return { versions: entries, removals, unapplied, problems };
}
