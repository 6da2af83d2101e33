/** Plans the import of a full catalogue text into content/entries/<edition>/: matching, keys, checks; writes nothing. */
import yaml from 'js-yaml';
import { buildCatalogue } from '../catalogue/catalogue.ts';
import { ContentError, zodProblems } from '../shared/errors.ts';
import { contentFromFiles, parseMarkdown } from '../shared/read-content.ts';
import { EditionSchema, EntrySchema, PARTS, type EditionData, type Source } from '../catalogue/schemas.ts';
import { controlPointAnchors } from '../site/urls.ts';
import { parseCatalogueText, type ParsedEntry, type ReadProblem } from './catalogue-text.ts';
import { hashOf, recordedHash, renderFile } from './files.ts';

export interface CatalogueImportOptions {
  edition: string;
  /** Where the official text was published; becomes the grade A source of every entry. */
  sourceUrl: string;
  /** Title of that source; defaults to 《…》官方文本（<instrument>）. */
  sourceTitle?: string;
  /** Replace fields the importer owns even in files edited by hand since the last import. */
  force?: boolean;
}

export interface FileChange {
  file: string;
  action: 'create' | 'update';
  text: string;
}

/** What an import would do. `problems` non-empty means nothing may be written. */
export interface ImportPlan {
  problems: string[];
  changes: FileChange[];
  unchanged: string[];
  /** Human-readable lines: what was read and what will change. */
  summary: string[];
}

/** Fields of an entry file that the importer writes and the hash line covers. Lineage, sources and notes are not. */
export const OWNED_FIELDS = ['edition', 'part', 'code', 'seq', 'industry', 'name', 'completeness', 'missing', 'controlPoints'] as const;

/** What the editor adds to a control point (our rendering and notes): outside what the importer owns and hashes. */
const POINT_ADDITIONS = ['en', 'note', 'noteEn'] as const;

const withoutAdditions = (cp: unknown): unknown => {
  if (!cp || typeof cp !== 'object') return cp;
  const out = { ...(cp as Record<string, unknown>) };
  for (const k of POINT_ADDITIONS) delete out[k];
  return out;
};

export const ownedFields = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(OWNED_FIELDS.map((k) => [k, k === 'controlPoints' && Array.isArray(data[k]) ? (data[k] as unknown[]).map(withoutAdditions) : data[k]]));

/** Fields kept from an existing file when it is updated: lineage and the relation to the previous edition. */
const KEPT_FIELDS = ['formerCodes', 'predecessors', 'relativeToPrevious'] as const;

/**
 * Our additions to a held entry that belong to its wording, carried to the imported entry where that wording is
 * unchanged: the English name (same name), a control point's rendering and notes (a point of the same wording), and the
 * English of the notes (`bodyEn`, which goes with the body). What cannot follow is reported, never kept silently.
 */
function carryAdditions(file: string, held: Record<string, unknown>, data: Record<string, unknown>, report: string[]): void {
  if (typeof held.nameEn === 'string') {
    if (comparable(String(held.name ?? '')) === comparable(String(data.name))) data.nameEn = held.nameEn;
    else report.push(`${file}: nameEn not carried over: the name changed from「${String(held.name)}」to「${String(data.name)}」; translate the new name`);
  }
  const heldList = Array.isArray(held.controlPoints) ? (held.controlPoints as Record<string, unknown>[]) : [];
  const points = data.controlPoints as Record<string, unknown>[];
  for (const h of heldList) {
    const extra = POINT_ADDITIONS.filter((k) => typeof h?.[k] === 'string');
    if (!extra.length) continue;
    const to = points.find((p) => comparable(String(p.text)) === comparable(String(h.text ?? '')));
    if (to) {
      // In the project's order: number, wording, its rendering and notes, then the anchors it keeps.
      const { aliases, ...rest } = to;
      points[points.indexOf(to)] = { ...rest, ...Object.fromEntries(extra.map((k) => [k, h[k]])), ...(aliases !== undefined && { aliases }) };
    }
    else report.push(`${file}: ${extra.join(', ')} of the control point「${String(h.text ?? '')}」not carried over: no control point of the text has that wording`);
  }
}

/**
 * Key of a new entry: `c-` and its 编号 in lower case (990101J → c-990101j). If that key is already used anywhere in
 * the content (keys are permanent and link editions), the edition is appended: c-990101j-2023.
 */
export function newEntryKey(code: string, edition: string, taken: Set<string>): string | undefined {
  for (const key of [`c-${code.toLowerCase()}`, `c-${code.toLowerCase()}-${edition}`]) if (!taken.has(key)) return key;
  return undefined;
}

