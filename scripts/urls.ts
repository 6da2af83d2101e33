/**
 * `npm run urls`: compares a built site (dist/, or `--site <dir>`) with the record of published URLs,
 * content/published-urls.txt (of this project, or of the tree given with `--content <dir>`), and prints the URLs built
 * but not recorded yet. `npm run urls -- --update` appends them to the record. Nothing is ever removed from it.
 * scripts/build.ts runs the same check on every build, before the new site replaces the old one, and writes the
 * redirect pages of content/redirects.md. The logic is in src/lib/site/published-urls.ts and src/lib/site/redirects.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/shared/errors.ts';
import {
  appendToRecord,
  builtSite,
  idsAskedFor,
  checkRecord,
  formatUrlProblems,
  pageSources,
  parseRecord,
  RECORD_FILE,
  type BuiltFile,
} from '../src/lib/site/published-urls.ts';
import { checkRedirects, redirectPage, type Redirect } from '../src/lib/site/redirects.ts';
import { precompressFile } from '../src/integrations/precompress.ts';
import { readSiteConfig } from '../src/lib/site/site-config.ts';
import type { SiteContent } from '../src/lib/site/site-content.ts';
import { checkContent } from './check.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The published site's origin (SITE_URL, as Astro's `site`): redirect pages carry absolute canonical URLs. */
export const origin = (): string => readSiteConfig().origin;

/** Every file of a built site, lazily read. */
function filesOf(dir: string): BuiltFile[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir).map((full) => ({ path: relative(dir, full).split(sep).join('/'), read: () => readFileSync(full, 'utf8') }));
}

export interface PublishedCheck {
  /** Every problem, formatted (file — field or URL: reason); undefined when the site keeps every recorded URL. */
  error?: string;
  /** URLs built but not recorded yet. */
  added: string[];
  /** The record's text as read; undefined when the content tree has no record yet. */
  recordText?: string;
}

/** What the check needs of the content: its redirects, and the content file of each page (for messages). */
export interface PublishedInputs {
  redirects: Redirect[];
  sources: ReadonlyMap<string, string>;
}

/** The little the check needs of the content, so that a build need not hold the whole content while Astro runs. */
export const publishedInputs = (content: SiteContent): PublishedInputs => ({ redirects: content.redirects, sources: pageSources(content) });

/** Checks the built site in `siteDir` against the record and the redirects of the content tree at `contentRoot`. */
export function checkPublished(siteDir: string, contentRoot: string, content: SiteContent | PublishedInputs): PublishedCheck {
  if (!('sources' in content)) content = publishedInputs(content);
  const file = join(contentRoot, RECORD_FILE);
  const recordText = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const record = parseRecord(recordText ?? '');
  const site = builtSite(filesOf(siteDir), idsAskedFor(record.urls, content.redirects));
  const redirectProblems = checkRedirects(content.redirects, site);
  const { problems, added } = checkRecord({ recorded: record.urls, site, redirects: content.redirects, sources: content.sources });
  const parts: string[] = [];
  if (redirectProblems.length) parts.push(formatProblems(redirectProblems));
  if (record.problems.length || problems.length) parts.push(formatUrlProblems([...record.problems, ...problems]));
  return { ...(parts.length && { error: parts.join('\n') }), added, ...(recordText !== undefined && { recordText }) };
}

/** Writes one static redirect page at each redirect's old path in `siteDir`, with its .gz and .br copies as every page has. */
export function writeRedirectPages(siteDir: string, redirects: readonly Redirect[], at: string = origin()): void {
  const root = resolve(siteDir);
  for (const r of redirects) {
    const file = join(root, decodeURIComponent(r.from), 'index.html');
    if (!file.startsWith(`${root}${sep}`)) throw new Error(`redirect from ${r.from} would be written outside ${root}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, redirectPage(r, at));
    precompressFile(file);
  }
}

/** The command that records new URLs, with the folders of this run when they are not the defaults. */
export function updateCommand(siteDir: string, contentRoot: string): string {
  const site = resolve(siteDir) === resolve(ROOT, 'dist') ? '' : ` --site ${siteDir}`;
  const content = resolve(contentRoot) === resolve(ROOT) ? '' : ` --content ${contentRoot}`;
  return `npm run urls -- --update${site}${content}`;
}

/** What the build says when it built URLs the record does not hold yet (never an error). */
export function behindNote(check: PublishedCheck, command: string): string {
  const n = check.added.length;
  const shown = check.added.slice(0, 5).join(', ') + (n > 5 ? ', …' : '');
  return check.recordText === undefined
    ? `${RECORD_FILE} does not exist, so none of the ${n} URLs built is recorded (${shown}). Start it with: ${command}`
    : `${RECORD_FILE} is behind the site: ${n} URL${n === 1 ? '' : 's'} built ${n === 1 ? 'is' : 'are'} not recorded yet (${shown}). Record ${n === 1 ? 'it' : 'them'} with: ${command}`;
}

/** Writes the record in one step: a temporary file renamed into place. */
function writeRecord(contentRoot: string, text: string): void {
  const file = join(contentRoot, RECORD_FILE);
  const tmp = `${file}.update-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

const USAGE = 'Usage: npm run urls [-- --update] [--site <built folder, default dist>] [--content <content root, default this project>]';

/** Runs the command; returns the exit code. */
export function main(argv: string[], log: (s: string) => void = console.log): number {
  let values;
  try {
    values = parseArgs({ args: argv, options: { update: { type: 'boolean', default: false }, site: { type: 'string' }, content: { type: 'string' } } }).values;
  } catch (e) {
    log(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const siteDir = resolve(values.site ?? join(ROOT, 'dist'));
  const contentRoot = resolve(values.content ?? ROOT);
  if (!existsSync(siteDir)) {
    log(`${siteDir} does not exist: run \`npm run build\` first.\n${USAGE}`);
    return 2;
  }
  const content = checkContent(contentRoot, log);
  if (!content) return 1;
  const check = checkPublished(siteDir, contentRoot, content);
  if (check.error) {
    log(`${check.error}\n\nThe built site in ${siteDir} does not keep every recorded URL; the record was not changed.`);
    return 1;
  }
  if (!check.added.length) {
    log(`${RECORD_FILE} is up to date: every URL built in ${siteDir} is recorded.`);
    return 0;
  }
  if (!values.update) {
    log(`${check.added.length} URL(s) built are not in ${RECORD_FILE}:\n${check.added.map((u) => `  ${u}`).join('\n')}\nRecord them with: ${updateCommand(siteDir, contentRoot)}`);
    return 0;
  }
  writeRecord(contentRoot, appendToRecord(check.recordText, check.added));
  log(`Added ${check.added.length} URL(s) to ${RECORD_FILE}.`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv.slice(2)));
