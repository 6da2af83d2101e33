/**
 * `npm run mutation [-- <group or src/lib file>…] [--summary]`: StrykerJS over src/lib/, one group of files at a time
 * (so that a run stopped half way keeps the groups it finished, and each group's incremental file lets the next run
 * test only what changed), then one report over every group: reports/mutation/index.html and mutation.json, and a
 * printed score per folder and per file. A file given instead of a group is run alone (while writing its tests); the
 * report takes each file from the newest result that holds it. `--summary` only prints and writes the report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { calculateMetrics, type Metrics } from 'mutation-testing-metrics';
import type { FileResult, MutationTestResult } from 'mutation-testing-report-schema';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPORT_DIR = 'reports/mutation';

/** The groups, in the order they run: every file of src/lib/ belongs to exactly one (checked before anything runs). */
export const GROUPS: Record<string, string[]> = {
  // The URL record: the published URLs, redirects, every URL the site makes.
  record: ['src/lib/site/published-urls.ts', 'src/lib/site/redirects.ts', 'src/lib/site/urls.ts'],
  // The catalogue's open data (the announcements' are in controls).
  downloads: ['src/lib/catalogue/downloads.ts'],
  // The catalogue model: editions, amendments, changes, diffs, coverage, queries, where an entry stands, citations.
  catalogue: [
    'src/lib/catalogue/catalogue.ts',
    'src/lib/catalogue/amendments.ts',
    'src/lib/catalogue/changes.ts',
    'src/lib/catalogue/diff.ts',
    'src/lib/catalogue/coverage.ts',
    'src/lib/catalogue/queries.ts',
    'src/lib/catalogue/model.ts',
    'src/lib/shared/codes.ts',
    'src/lib/catalogue/standing.ts',
    'src/lib/catalogue/citation.ts',
    'src/lib/catalogue/compare.ts',
    'src/lib/catalogue/edition-on.ts',
    'src/lib/catalogue/names.ts',
    'src/lib/site/cross-references.ts',
  ],
  // The export-control announcements: schemas, build, status on a date, labels, queries, downloads, search texts.
  controls: ['src/lib/controls/**/*.ts'],
  // Reading and checking content: schemas, errors, Markdown bodies, the glossary and renderings, counts.
  content: [
    'src/lib/catalogue/schemas.ts',
    'src/lib/shared/schemas.ts',
    'src/lib/site/content-schemas.ts',
    'src/lib/shared/issuers.ts',
    'src/lib/shared/read-content.ts',
    'src/lib/site/site-content.ts',
    'src/lib/shared/errors.ts',
    'src/lib/shared/body-check.ts',
    'src/lib/site/glossary.ts',
    'src/lib/site/translations.ts',
    'src/lib/shared/dates.ts',
    'src/lib/shared/han.ts',
    'src/lib/shared/numerals.ts',
  ],
  // The site around the model: languages, paths, configuration, server rules, security policy, timeline and feeds, search.
  site: [
    'src/lib/site/i18n.ts',
    'src/lib/site/site-config.ts',
    'src/lib/site/server-config.ts',
    'src/lib/site/security.ts',
    'src/lib/site/locale-paths.ts',
    'src/lib/site/feed.ts',
    'src/lib/site/timeline.ts',
    'src/lib/site/timeline-words.ts',
    'src/lib/site/glossary-usage.ts',
    'src/lib/search/**/*.ts',
  ],
  // The importer: official text, PDF and web page to content files; fetching the official documents.
  importer: ['src/lib/importer/**/*.ts'],
};

