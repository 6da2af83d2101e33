/** What a production host sends besides the files (headers, caching, 404, redirects, compression), as dist/_headers and an nginx server block. */
import { SECURITY_HEADERS } from './security.ts';

/** Files whose name changes whenever their content does: a year, and never revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else: a cache may keep it but asks the server each time (a 304 when unchanged). A deploy removes the
 * hashed files of the previous build, so an HTML page or Pagefind entry file kept any longer could name files gone.
 * Netlify and Cloudflare Pages send this same value by default.
 */
export const CACHE_SHORT = 'public, max-age=0, must-revalidate';

/** Folders that hold only hashed files: Astro's bundles, and Pagefind's fragments, index chunks and filter chunks. */
export const HASHED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'] as const;
/**
 * Pagefind's metadata file, named by the hash that pagefind-entry.json gives (`pagefind.zh-cn_30f9afba6973f.pf_meta`).
 * pagefind.js, pagefind-entry.json and wasm.<language>.pagefind keep their names from build to build: not hashed.
 */
export const HASHED_FILE_PATTERN = String.raw`^/pagefind/pagefind\.[^/]+\.pf_meta$`;

/** Whether the file served at `path` (a site path such as `/_astro/about.DT80waEn.css`) has a content-hashed name. */
export function isHashed(path: string): boolean {
  return HASHED_FOLDERS.some((folder) => path.startsWith(folder)) || new RegExp(HASHED_FILE_PATTERN).test(path);
}

/** The Cache-Control the file at `path` is served with. */
export const cacheControl = (path: string): string => (isHashed(path) ? CACHE_IMMUTABLE : CACHE_SHORT);

/** Every header this project sets for the file at `path`: the security headers and its Cache-Control. */
export function responseHeaders(path: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControl(path) };
}

/**
 * Text files written precompressed (.gz and .br beside them) at the end of the build. Pagefind's .pf_* chunks and its
 * wasm.*.pagefind file are gzip data already (Pagefind decompresses them itself), so they are not in the list.
 */
export const PRECOMPRESSED_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.svg', '.txt', '.webmanifest'] as const;
export const isPrecompressed = (path: string): boolean => PRECOMPRESSED_EXTENSIONS.some((ext) => path.endsWith(ext));

/** The header file itself, which Netlify and Cloudflare Pages read and never serve. */
export const HEADERS_FILE = '_headers';
/** Cloudflare Pages reads at most this many rules from _headers. */
export const MAX_HEADER_RULES = 100;

/**
 * Cache rules for `_headers` that never overlap: Netlify and Cloudflare Pages apply every rule that matches a path and
 * join the values of a header given twice, so no two rules may set Cache-Control for one file. A folder with no
 * hashed file gets one `/folder/*` rule; a folder of hashed files one immutable rule; a folder holding both (the root,
 * /pagefind/) names its own files one by one and looks into its subfolders. `/` is the root page.
 */
export function cacheRules(files: readonly string[]): [pattern: string, cacheControl: string][] {
  const rulesIn = (dir: string, under: readonly string[]): [string, string][] => {
    if ((HASHED_FOLDERS as readonly string[]).includes(dir)) return [[`${dir}*`, CACHE_IMMUTABLE]];
    if (dir !== '/' && !under.some(isHashed)) return [[`${dir}*`, CACHE_SHORT]];
    const rules: [string, string][] = [];
    const subdirs = new Map<string, string[]>();
    for (const file of under) {
      const rest = file.slice(dir.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        if (rest === 'index.html') rules.push([dir, cacheControl(file)]);
        rules.push([file, cacheControl(file)]);
      } else {
        const sub = `${dir}${rest.slice(0, slash + 1)}`;
        // Appended in place: copying the list for each file made a large build's _headers take minutes (O(n²)).
        const list = subdirs.get(sub);
        if (list) list.push(file);
        else subdirs.set(sub, [file]);
      }
    }
    for (const [sub, inSub] of [...subdirs].sort(([a], [b]) => a.localeCompare(b))) rules.push(...rulesIn(sub, inSub));
    return rules;
  };
  return rulesIn('/', files.filter((f) => f !== `/${HEADERS_FILE}`));
}

/** dist/_headers (Netlify, Cloudflare Pages) for a build whose files are served at `files` (site paths). */
export function renderHeadersFile(files: readonly string[]): string {
  const rules = cacheRules(files);
  if (rules.length + 1 > MAX_HEADER_RULES) {
    throw new Error(`_headers would hold ${rules.length + 1} rules; Cloudflare Pages reads at most ${MAX_HEADER_RULES}.`);
  }
  const header = (name: string, value: string) => `  ${name}: ${value}`;
  return [
    '# Response headers for Netlify and Cloudflare Pages, written by the build from src/lib/site/security.ts and',
    '# src/lib/site/server-config.ts (scripts/server/nginx.conf sends the same). Rules never overlap: both hosts join the',
    '# values of a header that two matching rules set.',
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => header(name, value)),
    ...rules.flatMap(([pattern, value]) => ['', pattern, header('Cache-Control', value)]),
    '',
  ].join('\n');
}

