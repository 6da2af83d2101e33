/** Reads an adjustment list (公告 text: 删去… / 将…修改为… / 在…项下增加… / 新增…) into clauses of an amendment file. */
import { buildCatalogue } from '../catalogue/catalogue.ts';
import { normalizeCode } from '../shared/codes.ts';
import { ContentError, zodProblems } from '../shared/errors.ts';
import { contentFromFiles, parseMarkdown } from '../shared/read-content.ts';
import { AmendmentSchema, ClauseSchema, type ClauseData, type Part, type Source } from '../catalogue/schemas.ts';
import { INDUSTRY_HEADING, PART_HEADING, type ReadProblem } from './catalogue-text.ts';
import { canonical, hashOf, MARK_PREFIX, renderFile } from './files.ts';
import { formatReadProblem, newEntryKey, type ImportPlan } from './import-catalogue.ts';
import { D, joinWrapped, numberedLines, toInt } from './text.ts';
import { chineseNumeral, toChineseNumeral } from '../shared/numerals.ts';

export interface AmendmentImportOptions {
  /** Amendment id, e.g. 2020-38: the file content/amendments/<id>.md must exist with its metadata. */
  id: string;
  sourceUrl: string;
  sourceTitle?: string;
  force?: boolean;
}

/** A clause as read from the text: the clause data plus the lines it came from. */
export interface ReadClause {
  clause: Record<string, unknown>;
  lines: [number, number];
  /** The clause was recognised only in part (operation unknown or wording cut off). */
  doubtful?: string;
}

export interface ParsedAdjustments {
  clauses: ReadClause[];
  problems: ReadProblem[];
}

const CLAUSE_START = new RegExp(`^(${D}{1,3})\\s*[.．、](?!${D})\\s*(.*)$`);
const O = '[（(]';
const C = '[）)]';
const COLON = '[：:]';
const CODE = `(${D}{6}[JXjxＪＸｊｘ])`;
const QUOTED = '[“"「](.+)[”"」]';
const END = '[。.]?$';
const DELETE = new RegExp(`^删去(.+?)${O}编号${COLON}\\s*${CODE}\\s*${C}条目${END}`);
const REPLACE_CP = new RegExp(`^将(.+?)${O}编号${COLON}\\s*${CODE}\\s*${C}控制要点\\s*(${D}{1,2})\\s*修改为${COLON}?\\s*${QUOTED}${END}`);
const ADD_CP = new RegExp(`^在(.+?)${O}编号${COLON}\\s*${CODE}\\s*${C}项下增加控制要点${COLON}?\\s*${QUOTED}${END}`);
const ADD = new RegExp(`^新增[“"「]?(.+?)[”"」]?${O}编号${COLON}\\s*${CODE}\\s*${C}(?:条目)?[，,。]?(?:控制要点(?:为)?${COLON}?\\s*${QUOTED})?${END}`);
/** An added entry whose control points follow on numbered lines of their own: 新增<name>（编号：<code>）…控制要点： */
const ADD_HEAD = new RegExp(`^新增[“"「]?(.+?)[”"」]?${O}编号${COLON}\\s*${CODE}\\s*${C}(?!.*[“"「])`);
/** How a clause begins: a numbered line that begins so is the next clause, not a point of the entry above it. */
const CLAUSE_VERB = /^(?:删去|删除|将|在|新增|增加|对)/;
/** The start of a deletion whose end is cut off: 删去<name>（编号：<code>）… */
const DELETE_START = new RegExp(`^删去(.+?)${O}编号${COLON}\\s*${CODE}\\s*${C}`);