export const formatReadProblem = (p: ReadProblem): string => (p.line !== undefined ? `line ${p.line}: ${p.message}` : p.message);

const ENTRY_FILE = /^content\/entries\/([^/]+)\/([^/]+)\.md$/;

interface Existing {
  file: string;
  key: string;
  data: Record<string, unknown>;
  body: string;
  text: string;
}

/**
 * Marks the edition complete in its file (a one-line change, in the file's own line endings; a byte order mark is
 * kept); undefined if it already says so.
 */
function markComplete(text: string): string | undefined {
  const m = text.match(/^(\uFEFF?---\r?\n[\s\S]*?\n)(---)/);
  if (!m) return undefined;
  const fm = m[1]!;
  if (/^complete:\s*true\s*$/m.test(fm)) return undefined;
  const eol = fm.endsWith('\r\n') ? '\r\n' : '\n';
  const next = /^complete:/m.test(fm) ? fm.replace(/^complete:[^\r\n]*/m, 'complete: true') : `${fm}complete: true${eol}`;
  return next + text.slice(fm.length);
}

/** Every key in use: entry file names in every edition and keys of entries added by amendments. */
function takenKeys(files: Map<string, string>): Set<string> {
  const taken = new Set<string>();
  for (const [file, text] of files) {
    const m = file.match(ENTRY_FILE);
    if (m) taken.add(m[2]!);
    if (file.startsWith('content/amendments/')) for (const k of text.matchAll(/^\s+key:\s*([a-z0-9-]+)\s*$/gm)) taken.add(k[1]!);
  }
  return taken;
}

/** A control point of a held entry file, as far as anchors go. */
interface HeldPoint {
  n?: number;
  text?: string;
  aliases?: string[];
}

/** The control points of a held file's frontmatter (not yet validated: anything unexpected is read as absent). */
function heldPoints(data: Record<string, unknown>): HeldPoint[] {
  const list = Array.isArray(data.controlPoints) ? (data.controlPoints as unknown[]) : [];
  return list.map((raw) => {
    const p = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    return {
      ...(typeof p.n === 'number' && { n: p.n }),
      ...(typeof p.text === 'string' && { text: p.text }),
      ...(Array.isArray(p.aliases) && { aliases: p.aliases.filter((a): a is string => typeof a === 'string') }),
    };
  });
}

/** Wording compared for matching: compatibility forms folded, white space dropped, closing punctuation ignored. */
const comparable = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').replace(/[。；;，,、.]+$/u, '');

/**
 * Published anchors of a held entry, carried to the official control points: a held numbered point's anchors go to the
 * official point with that number; a held point without a number (`cp-u1`) goes to the one official point whose wording
 * equals its own (or, failing that, contains it or is contained in it), and its anchor becomes an alias of that point.
 * Aliases the held points already keep go along. A held point that cannot be placed is a problem: its anchor would be lost.
 */
export function carryAnchors(file: string, held: HeldPoint[], official: readonly { n: number; text: string }[]): { aliases: Map<number, string[]>; problems: string[] } {
  const anchors = controlPointAnchors(held);
  const aliases = new Map<number, string[]>();
  const problems: string[] = [];
  held.forEach((p, i) => {
    const own = anchors[i]!;
    const keep = [own, ...(p.aliases ?? [])];
    const fix = `its anchor ${own} is published, so it must stay with that point: give the held point its official number (n) by hand with aliases: [${keep.join(', ')}], then import again`;
    let target: number | undefined;
    if (p.n !== undefined) {
      target = official.find((o) => o.n === p.n)?.n;
      if (target === undefined) problems.push(`${file}: control point ${p.n} is not in the text, which has ${official.length}; ${fix}`);
    } else {
      const wording = comparable(p.text ?? '');
      let found = official.filter((o) => comparable(o.text) === wording);
      if (!found.length && wording) found = official.filter((o) => comparable(o.text).includes(wording) || wording.includes(comparable(o.text)));
      if (found.length === 1) target = found[0]!.n;
      else {
        const matched = found.length ? `${found.length} control points of the text (${found.map((o) => o.n).join(', ')})` : 'no control point of the text';
        problems.push(`${file}: control point ${own}「${p.text ?? ''}」, held without its number, matches ${matched} by wording; ${fix}`);
      }
    }
    if (target === undefined) return;
    const list = aliases.get(target) ?? [];
    for (const a of keep) if (a !== `cp-${target}` && !list.includes(a)) list.push(a);
    if (list.length) aliases.set(target, list);
  });
  return { aliases, problems };
}

