/** Builds the resolved catalogue from content files: validates each file, then every rule that spans files. */
import { applyAmendment } from './amendments.ts';
import { checkBody } from '../shared/body-check.ts';
import { ContentError, type ContentProblem, zodProblems } from '../shared/errors.ts';
import type { Amendment, Catalogue, ControlPoint, Edition, EntryVersion, Removal, UnappliedClause } from './model.ts';
import { AmendmentSchema, EditionSchema, EntrySchema, KeySchema, PARTS, type EntryData } from './schemas.ts';
import { controlPointAnchors } from '../site/urls.ts';
import type { RawContent } from '../shared/read-content.ts';

interface EntryFile {
  file: string;
  key: string;
  data: EntryData;
  body: string;
}

const ENTRY_PATH = /^content\/entries\/([^/]+)\/([^/]+)\.md$/;

/** Stable display order: 禁止 before 限制, then 序号, then 编号, then name. */
export function compareVersions(a: EntryVersion, b: EntryVersion): number {
  return (
    PARTS.indexOf(a.part) - PARTS.indexOf(b.part) ||
    (a.seq ?? Infinity) - (b.seq ?? Infinity) ||
    Number(!a.code) - Number(!b.code) ||
    (a.code ?? '').localeCompare(b.code ?? '') ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

function fromFile(f: EntryFile): EntryVersion {
  const anchors = controlPointAnchors(f.data.controlPoints);
  const controlPoints: ControlPoint[] = f.data.controlPoints.map(({ aliases, ...cp }, i) => ({
    ...cp,
    anchor: anchors[i]!,
    ...(aliases?.length ? { aliases } : {}),
  }));
  return {
    key: f.key,
    edition: f.data.edition,
    part: f.data.part,
    code: f.data.code,
    seq: f.data.seq,
    industry: f.data.industry,
    name: f.data.name,
    ...(f.data.nameEn && { nameEn: f.data.nameEn }),
    controlPoints,
    formerCodes: f.data.formerCodes,
    predecessors: f.data.predecessors,
    completeness: f.data.completeness,
    missing: f.data.missing,
    ...(f.data.missingEn && { missingEn: f.data.missingEn }),
    sources: f.data.sources,
    origin: { kind: 'file', file: f.file, body: f.body, ...(f.data.bodyEn !== undefined && { bodyEn: f.data.bodyEn }) },
    relativeToPrevious: f.data.relativeToPrevious,
    changes: [],
  };
}

/** Validates every file against its schema; collects all problems before throwing. */
function parseFiles(raw: RawContent): { editions: Edition[]; entries: EntryFile[]; amendments: Amendment[] } {
  const problems: ContentProblem[] = [];
  for (const f of [...raw.editions, ...raw.entries, ...raw.amendments]) problems.push(...checkBody(f.file, f.body));
  const editions: Edition[] = [];
  for (const f of raw.editions) {
    const r = EditionSchema.safeParse(f.data);
    if (!r.success) problems.push(...zodProblems(f.file, r.error));
    else {
      const expected = f.file.match(/([^/]+)\.md$/)?.[1];
      if (expected !== r.data.edition) {
        problems.push({ file: f.file, field: 'edition', reason: `is ${r.data.edition} but the file is named ${expected}.md` });
      } else editions.push({ id: r.data.edition, data: r.data, body: f.body, file: f.file });
    }
  }
  const entries: EntryFile[] = [];
  for (const f of raw.entries) {
    const m = f.file.match(ENTRY_PATH);
    if (!m) {
      problems.push({ file: f.file, field: '(file)', reason: 'entry files must be at content/entries/<edition>/<key>.md' });
      continue;
    }
    const key = KeySchema.safeParse(m[2]);
    if (!key.success) {
      problems.push({ file: f.file, field: '(file name)', reason: `the file name is the entry's permanent key and ${key.error.issues[0]!.message}` });
      continue;
    }
    const r = EntrySchema.safeParse(f.data);
    if (!r.success) problems.push(...zodProblems(f.file, r.error));
    else if (r.data.edition !== m[1]) {
      problems.push({ file: f.file, field: 'edition', reason: `is ${r.data.edition} but the file is in the folder ${m[1]}` });
    } else entries.push({ file: f.file, key: m[2]!, data: r.data, body: f.body });
  }
  const amendments: Amendment[] = [];
  for (const f of raw.amendments) {
    const r = AmendmentSchema.safeParse(f.data);
    if (!r.success) problems.push(...zodProblems(f.file, r.error));
    else amendments.push({ id: r.data.id, data: r.data, body: f.body, file: f.file });
  }
  if (problems.length) throw new ContentError(problems);
  return { editions, entries, amendments };
}

/** Rules within one edition: unique 编号, unique 序号 per part, counts within the official totals. */
function checkEdition(edition: Edition, versions: EntryVersion[], problems: ContentProblem[]): void {
  const where = (v: EntryVersion) =>
    v.origin.kind === 'file' ? v.origin.file : `${v.origin.kind === 'added' ? v.origin.clause.amendment : edition.file} (${v.key})`;
  const seen = new Map<string, EntryVersion>();
  for (const v of versions) {
    if (v.code) {
      const other = seen.get(`code:${v.code}`);
      if (other) problems.push({ file: where(v), field: 'code', reason: `${v.code} is also used by ${where(other)} in the ${edition.id} edition` });
      seen.set(`code:${v.code}`, v);
    }
    if (v.seq !== undefined) {
      const id = `seq:${v.part}:${v.seq}`;
      const other = seen.get(id);
      if (other) problems.push({ file: where(v), field: 'seq', reason: `序号 ${v.seq} of the ${v.part} part is also used by ${where(other)}` });
      seen.set(id, v);
    }
  }
  for (const part of PARTS) {
    const held = versions.filter((v) => v.part === part).length;
    const total = edition.data.totals[part];
    if (held > total) {
      problems.push({ file: edition.file, field: `totals.${part}`, reason: `is ${total}, but ${held} ${part} entries are held for this edition` });
    } else if (edition.data.complete && held !== total) {
      problems.push({ file: edition.file, field: 'complete', reason: `is true, but ${held} of ${total} ${part} entries are held` });
    }
  }
}

/** Predecessor keys must exist in an earlier edition, and lineage must not loop. */
function checkLineage(catalogue: Catalogue, problems: ContentProblem[]): void {
  const order = catalogue.editions.map((e) => e.id);
  const firstSeen = new Map<string, number>();
  const preds = new Map<string, Set<string>>();
  const files = new Map<string, string>();
  order.forEach((ed, i) => {
    for (const v of catalogue.versions.get(ed) ?? []) {
      if (!firstSeen.has(v.key)) firstSeen.set(v.key, i);
      if (v.origin.kind === 'file') files.set(v.key, v.origin.file);
      for (const p of v.predecessors) (preds.get(v.key) ?? preds.set(v.key, new Set()).get(v.key)!).add(p);
    }
  });
  for (const [key, ps] of preds) {
    for (const p of ps) {
      const at = firstSeen.get(p);
      if (at === undefined) problems.push({ file: files.get(key) ?? key, field: 'predecessors', reason: `names "${p}", which is no entry in any edition` });
      else if (p === key) problems.push({ file: files.get(key) ?? key, field: 'predecessors', reason: 'names the entry itself; the same key already links editions' });
    }
  }
  // Cycle detection over the predecessor graph.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (k: string, path: string[]): void => {
    if (state.get(k) === 'done') return;
    if (state.get(k) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(k)), k];
      problems.push({ file: files.get(k) ?? k, field: 'predecessors', reason: `forms a cycle: ${cycle.join(' → ')}` });
      return;
    }
    state.set(k, 'visiting');
    for (const p of preds.get(k) ?? []) if (p !== k) visit(p, [...path, k]);
    state.set(k, 'done');
  };
  for (const k of preds.keys()) visit(k, []);
}