/** A clause is complete when it ends as the official clauses do: with 。 (or a closing quote). */
const looksComplete = (s: string) => /[。”」"]$/.test(s);

/** "1.甲 2.乙" → numbered points; text without numbers → one point without a number. */
function splitPoints(text: string): { n?: number; text: string }[] {
  const marker = new RegExp(`(?:^|[\\s；;])(${D}{1,2})\\s*[.．、](?!${D})`, 'g');
  const marks = [...text.matchAll(marker)];
  const run = marks.filter((m, i) => i === 0 || toInt(m[1]!) === toInt(marks[i - 1]![1]!) + 1);
  if (run.length === 0 || run.length !== marks.length || marks[0]!.index !== 0) return [{ text }];
  return run.map((m, i) => ({
    n: toInt(m[1]!),
    text: text
      .slice(m.index! + m[0].length, run[i + 1]?.index ?? text.length)
      .replace(/[；;]\s*$/, '')
      .trim(),
  }));
}

const code = (s: string) => normalizeCode(s)!;

/** Reads one clause's text into clause data (without source and targetHeld, which the plan adds). */
function readClause(
  n: number,
  part: Part,
  industry: string | undefined,
  wording: string,
  edition: string,
  taken: Set<string>,
  known: Map<string, string>,
  linePoints: { n: number; text: string }[] = [],
): ReadClause['clause'] & { doubtful?: string } {
  const base: Record<string, unknown> = { n, part, ...(industry ? { industry } : {}) };
  let m: RegExpMatchArray | null;
  if (linePoints.length > 0 && (m = wording.match(ADD_HEAD))) {
    // 新增… followed by its numbered control points on lines of their own: the wording keeps the lines as printed.
    const c = code(m[2]!);
    const key = known.get(c) ?? newEntryKey(c, edition, taken)!;
    taken.add(key);
    return {
      ...base,
      op: 'add',
      entry: { key, part, code: c, name: m[1]!.trim(), completeness: 'complete', controlPoints: linePoints.map((p) => ({ n: p.n, text: p.text })) },
      wording: [wording, ...linePoints.map((p) => `${p.n}.${p.text}`)].join('\n'),
    };
  }
  if (!looksComplete(wording)) {
    const tail = wording.slice(-12);
    const note = `导入的文本在本条中断，止于“${tail}”；本条的完整措辞及其效果无法确定，导入程序未作推断。`;
    const d = wording.match(DELETE_START);
    return {
      ...base,
      op: d ? 'delete' : 'unknown',
      ...(d ? { target: { code: code(d[2]!), name: d[1]!.trim() } } : {}),
      wording,
      wordingComplete: false,
      certainty: 'uncertain',
      note,
      doubtful: `the text ends inside this clause (after “${tail}”); recorded as incomplete and uncertain`,
    };
  }
  if ((m = wording.match(DELETE))) return { ...base, op: 'delete', target: { code: code(m[2]!), name: m[1]!.trim() }, wording };
  if ((m = wording.match(REPLACE_CP))) {
    return { ...base, op: 'replace-cp', target: { code: code(m[2]!), name: m[1]!.trim() }, cp: toInt(m[3]!), text: m[4]!.trim(), wording };
  }
  if ((m = wording.match(ADD_CP))) return { ...base, op: 'add-cp', target: { code: code(m[2]!), name: m[1]!.trim() }, points: splitPoints(m[3]!.trim()), wording };
  if ((m = wording.match(ADD))) {
    const c = code(m[2]!);
    const points = m[3] ? splitPoints(m[3].trim()) : [];
    const numbered = points.length > 0 && points.every((p) => p.n !== undefined);
    const key = known.get(c) ?? newEntryKey(c, edition, taken)!;
    taken.add(key);
    return {
      ...base,
      op: 'add',
      entry: {
        key,
        part,
        code: c,
        name: m[1]!.trim(),
        completeness: numbered ? 'complete' : points.length ? 'partial' : 'name-only',
        ...(numbered ? {} : { missing: [points.length ? '控制要点的官方编号' : '控制要点（本条未列出或未能读出）'] }),
        ...(points.length ? { controlPoints: points } : {}),
      },
      wording,
    };
  }
  return {
    ...base,
    op: 'unknown',
    wording,
    certainty: 'uncertain',
    note: '导入程序未能识别本条的操作；原文见条文，其效果未应用到任何条目。',
    doubtful: 'the operation was not recognised; recorded with op unknown',
  };
}

/**
 * Reads the clauses of an adjustment list. Entries it adds get the key an earlier import gave them (`known`: 编号 →
 * key), or a new key made as for the catalogue importer, avoiding `taken`.
 */
export function parseAdjustmentText(input: string, edition: string, taken: Set<string> = new Set(), known: Map<string, string> = new Map()): ParsedAdjustments {
  const problems: ReadProblem[] = [];
  const raw: { n: number; part: Part; industry?: string; pieces: string[]; points: { n: number; pieces: string[] }[]; lines: [number, number] }[] = [];
  let part: Part | undefined;
  let industry: string | undefined;
  let industryNo = 0;
  let open = false;
  for (const line of numberedLines(input)) {
    const p = line.text.replace(/\s+/g, '').match(PART_HEADING);
    if (p) {
      part = p[2] as Part;
      industry = undefined;
      industryNo = 0;
      open = false;
      continue;
    }
    if (!part) continue; // preamble: the announcement's own text, signatures, date, title
    const h = line.text.match(INDUSTRY_HEADING);
    if (h && chineseNumeral(h[1]!) === industryNo + 1) {
      industryNo++;
      industry = h[2]!.replace(/\s+/g, '');
      open = false;
      continue;
    }
    if (h) problems.push({ line: line.n, message: `reads like the industry heading （${h[1]}） but （${toChineseNumeral(industryNo + 1)}） was expected next` });
    const c = line.text.match(CLAUSE_START);
    const last = raw.at(-1);
    if (c && open && last && ADD_HEAD.test(joinWrapped(last.pieces))) {
      // An added entry's control points on lines of their own: 1, 2, 3… unless the line is the next clause.
      const k = toInt(c[1]!);
      const isClause = k === last.n + 1 && CLAUSE_VERB.test(c[2]!);
      if (!isClause && k === last.points.length + 1) {
        last.points.push({ n: k, pieces: [c[2]!] });
        last.lines[1] = line.n;
        continue;
      }
    }
    if (c) {
      raw.push({ n: toInt(c[1]!), part, industry, pieces: [c[2]!], points: [], lines: [line.n, line.n] });
      open = true;
      continue;
    }
    if (open) {
      const into = last!.points.at(-1)?.pieces ?? last!.pieces;
      into.push(line.text);
      last!.lines[1] = line.n;
    } else problems.push({ line: line.n, message: `could not be read as part of any clause: "${line.text}"` });
  }
  if (!raw.length) problems.push({ message: 'no numbered clause was found after a part heading (一、禁止出口部分 / 二、限制出口部分)' });
  raw.forEach((r, i) => {
    const expected = i === 0 ? r.n : raw[i - 1]!.n + 1;
    if (r.n !== expected) problems.push({ line: r.lines[0], message: `clause ${r.n} follows clause ${raw[i - 1]!.n}; clause ${expected} could not be read` });
  });
  const clauses = raw.map((r) => {
    const points = r.points.map((p) => ({ n: p.n, text: joinWrapped(p.pieces) }));
    const { doubtful, ...clause } = readClause(r.n, r.part, r.industry, joinWrapped(r.pieces), edition, taken, known, points);
    return { clause, lines: r.lines, doubtful };
  });
  return { clauses, problems };
}

/** Fields of a clause the importer owns; `note` and `source` are the editor's. Defaults applied so omitted = default. */
const OWNED = ['n', 'part', 'industry', 'op', 'target', 'targetHeld', 'cp', 'text', 'points', 'entry', 'wording', 'wordingComplete', 'certainty'] as const;

/** What the editor adds inside owned fields (an added entry's English name, a point's rendering, notes): not compared. */
const EDITOR_KEYS = new Set(['en', 'nameEn', 'note', 'noteEn', 'missingEn']);

const withoutEditorKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(withoutEditorKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).filter(([k]) => !EDITOR_KEYS.has(k)).map(([k, x]) => [k, withoutEditorKeys(x)]))
      : v;

