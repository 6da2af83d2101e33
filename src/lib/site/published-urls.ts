/** The record of every published URL (content/published-urls.txt): read from a built site, compared, appended to. */
import type { Catalogue } from '../catalogue/model.ts';
import type { Controls } from '../controls/model.ts';
import { entryUrl, instrumentUrl, isPublishedFile, LINKABLE_ANCHORS } from './urls.ts';

/** Where the record lives, relative to the content root (the project, or a fixture tree built with --content). */
export const RECORD_FILE = 'content/published-urls.txt';
/** Where redirects are declared (src/lib/site/redirects.ts). */
export const REDIRECTS_FILE = 'content/redirects.md';

/** The head of a record file written from scratch. */
export const RECORD_HEADER = [
  '# Every URL this site has published, one a line: pages (/path/), anchors (/path/#id) and data files.',
  '# Lines are never removed or changed. The build fails when a URL here is no longer built, unless',
  '# content/redirects.md redirects its page, or the control point it marked keeps the anchor in `aliases`.',
  '# New URLs are appended by `npm run urls -- --update` after `npm run build`.',
];

/** One URL of the record that the built site would lose, and why. */
export interface UrlProblem {
  file: string;
  url: string;
  reason: string;
}

/** One line per problem: `file — url: reason`, as content problems are written. */
export function formatUrlProblems(problems: UrlProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} — ${p.url}: ${p.reason}`);
  return `Published URLs (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/**
 * A site path as the record writes it: the characters of the URL as a reader sees them (Chinese industry headings
 * stay Chinese), with only what would make a line ambiguous percent-encoded: %, #, ?, white space and control characters.
 */
export const recordPath = (decoded: string): string => decoded.replace(/[%#?\s\p{Cc}]/gu, (c) => encodeURIComponent(c));

/** A path written either way (percent-encoded as in an href, or as characters) in record form; undefined if malformed. */
export function normalizePath(path: string): string | undefined {
  try {
    return recordPath(decodeURIComponent(path));
  } catch {
    return undefined;
  }
}

/** A record-form path as an href: everything outside printable ASCII percent-encoded. */
export const hrefOf = (path: string): string => path.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITY[e.toLowerCase()] ?? m;
  });

const TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*)\s*>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every element id in an HTML document, in document order (comments and script or style contents are not markup). */
export function elementIds(html: string): string[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const ids: string[] = [];
  for (const tag of markup.matchAll(TAG)) {
    for (const a of tag[1]!.matchAll(ATTRIBUTE)) {
      if (a[1]!.toLowerCase() !== 'id') continue;
      const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      if (value) ids.push(value);
      break;
    }
  }
  return ids;
}

/** A built site as far as the record is concerned. */
export interface BuiltSite {
  /** Every page, by its path in record form (/entries/uav/2023/), with every element id on it. */
  pages: Map<string, Set<string>>;
  /** Every published data file, by its path in record form (/data/2023.json). */
  files: Set<string>;
  /** Redirect pages found (written by an earlier build from content/redirects.md): not pages of their own. */
  redirectPages: Set<string>;
}

