/**
 * `npm run fidelity -- [sources-dir] [instrument ids…]`: checks the transcription of content/controls/ against the source files it was
 * made from (default ../shared/sources/controls). Every clause and quote must equal one fenced source block character
 * for character, after only the two changes the sources allow (HTML escapes written as their characters; bracketed
 * pinyin removed where the block's note names it), and that block must be grade A or B. Every A/B block of an
 * instrument we have a file for must be used. Exits 1 on any difference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../src/lib/shared/read-content.ts';
import { InstrumentSchema, type InstrumentData } from '../src/lib/controls/schemas.ts';

/** One fenced block of a source file, with the grade its `source:` line gives. */
export interface SourceBlock {
  file: string;
  /** 0-based position among the file's blocks. */
  index: number;
  heading: string;
  /** As held, with only the allowed changes applied. */
  text: string;
  grade: string;
  traditional: boolean;
}

const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g;

/** The two changes the sources' README allows: HTML escapes to characters, and (where the note says so) pinyin out. */
export function allowedCleanup(text: string, note: string): string {
  const decoded = text
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&ensp;/g, '\u2002')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
  return /pinyin/i.test(note) ? decoded.replace(PINYIN, '') : decoded;
}

/** Every fenced `text` block of one source file. */
export function parseSourceFile(file: string, markdown: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let heading = '';
  const re = /^#### (.*)$|```text\n([\s\S]*?)\n```\n([^\n]*)/gm;
  for (const m of markdown.matchAll(re)) {
    if (m[1] !== undefined) {
      heading = m[1];
      continue;
    }
    const meta = m[3] ?? '';
    const grade = /grade:\s*(B-|A|B|C)(?![\w-])/.exec(meta)?.[1] ?? '?';
    blocks.push({
      file,
      index: blocks.length,
      heading,
      text: allowedCleanup(m[2]!, meta),
      grade,
      traditional: /Traditional-character copy/i.test(meta),
    });
  }
  return blocks;
}

export interface FidelityReport {
  checked: number;
  exact: number;
  problems: string[];
  unused: SourceBlock[];
}

/**
 * Compares the control content under `root` (only the instruments in `only`, when given) with the source files in
 * `sourcesDir`. Files are read one by one against the schema, without the checks across files, so that one instrument
 * can be checked while others are still being written.
 */
export function checkFidelity(root: string, sourcesDir: string, only: string[] = []): FidelityReport {
  const instruments: (InstrumentData & { file: string })[] = [];
  const problems: string[] = [];
  for (const f of readContent(root).controls) {
    const r = InstrumentSchema.safeParse(f.data);
    if (!r.success) problems.push(`${f.file} — does not pass its schema: run npm run check`);
    else if (!only.length || only.includes(r.data.id)) instruments.push({ ...r.data, file: f.file });
  }
  const blocks = readdirSync(sourcesDir)
    .filter((f) => /^\d{4}-\d+\.md$/.test(f))
    .flatMap((f) => parseSourceFile(f, readFileSync(join(sourcesDir, f), 'utf8')));
  const used = new Set<SourceBlock>();
  let checked = 0;
  let exact = 0;
  for (const inst of instruments) {
    const grade = (id: string) => inst.sources.find((s) => s.id === id)?.grade;
    const texts = [
      ...inst.clauses.map((c) => ({ where: `clause ${c.id}`, text: c.text, grade: grade(c.source) })),
      ...inst.quotes.map((q) => ({ where: `quote ${q.id}`, text: q.text, grade: grade(q.source) })),
    ];
    for (const t of texts) {
      checked++;
      const own = blocks.filter((b) => b.file === `${inst.id}.md` && b.text === t.text);
      const match = own[0] ?? blocks.find((b) => b.text === t.text);
      if (!match) {
        problems.push(`${inst.file} — ${t.where}: equals no source block (first 40 characters: ${t.text.slice(0, 40)})`);
        continue;
      }
      used.add(match);
      exact++;
      if (match.grade !== 'A' && match.grade !== 'B') problems.push(`${inst.file} — ${t.where}: its block (${match.file} #${match.index}) is grade ${match.grade}, not A or B`);
      else if (t.grade !== match.grade) problems.push(`${inst.file} — ${t.where}: content says grade ${t.grade}, the source block is grade ${match.grade}`);
    }
  }
  const have = new Set(instruments.map((i) => `${i.id}.md`));
  const unused = blocks.filter((b) => have.has(b.file) && (b.grade === 'A' || b.grade === 'B') && !used.has(b));
  return { checked, exact, problems, unused };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = resolve(process.argv[2] ?? join(root, '../shared/sources/controls'));
  if (!existsSync(dir)) {
    console.error(`No source folder at ${dir}: give the folder that holds the source files, e.g. npm run fidelity -- ../shared/sources/controls`);
    process.exit(2);
  }
  const r = checkFidelity(root, dir, process.argv.slice(3));
  console.log(`Clauses and quotes checked: ${r.checked}; equal to a source block character for character: ${r.exact}.`);
  for (const p of r.problems) console.log(`  ${p}`);
  console.log(`Grade A/B source blocks of instruments we have a file for, not used by any clause or quote: ${r.unused.length}`);
  for (const b of r.unused) console.log(`  ${b.file} #${b.index} [${b.heading}] ${b.text.slice(0, 40)}`);
  process.exit(r.problems.length || r.unused.length ? 1 : 0);
}
