/**
 * `npm run import -- --edition 2023 --source-url <official URL> <file.pdf | file.txt>`: imports the official catalogue
 * text into content/entries/<edition>/. `--amendment <id>` imports an adjustment list into content/amendments/<id>.md.
 * The input is a PDF, an HTML page as saved from the official site (its article is read), or a text file.
 * Every check runs first; on any problem nothing is written and each problem is printed with its line.
 *
 * Options: --force (replace fields edited by hand since the last import), --dry-run (check and report only),
 * --source-title <text>, --text-out <file> (write the text as read, e.g. from a PDF, for inspection),
 * --root <dir> (the project whose content/ is changed; default: this project).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planAmendmentImport } from '../src/lib/importer/import-amendment.ts';
import { decodeHtml, htmlText } from '../src/lib/importer/html-text.ts';
import { planCatalogueImport, type FileChange, type ImportPlan } from '../src/lib/importer/import-catalogue.ts';
import { pdfToText } from '../src/lib/importer/pdf.ts';
import { readContentFiles } from '../src/lib/shared/read-content.ts';
import { parseImportArgs } from './import-args.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `Usage:
  npm run import -- --edition <year> --source-url <official URL> <file.pdf | file.html | file.txt>
  npm run import -- --amendment <id> --source-url <URL> <file.pdf | file.html | file.txt>
Options: --force, --dry-run, --source-title <text>, --text-out <file>, --root <dir>`;

/** Writes every change or none: all go to temporary files first, then are renamed into place. */
export function writeAll(root: string, changes: FileChange[]): void {
  const tmp = changes.map((c) => ({ ...c, path: join(root, c.file), tmp: join(root, `${c.file}.import-${process.pid}`) }));
  try {
    for (const c of tmp) {
      mkdirSync(dirname(c.path), { recursive: true });
      writeFileSync(c.tmp, c.text);
    }
  } catch (e) {
    for (const c of tmp) rmSync(c.tmp, { force: true });
    throw e;
  }
  for (const c of tmp) renameSync(c.tmp, c.path);
}

export async function readInput(file: string): Promise<string> {
  const data = readFileSync(file);
  if (/\.pdf$/i.test(file)) return pdfToText(new Uint8Array(data));
  if (/\.html?$/i.test(file)) return htmlText(decodeHtml(new Uint8Array(data))).article;
  return data.toString('utf8');
}

/** Prints a plan and, unless it has problems or this is a dry run, writes it. Returns the exit code. */
export function applyPlan(root: string, plan: ImportPlan, dryRun: boolean, log: (s: string) => void): number {
  for (const s of plan.summary) log(s);
  if (plan.problems.length) {
    log(`\nImport stopped; nothing was written. ${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}:`);
    for (const p of plan.problems) log(`  ${p}`);
    return 1;
  }
  for (const c of plan.changes) log(`  ${c.action === 'create' ? 'create' : 'update'} ${c.file}`);
  if (dryRun) {
    log(`\nDry run: ${plan.changes.length} file(s) would change; nothing was written.`);
    return 0;
  }
  writeAll(root, plan.changes);
  log(plan.changes.length ? `\nWrote ${plan.changes.length} file(s). Run \`npm run check\` to see the coverage.` : '\nNothing to change: the content already matches the text.');
  return 0;
}

/** Runs the importer; returns the exit code. `log` receives the report. */
export async function main(argv: string[], log: (s: string) => void = console.log): Promise<number> {
  const args = parseImportArgs(argv, { 'source-url': { type: 'string' } }, USAGE, log, true);
  if (!args) return 2;
  const { values: v, positionals } = args;
  if (positionals.length !== 1 || !v['source-url']) {
    log(USAGE);
    return 2;
  }
  const input = resolve(positionals[0]!);
  if (!existsSync(input)) {
    log(`${input} does not exist`);
    return 2;
  }
  const root = resolve(v.root ?? ROOT);
  const text = await readInput(input);
  if (v['text-out']) writeFileSync(v['text-out'], text);
  const files = readContentFiles(root);
  const opts = { sourceUrl: v['source-url'], sourceTitle: v['source-title'], force: v.force };
  const plan: ImportPlan = v.edition
    ? planCatalogueImport(files, text, { ...opts, edition: v.edition })
    : planAmendmentImport(files, text, { ...opts, id: v.amendment! });

  return applyPlan(root, plan, v['dry-run'], log);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