/** Reads validated content into the catalogue model; throws ContentError listing every problem. */
export function buildCatalogue(raw: RawContent): Catalogue {
  const { editions: unsorted, entries, amendments } = parseFiles(raw);
  const problems: ContentProblem[] = [];
  const editions = [...unsorted].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(editions.map((e) => [e.id, e]));
  const versions = new Map<string, EntryVersion[]>();
  const removals: Removal[] = [];
  const unapplied: UnappliedClause[] = [];

  for (const f of entries) {
    const edition = byId.get(f.data.edition);
    if (!edition) {
      problems.push({ file: f.file, field: 'edition', reason: `${f.data.edition} is not an edition (known: ${editions.map((e) => e.id).join(', ')})` });
    } else if (edition.data.arises.kind === 'amended') {
      problems.push({
        file: f.file,
        field: 'edition',
        reason: `${edition.id} is computed from ${edition.data.arises.base} and ${edition.data.arises.amendment}; record changes as clauses there, not as entry files`,
      });
    } else {
      const list = versions.get(edition.id) ?? versions.set(edition.id, []).get(edition.id)!;
      list.push(fromFile(f));
    }
  }

  for (const a of amendments) {
    const result = byId.get(a.data.result);
    if (!byId.has(a.data.base)) problems.push({ file: a.file, field: 'base', reason: `${a.data.base} is not an edition` });
    if (!result) problems.push({ file: a.file, field: 'result', reason: `${a.data.result} is not an edition` });
    else if (result.data.arises.kind !== 'amended' || result.data.arises.amendment !== a.id) {
      problems.push({ file: a.file, field: 'result', reason: `the ${result.id} edition does not say it arises from amendment ${a.id}` });
    }
  }

  for (const edition of editions) {
    const arises = edition.data.arises;
    if (arises.kind !== 'amended') continue;
    const base = byId.get(arises.base);
    const amendment = amendments.find((a) => a.id === arises.amendment);
    if (!base || base.id >= edition.id) {
      problems.push({ file: edition.file, field: 'arises.base', reason: `${arises.base} is not an earlier edition` });
      continue;
    }
    if (!amendment) {
      problems.push({ file: edition.file, field: 'arises.amendment', reason: `no amendment with id ${arises.amendment} in content/amendments/` });
      continue;
    }
    const r = applyAmendment(versions.get(base.id) ?? [], amendment, base.data.complete);
    problems.push(...r.problems);
    versions.set(edition.id, r.versions);
    removals.push(...r.removals);
    unapplied.push(...r.unapplied);
  }

  for (const edition of editions) {
    const list = (versions.get(edition.id) ?? []).sort(compareVersions);
    versions.set(edition.id, list);
    checkEdition(edition, list, problems);
  }
  const catalogue: Catalogue = { editions, amendments, versions, removals, unapplied };
  checkLineage(catalogue, problems);
  if (problems.length) throw new ContentError(problems);
  return catalogue;
}