/** The entry's frontmatter in the project's field order. */
function entryData(e: ParsedEntry, edition: string, kept: Record<string, unknown>, sources: Source[], aliases = new Map<number, string[]>()): Record<string, unknown> {
  const data: Record<string, unknown> = { edition, part: e.part, code: e.code };
  if (e.seq !== undefined) data.seq = e.seq;
  if (e.industry) data.industry = e.industry;
  data.name = e.name;
  for (const k of KEPT_FIELDS) if (kept[k] !== undefined) data[k] = kept[k];
  data.completeness = 'complete';
  data.controlPoints = e.controlPoints.map((cp) => ({ n: cp.n, text: cp.text, ...(aliases.get(cp.n) && { aliases: aliases.get(cp.n) }) }));
  data.sources = sources;
  return data;
}

/** The frontmatter with `nameEn` right after `name`, as the project writes it. */
function nameEnAfterName(data: Record<string, unknown>): Record<string, unknown> {
  if (data.nameEn === undefined) return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === 'nameEn') continue;
    out[k] = v;
    if (k === 'name') out.nameEn = data.nameEn;
  }
  return out;
}

const where = (e: ParsedEntry) => `序号 ${e.seq ?? '?'}（${e.part}，编号 ${e.code}，line ${e.lines[0]}）`;

/**
 * Plans importing `input` (the official catalogue text) as edition `opts.edition` into the content `files`
 * (path → text). Every check runs before anything is planned for writing: the text must read cleanly, every entry pass
 * the schema, 序号 run 1..n, counts equal the official totals, J/X agree with the part, and the content as it would be
 * after the import must pass the full check.
 */