/** Every .ts file under src/lib/, as a path from the project root. */
export function libFiles(): string[] {
  const walk = (d: string): string[] =>
    readdirSync(join(ROOT, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${d}/${e.name}`) : e.name.endsWith('.ts') ? [`${d}/${e.name}`] : []));
  return walk('src/lib').sort();
}

/** `dir/**\/*.ts` or an exact path. */
const matches = (pattern: string, file: string): boolean => (pattern.endsWith('/**/*.ts') ? file.startsWith(pattern.slice(0, -'**/*.ts'.length)) : pattern === file);

/** Files of src/lib/ in no group, or in more than one: each a line saying which. */
export function groupProblems(files: string[], groups: Record<string, string[]> = GROUPS): string[] {
  return files.flatMap((f) => {
    const in_ = Object.entries(groups).filter(([, patterns]) => patterns.some((p) => matches(p, f))).map(([g]) => g);
    if (in_.length === 1) return [];
    return [in_.length ? `${f} is in more than one group (${in_.join(', ')}) of scripts/mutation.ts` : `${f} is in no group of scripts/mutation.ts: add it to one`];
  });
}

/** The score as Stryker counts it: detected / (detected + undetected); NaN when nothing was tested. */
const pct = (m: Metrics): string => (Number.isNaN(m.mutationScore) ? '   n/a' : `${m.mutationScore.toFixed(1).padStart(5)} %`);
const row = (name: string, m: Metrics): string =>
  `${name.padEnd(40)} ${pct(m)}  killed ${String(m.killed).padStart(4)}  timeout ${String(m.timeout).padStart(3)}  survived ${String(m.survived).padStart(4)}  no coverage ${String(m.noCoverage).padStart(4)}  ignored ${String(m.ignored).padStart(4)}  not compiling ${String(m.compileErrors).padStart(4)}`;

/** The folder of a file, as a path ending in /: src/lib/controls/status.ts → src/lib/controls/. */
const folderOf = (file: string): string => file.slice(0, file.lastIndexOf('/') + 1);

/**
 * Folders first — src/lib/ as a whole, then each folder on its own files (src/lib/ itself, src/lib/controls/…) — then
 * every file, each with its score and counts (mutation-testing-metrics counts them as Stryker's own report does).
 */
export function summaryLines(report: MutationTestResult): string[] {
  const names = Object.keys(report.files).map((f) => relative(ROOT, join(ROOT, f)).split('\\').join('/')).sort();
  const byName = new Map(Object.entries(report.files).map(([f, r]) => [relative(ROOT, join(ROOT, f)).split('\\').join('/'), r]));
  const metricsOf = (files: string[]): Metrics => calculateMetrics(Object.fromEntries(files.map((f) => [f, byName.get(f)!]))).metrics;
  const top = [...new Set(names.map((f) => f.split('/').slice(0, 2).join('/') + '/'))];
  const folders = [...new Set(names.map(folderOf))].sort();
  return [
    'Mutation score (killed + timeout) / (killed + timeout + survived + no coverage), per folder:',
    ...top.map((t) => row(`${t} (files run)`, metricsOf(names.filter((f) => f.startsWith(t))))),
    ...folders.map((d) => row(d, metricsOf(names.filter((f) => folderOf(f) === d)))),
    '',
    'Per file:',
    ...names.map((f) => row(f, metricsOf([f]))),
  ];
}

/** One report over every group's last result: the files of all groups together. */
export function mergeReports(reports: MutationTestResult[]): MutationTestResult {
  const files: Record<string, FileResult> = {};
  for (const r of reports) Object.assign(files, r.files);
  return { schemaVersion: '2', thresholds: { high: 85, low: 75 }, projectRoot: ROOT, files };
}

/** The report as one HTML page, with mutation-testing-elements (Stryker's own report app) inlined. */
function reportHtml(report: MutationTestResult): string {
  const script = readFileSync(createRequire(import.meta.url).resolve('mutation-testing-elements/dist/mutation-test-elements.js'), 'utf8');
  const data = JSON.stringify(report).replace(/</g, '\\u003c');
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Mutation testing: src/lib/</title><script>${script}</script></head>\n<body>\n<mutation-test-report-app title-postfix="src/lib/"></mutation-test-report-app>\n<script>document.querySelector('mutation-test-report-app').report = ${data};</script>\n</body>\n</html>\n`;
}

/** A file run alone gets its own folder of results: src/lib/catalogue/standing.ts → file-src-lib-standing-ts. */
const fileRun = (file: string): string => `file-${file.replace(/[^a-z0-9]+/gi, '-')}`;

function summarise(): number {
  const dir = join(ROOT, REPORT_DIR);
  const runs = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'mutation.json'))) : [];
  if (!runs.length) {
    console.error(`No group has a report in ${REPORT_DIR}/ yet: run npm run mutation first.`);
    return 1;
  }
  // Oldest first, so that a file takes its newest result.
  runs.sort((a, b) => statSync(join(dir, a, 'mutation.json')).mtimeMs - statSync(join(dir, b, 'mutation.json')).mtimeMs);
  const done = runs.filter((r) => r in GROUPS);
  const report = mergeReports(runs.map((g) => JSON.parse(readFileSync(join(dir, g, 'mutation.json'), 'utf8')) as MutationTestResult));
  writeFileSync(join(dir, 'mutation.json'), JSON.stringify(report));
  writeFileSync(join(dir, 'index.html'), reportHtml(report));
  const missing = Object.keys(GROUPS).filter((g) => !done.includes(g));
  console.log(summaryLines(report).join('\n'));
  const alone = runs.filter((r) => !(r in GROUPS));
  console.log(`\nGroups in this report: ${done.join(', ') || 'none'}${missing.length ? `; not run yet: ${missing.join(', ')}` : ''}${alone.length ? `; files run alone: ${alone.join(', ')}` : ''}.`);
  console.log(`Report: ${relative(process.cwd(), join(dir, 'index.html'))} (open it in a browser), ${relative(process.cwd(), join(dir, 'mutation.json'))}.`);
  return 0;
}

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options: { summary: { type: 'boolean', default: false } }, allowPositionals: true });
  const problems = groupProblems(libFiles());
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }
  const lib = libFiles();
  const unknown = positionals.filter((g) => !(g in GROUPS) && !lib.includes(g));
  if (unknown.length) {
    console.error(`No group or file ${unknown.join(', ')}: the groups are ${Object.keys(GROUPS).join(', ')}; a file is given as src/lib/….ts.`);
    return 2;
  }
  if (!values.summary) {
    for (const g of positionals.length ? positionals : Object.keys(GROUPS)) {
      const started = Date.now();
      const [out, mutate] = g in GROUPS ? [g, GROUPS[g]!] : [fileRun(g), [g]];
      console.log(`\n=== Mutation testing, ${g in GROUPS ? `group ${g}` : 'alone'}: ${mutate.join(' ')}`);
      mkdirSync(join(ROOT, REPORT_DIR, out), { recursive: true });
      const r = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, MUTATION_MUTATE: JSON.stringify(mutate), MUTATION_OUT: `${REPORT_DIR}/${out}` },
      });
      console.log(`=== group ${g}: ${((Date.now() - started) / 60_000).toFixed(1)} min, exit ${r.status}`);
      if (r.status !== 0) return r.status ?? 1;
    }
  }
  return summarise();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