/** True for a page that only sends the reader on (src/lib/site/redirects.ts writes them; Astro writes none). */
export const isRedirectPage = (html: string): boolean => /<meta\s+http-equiv=["']?refresh["']?/i.test(html);

/** A file of the built site: its path below the output folder (with /) and a way to read it. */
export interface BuiltFile {
  path: string;
  read: () => string;
}

/**
 * The page path a built HTML file is served at: entries/uav/2023/index.html → /entries/uav/2023/. 404.html and en/404.html
 * have no address of their own (a host serves them for unknown paths) and give undefined.
 */
export function pagePathOf(file: string): string | undefined {
  if (!file.endsWith('.html') || /^(en\/)?404\.html$/.test(file)) return undefined;
  return recordPath(file === 'index.html' || file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`);
}

/**
 * Reads the pages (with their ids) and the data files out of the files of a built site. `read(page)` false: nothing
 * asks about the page's ids (see idsAskedFor), so it is listed without reading it, with no ids.
 */
export function builtSite(files: Iterable<BuiltFile>, read: (page: string) => boolean = () => true): BuiltSite {
  const site: BuiltSite = { pages: new Map(), files: new Set(), redirectPages: new Set() };
  for (const f of files) {
    const page = pagePathOf(f.path);
    if (page && !read(page)) site.pages.set(page, new Set());
    else if (page) {
      const html = f.read();
      if (isRedirectPage(html)) site.redirectPages.add(page);
      else site.pages.set(page, new Set(elementIds(html)));
    }
    else if (!f.path.endsWith('.html') && isPublishedFile(`/${f.path}`)) site.files.add(recordPath(`/${f.path}`));
  }
  return site;
}

/** The ids of a page a reader may link to, and so the record keeps: see LINKABLE_ANCHORS in urls.ts. */
export const linkableIds = (page: string, ids: Iterable<string>): string[] =>
  [...ids].filter((id) => LINKABLE_ANCHORS.some((rule) => page.startsWith(rule.section) && rule.id.test(id)));

/** Orders paths the way a reader counts: cp-2 before cp-10, 2008 before 2020. */
export function compareUrls(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (i % 2 === 1 && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * The pages whose ids a check of the record asks about: those in a section with linkable anchors, those with a
 * recorded anchor, and those a redirect leads from or to. Reading only these halves the check of a large site (the
 * English pages and the lists have no linkable anchors).
 */
export function idsAskedFor(recorded: readonly string[], redirects: readonly { from: string; to: string }[]): (page: string) => boolean {
  const pages = new Set([...recorded.filter((u) => u.includes('#')), ...redirects.flatMap((r) => [r.from, r.to])].map((u) => u.split('#')[0]!));
  return (page) => pages.has(page) || LINKABLE_ANCHORS.some((rule) => page.startsWith(rule.section));
}

/** Every URL of a built site that the record keeps: each page, each linkable anchor on it, each data file. */
export function siteUrls(site: BuiltSite): string[] {
  const urls = [...site.files];
  for (const [page, ids] of site.pages) {
    urls.push(page);
    for (const id of linkableIds(page, ids)) urls.push(`${page}#${recordPath(id)}`);
  }
  return [...new Set(urls)].sort(compareUrls);
}

/** A record file read: its URLs in order, and the lines that are not URLs (with their line numbers). */
export interface ParsedRecord {
  urls: string[];
  problems: UrlProblem[];
}

/** Reads a record: one URL a line; blank lines and lines starting with # are comments. A BOM and CRLF are accepted. */
export function parseRecord(text: string, file: string = RECORD_FILE): ParsedRecord {
  const urls: string[] = [];
  const problems: UrlProblem[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const hash = line.indexOf('#');
      const page = normalizePath(hash === -1 ? line : line.slice(0, hash));
      const anchor = hash === -1 ? '' : normalizePath(line.slice(hash + 1));
      if (!line.startsWith('/') || /\s/.test(line) || page === undefined || anchor === undefined || (hash !== -1 && !anchor)) {
        problems.push({ file, url: `line ${i + 1}`, reason: `"${line}" is not a site URL: each line is a path starting with /, with #id for an anchor` });
      } else urls.push(hash === -1 ? page : `${page}#${anchor}`);
    });
  return { urls, problems };
}

/** The record with `additions` appended (in reading order), or started with its header; existing lines are kept as they are. */
export function appendToRecord(text: string | undefined, additions: string[]): string {
  const head = text === undefined || text.trim() === '' ? `${RECORD_HEADER.join('\n')}\n` : text.endsWith('\n') ? text : `${text}\n`;
  return additions.length ? `${head}${[...additions].sort(compareUrls).join('\n')}\n` : head;
}

/** A redirect as the check needs it: the page path it answers for, in record form. */
export interface RedirectFrom {
  from: string;
}

export interface RecordCheck {
  /** Recorded URLs the built site would lose. Any one of them fails the build. */
  problems: UrlProblem[];
  /** URLs built (pages, anchors, data files, redirect pages) that the record does not hold yet: fine, but the record is behind. */
  added: string[];
}