export function planCatalogueImport(files: Map<string, string>, input: string, opts: CatalogueImportOptions): ImportPlan {
  const problems: string[] = [];
  const summary: string[] = [];
  const fail = (): ImportPlan => ({ problems, changes: [], unchanged: [], summary });

  const editionFile = `content/editions/${opts.edition}.md`;
  const editionText = files.get(editionFile);
  if (editionText === undefined) {
    problems.push(`${editionFile} does not exist: create the edition file (instrument, dates, official totals) before importing its text`);
    return fail();
  }
  const editionParsed = EditionSchema.safeParse(parseMarkdown(editionFile, editionText).data);
  if (!editionParsed.success) {
    problems.push(...zodProblems(editionFile, editionParsed.error).map((p) => `${p.file} — ${p.field}: ${p.reason}`));
    return fail();
  }
  const edition: EditionData = editionParsed.data;
  if (edition.arises.kind === 'amended') {
    problems.push(
      `the ${opts.edition} edition is computed from ${edition.arises.base} and the adjustment list ${edition.arises.amendment}; import that list with --amendment ${edition.arises.amendment} instead`,
    );
    return fail();
  }

  const parsed = parseCatalogueText(input);
  problems.push(...parsed.problems.map(formatReadProblem));
  for (const part of PARTS) {
    const held = parsed.entries.filter((e) => e.part === part).length;
    const total = edition.totals[part];
    if (held !== total) {
      problems.push(`the ${part} part has ${held} entries in the text, but the official total of the ${opts.edition} edition is ${total} (${editionFile}, totals.${part})`);
    }
  }
  const source: Source = {
    title: opts.sourceTitle ?? `《中国禁止出口限制出口技术目录》官方文本（${edition.instrument}）`,
    url: opts.sourceUrl,
    grade: 'A',
    covers: '技术名称、编号、序号、行业标题、控制要点',
  };
  for (const e of parsed.entries) {
    const r = EntrySchema.safeParse(entryData(e, opts.edition, {}, [source]));
    if (!r.success) problems.push(...zodProblems(where(e), r.error).map((p) => `${p.file} — ${p.field}: ${p.reason}`));
  }
  summary.push(
    `Read ${parsed.entries.length} entries: ${PARTS.map((p) => `${p} ${parsed.entries.filter((e) => e.part === p).length}`).join(', ')} (official: 禁止 ${edition.totals.禁止}, 限制 ${edition.totals.限制}).`,
  );
  if (problems.length) return fail();

  // Existing entry files of this edition, matched by 编号, then by name.
  const existing: Existing[] = [];
  for (const [file, text] of files) {
    const m = file.match(ENTRY_FILE);
    if (!m || m[1] !== opts.edition) continue;
    try {
      const raw = parseMarkdown(file, text);
      existing.push({ file, key: m[2]!, data: raw.data as Record<string, unknown>, body: raw.body, text });
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems.map((p) => `${p.file} — ${p.field}: ${p.reason}`));
      else throw e;
    }
  }
  const matched = new Map<ParsedEntry, Existing>();
  const used = new Set<Existing>();
  for (const e of parsed.entries) {
    const byCode = existing.filter((x) => !used.has(x) && x.data.code === e.code);
    if (byCode.length > 0) {
      matched.set(e, byCode[0]!);
      used.add(byCode[0]!);
    }
  }
  for (const e of parsed.entries) {
    if (matched.has(e)) continue;
    const byName = existing.filter((x) => !used.has(x) && x.data.name === e.name);
    if (byName.length > 1) problems.push(`${where(e)} 「${e.name}」 matches several files by name: ${byName.map((x) => x.file).join(', ')}`);
    else if (byName.length === 1) {
      matched.set(e, byName[0]!);
      used.add(byName[0]!);
    }
  }
  for (const x of existing) {
    if (!used.has(x)) {
      problems.push(
        `${x.file} (「${String(x.data.name)}」${x.data.code ? `, 编号 ${String(x.data.code)}` : ''}) matches no entry of the text by 编号 or by name: correct its 编号 or 技术名称 to the official ones, or remove the file, then import again`,
      );
    }
  }
  if (problems.length) return fail();

  const taken = takenKeys(files);
  const changes: FileChange[] = [];
  const unchanged: string[] = [];
  const hand: string[] = [];
  let created = 0;
  let updated = 0;
  for (const e of parsed.entries) {
    const old = matched.get(e);
    if (old) {
      const sources = [source, ...((old.data.sources as Source[] | undefined) ?? []).filter((s) => !(s.url === source.url && s.title === source.title))];
      // Anchors published for the held points stay with them: cp-u1 of a point held without its number becomes an alias.
      const carried = carryAnchors(old.file, heldPoints(old.data), e.controlPoints);
      if (carried.problems.length) {
        problems.push(...carried.problems);
        continue;
      }
      const data = entryData(e, opts.edition, old.data, sources, carried.aliases);
      carryAdditions(old.file, old.data, data, summary);
      const ordered = nameEnAfterName(data);
      if (typeof old.data.bodyEn === 'string') ordered.bodyEn = old.data.bodyEn;
      const text = renderFile(ordered, old.body, hashOf(ownedFields(ordered)));
      if (text === old.text) {
        unchanged.push(old.file);
        continue;
      }
      const recorded = recordedHash(old.text);
      if (recorded && recorded !== hashOf(ownedFields(old.data)) && !opts.force) {
        hand.push(old.file);
        continue;
      }
      changes.push({ file: old.file, action: 'update', text });
      updated++;
    } else {
      const key = newEntryKey(e.code, opts.edition, taken);
      if (!key) {
        problems.push(`${where(e)}: both c-${e.code.toLowerCase()} and c-${e.code.toLowerCase()}-${opts.edition} are already used as keys; create this entry's file by hand`);
        continue;
      }
      taken.add(key);
      const data = entryData(e, opts.edition, {}, [source]);
      changes.push({ file: `content/entries/${opts.edition}/${key}.md`, action: 'create', text: renderFile(data, '', hashOf(ownedFields(data))) });
      created++;
    }
  }
  if (hand.length) {
    problems.push(
      ...hand.map((f) => `${f} was edited by hand since it was imported (the fields the importer owns no longer match its "# imported" hash); re-run with --force to replace them (lineage, sources and notes are kept either way)`),
    );
  }
  const completed = markComplete(editionText);
  if (completed) changes.push({ file: editionFile, action: 'update', text: completed });
  if (problems.length) return fail();

  // The content as it would be after the import must pass the whole check.
  const after = new Map(files);
  for (const c of changes) after.set(c.file, c.text);
  try {
    buildCatalogue(contentFromFiles(after));
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    problems.push(...e.problems.map((p) => `after the import the content would fail the check: ${p.file} — ${p.field}: ${p.reason}`));
    return fail();
  }
  summary.push(`${created} new entry files, ${updated} updated, ${unchanged.length} unchanged${completed ? `; ${editionFile} marked complete` : ''}.`);
  return { problems, changes, unchanged, summary };
}

/** The parsed frontmatter of a planned file (for tests and reports). */
export const frontmatterOf = (text: string): Record<string, unknown> => yaml.load(text.split('\n---')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