function owned(clause: unknown): string {
  const r = ClauseSchema.safeParse(clause);
  const data = (r.success ? r.data : clause) as Record<string, unknown>;
  return canonical(Object.fromEntries(OWNED.map((k) => [k, withoutEditorKeys(data[k])])));
}

const IMPORTED = /^# imported: (sha256-[0-9a-f]{16}) \(clauses ([\d, ]+)\)/m;

/** Hash over the owned fields of the given clauses, in clause order. */
const clausesHash = (clauses: unknown[]): string => hashOf(clauses.map(owned));

/**
 * Plans importing an adjustment list into content/amendments/<id>.md (which must exist with its metadata). Imported
 * clauses replace clauses with the same number; a clause whose owned fields already equal the text is left exactly
 * as it is (so notes and sources written by hand survive); a differing clause written by hand, or edited since the
 * last import, is replaced only with --force.
 */
export function planAmendmentImport(files: Map<string, string>, input: string, opts: AmendmentImportOptions): ImportPlan {
  const problems: string[] = [];
  const summary: string[] = [];
  const fail = (): ImportPlan => ({ problems, changes: [], unchanged: [], summary });
  const file = `content/amendments/${opts.id}.md`;
  const text = files.get(file);
  if (text === undefined) {
    problems.push(`${file} does not exist: create it with the announcement's metadata (instrument, published, base, result, counts, countsSource) and clauses: [], then import again`);
    return fail();
  }
  const raw = parseMarkdown(file, text);
  const meta = AmendmentSchema.safeParse(raw.data);
  if (!meta.success) {
    problems.push(...zodProblems(file, meta.error).map((p) => `${p.file} — ${p.field}: ${p.reason}`));
    return fail();
  }
  const taken = new Set<string>();
  for (const f of files.keys()) {
    const m = f.match(/^content\/entries\/[^/]+\/([^/]+)\.md$/);
    if (m) taken.add(m[1]!);
  }
  const known = new Map<string, string>();
  for (const c of meta.data.clauses) {
    if (!c.entry) continue;
    taken.add(c.entry.key);
    if (c.entry.code) known.set(c.entry.code, c.entry.key);
  }
  const parsed = parseAdjustmentText(input, meta.data.result, taken, known);
  problems.push(...parsed.problems.map(formatReadProblem));

  const source: Source = { title: opts.sourceTitle ?? `${meta.data.instrument}（调整内容官方文本）`, url: opts.sourceUrl, grade: 'A' };
  const baseCodes = new Set(
    [...files].flatMap(([f, t]) => {
      if (!f.startsWith(`content/entries/${meta.data.base}/`)) return [];
      const code = (parseMarkdown(f, t).data as { code?: string }).code;
      return code ? [code] : [];
    }),
  );
  const imported = parsed.clauses.map((r) => {
    const c: Record<string, unknown> = { ...r.clause };
    const target = c.target as { code?: string } | undefined;
    if (target?.code && !baseCodes.has(target.code)) c.targetHeld = false;
    c.source = source;
    const check = ClauseSchema.safeParse(c);
    if (!check.success) problems.push(...zodProblems(`clause ${String(c.n)} (line ${r.lines[0]})`, check.error).map((p) => `${p.file} — ${p.field}: ${p.reason}`));
    return c;
  });
  for (const r of parsed.clauses) if (r.doubtful) summary.push(`line ${r.lines[0]}: clause ${String(r.clause.n)}: ${r.doubtful}`);
  summary.unshift(`Read ${parsed.clauses.length} clauses (${parsed.clauses.map((r) => r.clause.n).join(', ')}).`);
  if (problems.length) return fail();

  const current = [...meta.data.clauses] as unknown[];
  const currentRaw = [...((raw.data as { clauses?: unknown[] }).clauses ?? [])];
  const mark = text.match(IMPORTED);
  const markedNs = new Set((mark?.[2] ?? '').split(/,\s*/).filter(Boolean).map(Number));
  const untouched =
    mark !== null && mark[1] === clausesHash(current.filter((c) => markedNs.has((c as ClauseData).n!)));
  const result = [...currentRaw];
  let replaced = 0;
  let added = 0;
  for (const c of imported) {
    const i = current.findIndex((x) => (x as ClauseData).n === c.n);
    if (i >= 0) {
      if (owned(current[i]) === owned(c)) continue;
      if (!opts.force && !(untouched && markedNs.has(c.n as number))) {
        problems.push(`${file} clause ${String(c.n)} differs from the text and was written or edited by hand; re-run with --force to replace it`);
        continue;
      }
      result[result.indexOf(currentRaw[i])] = c;
      replaced++;
    } else {
      let at = 0;
      result.forEach((x, j) => {
        const n = (x as { n?: number }).n;
        if (n !== undefined && n < (c.n as number)) at = j + 1;
      });
      result.splice(at, 0, c);
      added++;
    }
  }
  if (problems.length) return fail();
  if (replaced + added === 0) {
    summary.push(`${file} already holds these clauses; nothing to change.`);
    return { problems, changes: [], unchanged: [file], summary };
  }
  const data = { ...(raw.data as Record<string, unknown>), clauses: result };
  const ns = imported.map((c) => c.n as number);
  const hash = clausesHash(
    ns.map((n) => (result as { n?: number }[]).find((c) => c.n === n)!).map((c) => ClauseSchema.parse(c)),
  );
  const out = renderFile(data, raw.body).replace(/^---\n/, `---\n${MARK_PREFIX}${hash} (clauses ${ns.join(', ')})\n`);
  const after = new Map(files);
  after.set(file, out);
  try {
    buildCatalogue(contentFromFiles(after));
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    problems.push(...e.problems.map((p) => `after the import the content would fail the check: ${p.file} — ${p.field}: ${p.reason}`));
    return fail();
  }
  summary.push(`${added} clause(s) added, ${replaced} replaced in ${file}.`);
  return { problems, changes: [{ file, action: 'update', text: out }], unchanged: [], summary };
}