/** The content file each entry and announcement page is built from, for messages: carried versions name the file they come from. */
export function pageSources(content: { catalogue: Catalogue; controls: Controls }): Map<string, string> {
  const sources = new Map<string, string>();
  const { catalogue, controls } = content;
  const amendmentFile = new Map(catalogue.amendments.map((a) => [a.id, a.file]));
  for (const e of catalogue.editions) {
    for (const v of catalogue.versions.get(e.id) ?? []) {
      const own =
        v.origin.kind === 'file'
          ? v.origin.file
          : v.origin.kind === 'added'
            ? amendmentFile.get(v.origin.clause.amendment)
            : sources.get(recordPath(entryUrl(v.key, v.origin.from)));
      if (own) sources.set(recordPath(entryUrl(v.key, v.edition)), own);
    }
  }
  for (const inst of controls.instruments) sources.set(recordPath(instrumentUrl(inst.id)), inst.file);
  return sources;
}

/** Why an anchor that a built page no longer carries is a problem, and what keeps it. */
function anchorReason(id: string, source: string | undefined): string {
  const gone = `the page is built but no element on it has the id ${id} any more`;
  if (id.startsWith('cp-')) {
    const where = source ? ` in ${source}` : '';
    const shift = id.startsWith('cp-u')
      ? '; temporary anchors count the points without a number in order, so a point numbered without keeping its old anchor moves the later ones'
      : '';
    return `${gone}: give the control point it marked aliases: [${id}]${where}${shift}`;
  }
  if (/^(cl|item)-/.test(id)) return `${gone}: clause and item ids are permanent; restore the ${id.startsWith('cl-') ? 'clause' : 'item'}${source ? ` in ${source}` : ''}`;
  return gone;
}

/**
 * Compares the record with a built site. A recorded page must be built, or be redirected (a redirect page stands at
 * its path); a recorded anchor must be on its page, as an element id (a control point's aliases are such elements),
 * or its page must be redirected (a meta refresh does not carry the #anchor: the reader lands on the new page); a
 * recorded data file must be built (a page cannot redirect a file). URLs built but not recorded are returned as added.
 */
export function checkRecord(opts: {
  recorded: readonly string[];
  site: BuiltSite;
  redirects: readonly RedirectFrom[];
  recordFile?: string;
  redirectsFile?: string;
  /** Content file of a page, for messages (pageSources). */
  sources?: ReadonlyMap<string, string>;
}): RecordCheck {
  const { recorded, site, recordFile = RECORD_FILE, redirectsFile = REDIRECTS_FILE, sources } = opts;
  const redirected = new Set(opts.redirects.map((r) => r.from));
  const noRedirect = (page: string) => `${redirectsFile} has no redirect from ${page}: add one (from: ${page}, to: the page that has its content now)`;
  const problems: UrlProblem[] = [];
  const seen = new Set<string>();
  for (const url of recorded) {
    if (seen.has(url)) continue;
    seen.add(url);
    const hash = url.indexOf('#');
    const page = hash === -1 ? url : url.slice(0, hash);
    const anchor = hash === -1 ? undefined : decodeURIComponent(url.slice(hash + 1));
    const fail = (reason: string) => problems.push({ file: recordFile, url, reason });
    if (anchor === undefined && isPublishedFile(page)) {
      if (!site.files.has(page)) fail('is no longer built; a data file cannot be redirected by a page, so it must stay published');
      continue;
    }
    const ids = site.pages.get(page);
    if (ids) {
      if (anchor !== undefined && !ids.has(anchor)) fail(anchorReason(anchor, sources?.get(page)));
    } else if (!redirected.has(page)) {
      fail(anchor === undefined ? `is no longer built, and ${noRedirect(page)}` : `its page is no longer built, and ${noRedirect(page)}`);
    }
  }
  const built = new Set([...siteUrls(site), ...redirected]);
  const added = [...built].filter((u) => !seen.has(u)).sort(compareUrls);
  return { problems, added };
}