/** Where the shipped server block expects the site; the reader changes these two lines (and nothing else). */
export const NGINX_ROOT = '/srv/export-tech-catalogue/dist';
/** Answers any host name; set the site's own name when several sites share the server. */
export const NGINX_SERVER_NAME = '_';
/** The line that needs Debian's libnginx-mod-http-brotli-static; without the module it is deleted. */
export const NGINX_BROTLI_LINE = '    brotli_static on;';

/** A value in double quotes for nginx; refuses what nginx would read otherwise (variables, quotes, escapes). */
function nginxQuoted(value: string): string {
  if (/["$\\\n]/.test(value)) throw new Error(`nginx header value needs escaping, which this renderer does not do: ${value}`);
  return `"${value}"`;
}

/** The nginx variable that holds a response's Cache-Control (set by a map on the path). */
export const NGINX_CACHE_VARIABLE = '$export_tech_catalogue_cache_control';

/**
 * scripts/server/nginx.conf: a map from path to Cache-Control, and one server block serving the built site as the
 * project intends. Every add_header sits at the server level, and no location has one of its own (a location with
 * any add_header would drop all of the server's); `always` sends them with 404s too.
 */
export function renderNginxServer(): string {
  const regexQuote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const headers = { ...SECURITY_HEADERS, 'Cache-Control': NGINX_CACHE_VARIABLE };
  return [
    '# nginx configuration for the export-tech-catalogue site: a map and a server block, for the http context',
    '# (Debian: a file in /etc/nginx/sites-enabled/). Generated from src/lib/site/security.ts and src/lib/site/server-config.ts',
    '# by `npx tsx scripts/server/nginx-conf.ts`; do not edit by hand: a unit test compares this file with those',
    '# modules, and tests/site/server.test.ts serves the built site through it.',
    '#',
    '# Install: build (`npm run build`), copy dist/ to the folder `root` names, set server_name, add TLS, then',
    "# `nginx -t && systemctl reload nginx`. Needs gzip_static (in Debian's nginx) and brotli_static, from",
    '# `apt-get install -y libnginx-mod-http-brotli-static`; without that module delete the brotli_static line.',
    '',
    '# Hashed names (Astro bundles; Pagefind fragments, index and filter chunks, metadata) for a year, immutable;',
    "# everything else (pages, downloads, Pagefind's pagefind.js, pagefind-entry.json, wasm.*.pagefind) revalidated.",
    `map $uri ${NGINX_CACHE_VARIABLE} {`,
    ...HASHED_FOLDERS.map((folder) => `    ~^${regexQuote(folder)} ${nginxQuoted(CACHE_IMMUTABLE)};`),
    `    ~${HASHED_FILE_PATTERN} ${nginxQuoted(CACHE_IMMUTABLE)};`,
    `    default ${nginxQuoted(CACHE_SHORT)};`,
    '}',
    '',
    'server {',
    '    listen 80;',
    '    listen [::]:80;',
    `    server_name ${NGINX_SERVER_NAME};`,
    `    root ${NGINX_ROOT};`,
    '    index index.html;',
    '',
    ...Object.entries(headers).map(([name, value]) => `    add_header ${name} ${value === NGINX_CACHE_VARIABLE ? value : nginxQuoted(value)} always;`),
    '',
    '    # /controls → 301 /controls/ (every page lives at a path ending in a slash), with a relative Location.',
    '    absolute_redirect off;',
    '    server_tokens off;',
    '    charset utf-8;',
    '    charset_types text/css text/plain text/xml text/csv application/javascript application/json application/xml image/svg+xml;',
    '',
    '    # The build writes <file>.gz and <file>.br beside every text file; nginx sends one when the client accepts it.',
    '    gzip_static on;',
    '    gzip_vary on;',
    NGINX_BROTLI_LINE,
    '',
    "    # Unknown paths, and folders without a page, get the site's 404 page with status 404.",
    '    error_page 403 404 =404 /404.html;',
    '',
    '    # Under /en/, the English 404 page; the headers above still apply (this block sets none of its own).',
    '    location /en/ {',
    '        error_page 403 404 =404 /en/404.html;',
    '    }',
    '',
    "    # Downloads in CSV: Debian's mime.types has no type for .csv.",
    '    location ~ \\.csv$ {',
    '        types { text/csv csv; }',
    '    }',
    '',
    '    # The Netlify/Cloudflare header file is not a page.',
    `    location = /${HEADERS_FILE} {`,
    '        return 404;',
    '    }',
    '}',
    '',
  ].join('\n');
}
