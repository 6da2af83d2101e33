/**
 * The built site as a production host serves it: Debian's nginx runs the shipped server block
 * (scripts/server/nginx.conf, only its listen and root lines changed) on a free local port. Checks the headers and
 * caching of each kind of file, the 404 page and status, trailing-slash redirects, the precompressed files, search in
 * Chromium under the header policy with no request leaving the origin, and that dist/_headers (Netlify, Cloudflare
 * Pages) gives every file exactly the headers nginx sends.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { NGINX_CONF } from '../../scripts/server/nginx-conf.ts';
import { sitePaths } from '../../src/integrations/headers-file.ts';
import { brotliOptions, gzipOptions } from '../../src/integrations/precompress.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';
import { HEADERS_FILE, isPrecompressed, renderHeadersFile } from '../../src/lib/site/server-config.ts';
import { entryUrl } from '../../src/lib/site/urls.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { BROTLI_MODULE, startNginx, type Nginx } from '../helpers/nginx.ts';
import { searchSettled, searchSettledFromUrl } from '../helpers/search-page.ts';

const siteDir = inject('siteDir');
/** The Node static server of the other site tests: the same files, no headers beyond Content-Type. */
const staticBase = inject('baseUrl');

// Written out here rather than imported, so that a changed value in src/lib fails this test.
const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
const SECURITY = {
  'content-security-policy': CSP_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
};
const SHORT = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const HEADER_NAMES = [...Object.keys(SECURITY), 'cache-control'];

let nginx: Nginx;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
beforeAll(async () => {
  nginx = await startNginx(siteDir, readFileSync(NGINX_CONF, 'utf8'));
});
afterAll(async () => {
  agent.destroy();
  await nginx?.close();
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent: still compressed when Content-Encoding says so. */
  body: Buffer;
}

/** One request to nginx with exactly the headers given (no Accept-Encoding unless given); `path` as written on the wire. */
function fetchRaw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(`${nginx.url}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

const file = (sitePath: string) => readFileSync(join(siteDir, decodeURI(sitePath)));
const pick = (headers: IncomingHttpHeaders) => Object.fromEntries(HEADER_NAMES.map((n) => [n, headers[n]]));
const expectHeaders = (r: Reply, cache: string) => expect(pick(r.headers)).toEqual({ ...SECURITY, 'cache-control': cache });

/** Every file the build wrote, as site paths, without the .gz/.br copies and the header file. */
const builtFiles = () => sitePaths(siteDir).filter((p) => !/\.(gz|br)$/.test(p) && p !== `/${HEADERS_FILE}`);

describe('nginx with scripts/server/nginx.conf', () => {
  test('an HTML page: the security headers, the policy with frame-ancestors, revalidated on every use', async () => {
    const r = await fetchRaw('/controls/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expectHeaders(r, SHORT);
    expect(r.headers['content-security-policy']).toMatch(/; frame-ancestors 'none'$/);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.equals(file('/controls/index.html'))).toBe(true);
  });

  test('an /_astro/ stylesheet and script: hashed names, cached for a year, immutable', async () => {
    const astro = readdirSync(join(siteDir, '_astro')).filter((f) => !/\.(gz|br)$/.test(f));
    const css = astro.find((f) => f.endsWith('.css'))!;
    const js = astro.find((f) => f.endsWith('.js'))!;
    for (const [name, type] of [[css, 'text/css; charset=utf-8'], [js, 'application/javascript; charset=utf-8']] as const) {
      const r = await fetchRaw(`/_astro/${name}`);
      expect(r.status, name).toBe(200);
      expect(r.headers['content-type'], name).toBe(type);
      expectHeaders(r, IMMUTABLE);
      expect(r.body.equals(file(`/_astro/${name}`))).toBe(true);
    }
  });

  test('Pagefind: hashed chunks and metadata immutable and sent as stored (gzip inside); pagefind.js, pagefind-entry.json and the wasm revalidated', async () => {
    const entry = JSON.parse(file('/pagefind/pagefind-entry.json').toString()) as { languages: Record<string, { hash: string }> };
    const meta = `/pagefind/pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`;
    const fragment = `/pagefind/fragment/${readdirSync(join(siteDir, 'pagefind/fragment'))[0]}`;
    const index = `/pagefind/index/${readdirSync(join(siteDir, 'pagefind/index'))[0]}`;
    for (const path of [meta, fragment, index]) {
      const r = await fetchRaw(path, { 'Accept-Encoding': 'gzip, br' });
      expect(r.status, path).toBe(200);
      expectHeaders(r, IMMUTABLE);
      // Already gzip: served byte for byte, never with a Content-Encoding the browser would undo before Pagefind does.
      expect(r.headers['content-encoding'], path).toBeUndefined();
      expect(r.body.equals(file(path)), path).toBe(true);
      expect(r.body.subarray(0, 2).toString('hex'), path).toBe('1f8b');
    }
    for (const [path, type] of [
      ['/pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
      ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
      ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ] as const) {
      const r = await fetchRaw(path);
      expect(r.status, path).toBe(200);
      expect(r.headers['content-type'], path).toBe(type);
      expectHeaders(r, SHORT);
    }
  });

  test('downloads: JSON and CSV with their types and charset, revalidated', async () => {
    for (const [path, type] of [
      ['/data/2023.json', 'application/json; charset=utf-8'],
      ['/data/controls.json', 'application/json; charset=utf-8'],
      ['/data/2023.csv', 'text/csv; charset=utf-8'],
    ] as const) {
      const r = await fetchRaw(path);
      expect(r.status, path).toBe(200);
      expect(r.headers['content-type'], path).toBe(type);
      expectHeaders(r, SHORT);
      expect(r.body.equals(file(path)), path).toBe(true);
    }
  });

  test('an unknown path gets the 404 page with status 404, the headers and short caching, even under /_astro/', async () => {
    const page404 = file('/404.html');
    expect(page404.toString()).toContain('页面不存在');
    for (const path of ['/no/such/page/', '/entries/no-such-entry/2023/', '/_astro/no-such-file.js', '/pagefind/fragment/no-such.pf_fragment', '/_astro/', `/${HEADERS_FILE}`]) {
      const r = await fetchRaw(path);
      expect(r.status, path).toBe(404);
      expect(r.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(r.body.equals(page404), path).toBe(true);
      expectHeaders(r, SHORT);
    }
    const gz = await fetchRaw('/no/such/page/', { 'Accept-Encoding': 'gzip' });
    expect(gz.status).toBe(404);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(page404)).toBe(true);
  });

  test('an unknown path under /en/ gets the English 404 page with status 404; elsewhere the Chinese one', async () => {
    const en404 = file('/en/404.html');
    expect(en404.toString()).toContain('<html lang="en"');
    expect(en404.toString()).toContain('Page not found');
    for (const path of ['/en/missing', '/en/missing/', '/en/entries/no-such-entry/2023/']) {
      const r = await fetchRaw(path);
      expect(r.status, path).toBe(404);
      expect(r.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(r.body.equals(en404), path).toBe(true);
      expectHeaders(r, SHORT);
    }
    // Compressed as any page: brotli where the module is installed; without it, nginx sends the page as it is.
    const br = await fetchRaw('/en/missing', { 'Accept-Encoding': 'br' });
    expect(br.status).toBe(404);
    if (nginx.brotli) {
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).equals(en404)).toBe(true);
    } else {
      expect(br.headers['content-encoding']).toBeUndefined();
      expect(br.body.equals(en404)).toBe(true);
    }
    // /en/404.html itself is a file like any other; /english/… is not under /en/.
    expect((await fetchRaw('/english/missing')).body.equals(file('/404.html'))).toBe(true);
  });

  test('a page address without its trailing slash: 301 to the address with it, query kept, Chinese path encoded', async () => {
    const industry = readdirSync(join(siteDir, 'industries'), { withFileTypes: true }).find((d) => d.isDirectory() && /[^\x00-\x7f]/.test(d.name))!.name;
    const cases: [string, string][] = [
      ['/controls', '/controls/'],
      ['/entries/rare-earth/2025', '/entries/rare-earth/2025/'],
      ['/controls/codes/1E902.a', '/controls/codes/1E902.a/'],
      [`/search?q=${encodeURIComponent('稀土')}`, `/search/?q=${encodeURIComponent('稀土')}`],
      [`/industries/${encodeURIComponent(industry)}`, `/industries/${encodeURIComponent(industry)}/`],
    ];
    for (const [from, to] of cases) {
      const r = await fetchRaw(from);
      expect(r.status, from).toBe(301);
      expect(r.headers.location, from).toBe(to);
      expect(r.headers['content-security-policy'], from).toBe(CSP_HEADER);
      expect((await fetchRaw(to)).status, to).toBe(200);
    }
  });

  test(`precompressed files: gzip for gzip, brotli for br (${existsSync(BROTLI_MODULE) ? 'module installed' : 'module missing: gzip only'}), the plain file otherwise`, async () => {
    const [largest] = builtFiles()
      .filter((p) => p.endsWith('.html'))
      .map((p) => [p, file(p).length] as const)
      .sort((a, b) => b[1] - a[1])[0]!;
    const raw = file(largest);
    const url = largest.replace(/index\.html$/, '');
    const plain = await fetchRaw(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);

    const gz = await fetchRaw(url, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gz.body.equals(file(`${largest}.gz`))).toBe(true);
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);
    expect(gz.body.length).toBeLessThan(raw.length / 3);
    expectHeaders(gz, SHORT);

    const br = await fetchRaw(url, { 'Accept-Encoding': 'gzip, deflate, br' });
    if (nginx.brotli) {
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('Accept-Encoding');
      expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
      expect(br.body.length).toBeLessThan(gz.body.length);
      expectHeaders(br, SHORT);
    } else {
      // Without the module nginx cannot send brotli and falls back to the .gz copy.
      expect(br.headers['content-encoding']).toBe('gzip');
    }

    for (const path of ['/data/2023.json', '/data/2023.csv', '/pagefind/pagefind.js', `/_astro/${readdirSync(join(siteDir, '_astro')).find((f) => f.endsWith('.css'))}`]) {
      const r = await fetchRaw(path, { 'Accept-Encoding': 'gzip' });
      expect(r.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(r.body).equals(file(path)), path).toBe(true);
    }
  });
});

describe('the build output', () => {
  test('every text file has a .gz and a .br copy that decompress to it; Pagefind chunks (gzip already) have none', () => {
    const files = builtFiles();
    const all = new Set(sitePaths(siteDir));
    const problems: string[] = [];
    let compressed = 0;
    for (const path of files) {
      const raw = file(path);
      const has = (ext: string) => all.has(`${path}${ext}`);
      if (!isPrecompressed(path)) {
        if (has('.gz') || has('.br')) problems.push(`${path}: compressed copy of a file that is not text`);
        continue;
      }
      for (const [ext, decompress, compress] of [
        ['.gz', gunzipSync, (b: Buffer) => gzipSync(b, gzipOptions)],
        ['.br', brotliDecompressSync, (b: Buffer) => brotliCompressSync(b, brotliOptions(b.length))],
      ] as const) {
        if (!has(ext)) {
          // Left out only when compressing would not have made it smaller.
          if (compress(raw).length < raw.length) problems.push(`${path}: no ${ext}`);
          continue;
        }
        compressed++;
        if (!decompress(file(`${path}${ext}`)).equals(raw)) problems.push(`${path}${ext}: does not decompress to ${path}`);
      }
    }
    expect(problems).toEqual([]);
    expect(compressed).toBeGreaterThan(files.filter((p) => p.endsWith('.html')).length * 2 - 1);
    const copies = [...all].filter((p) => /\.(gz|br)$/.test(p));
    expect(copies.filter((p) => !files.includes(p.slice(0, -3)))).toEqual([]);
    expect(files.filter((p) => /\.pf_[a-z]+$|\.pagefind$/.test(p)).length).toBeGreaterThan(10);
  });

  test(`${HEADERS_FILE} is what src/lib/site/server-config.ts renders for this build's files`, () => {
    expect(readFileSync(join(siteDir, HEADERS_FILE), 'utf8')).toBe(renderHeadersFile(builtFiles()));
  });

  test(`${HEADERS_FILE} and nginx give every file, at every address, the same headers, each from exactly one rule`, { timeout: 120_000 }, async () => {
    const rules = parseHeadersFile(readFileSync(join(siteDir, HEADERS_FILE), 'utf8'));
    const addresses = builtFiles().flatMap((p) => (p.endsWith('/index.html') ? [p, p.slice(0, -'index.html'.length)] : [p]));
    const problems: string[] = [];
    const queue = [...addresses];
    let immutable = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
          const fromFile: Record<string, string> = {};
          for (const rule of rules.filter((r) => r.matches(path))) {
            for (const [name, value] of Object.entries(rule.headers)) {
              if (name in fromFile) problems.push(`${path}: ${name} set by two rules`);
              fromFile[name] = value;
            }
          }
          const r = await fetchRaw(encodeURI(path), {}, 'HEAD');
          if (r.status !== 200) problems.push(`${path}: status ${r.status}`);
          const fromNginx = pick(r.headers);
          if (JSON.stringify(fromNginx) !== JSON.stringify(Object.fromEntries(HEADER_NAMES.map((n) => [n, fromFile[n]])))) {
            problems.push(`${path}: nginx ${JSON.stringify(fromNginx)} but ${HEADERS_FILE} ${JSON.stringify(fromFile)}`);
          }
          if (fromNginx['cache-control'] === IMMUTABLE) immutable++;
        }
      }),
    );
    expect(problems).toEqual([]);
    expect(addresses.length).toBeGreaterThan(500);
    expect(immutable).toBeGreaterThan(100);
  });
});

interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  matches(path: string): boolean;
}

/**
 * Reads _headers as Netlify and Cloudflare Pages do: a line starting with `/` opens a rule for that path, where `*`
 * matches any characters (slashes too) and anything else matches itself; indented `Name: value` lines are its headers.
 */
function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('/')) {
      const pattern = line.trim();
      const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: {}, matches: (path) => re.test(path) });
    } else {
      const m = /^\s+([A-Za-z-]+): (.+)$/.exec(line);
      if (!m || !rules.length) throw new Error(`${HEADERS_FILE}: cannot read line ${JSON.stringify(line)}`);
      rules.at(-1)!.headers[m[1]!.toLowerCase()] = m[2]!;
    }
  }
  return rules;
}

describe('in Chromium through nginx', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test('search works under the header policy: results for 稀土 typed and linked, no violation, nothing off the origin', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const origin = new URL(nginx.url).origin;
    const problems: string[] = [];
    const fetched: string[] = [];
    await p.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    p.on('console', (m) => (['error', 'warning'].includes(m.type()) || /Content[- ]Security[- ]Policy|Refused to|Permissions-Policy/i.test(m.text())) && problems.push(`console ${m.type()}: ${m.text()}`));
    p.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    context.on('request', (r) => (r.url().startsWith('data:') || new URL(r.url()).origin === origin ? fetched.push(r.url()) : problems.push(`off-site request: ${r.url()}`)));
    context.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));

    const doc = (await p.goto(`${nginx.url}/search/`))!;
    expect(doc.status()).toBe(200);
    expect(doc.headers()['content-security-policy']).toBe(CSP_HEADER);
    // Chromium asks for gzip (brotli only over HTTPS) and gets the precompressed page.
    expect(['gzip', 'br']).toContain(doc.headers()['content-encoding']);
    await p.locator('#search-q').click();
    await p.keyboard.type('稀土');
    await searchSettled(p, '稀土');
    expect(await p.locator('#search-results .search-result').count()).toBeGreaterThan(0);
    const first = p.locator('#search-results .search-result').first();
    expect(await first.locator('a.search-result-title').getAttribute('href')).toBe(entryUrl('rare-earth', '2025'));

    await p.goto(`${nginx.url}/search/?q=${encodeURIComponent('稀土')}`);
    await searchSettledFromUrl(p);
    expect(await p.locator('#search-q').inputValue()).toBe('稀土');
    expect(await p.locator('#search-results .search-result').count()).toBeGreaterThan(1);

    expect(await p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    // The search ran on Pagefind's files from nginx: its script, WebAssembly, metadata, index chunks and fragments.
    // (A Simplified query needs no folding table: the page fetches it only for a Chinese query that nothing holds as typed.)
    for (const part of ['/pagefind/pagefind.js', '/pagefind/wasm.', '.pf_meta', '.pf_index', '.pf_fragment']) {
      expect(fetched.some((u) => u.includes(part)), part).toBe(true);
    }
    await context.close();
  });

  test("frame-ancestors 'none' arrives with the header: nginx's pages refuse a frame, the meta tag alone does not", async () => {
    const framedHeading = async (base: string): Promise<string | null> => {
      const p = await browser.newPage();
      await p.goto(`${base}/about/`);
      await p.evaluate(
        () =>
          new Promise<void>((ok) => {
            const frame = document.createElement('iframe');
            frame.src = '/';
            frame.addEventListener('load', () => ok());
            document.body.append(frame);
            setTimeout(ok, 5_000);
          }),
      );
      const heading = await p.evaluate(() => document.querySelector('iframe')!.contentDocument?.querySelector('h1')?.textContent ?? null);
      await p.close();
      return heading;
    };
    expect(await framedHeading(staticBase)).toBeTruthy();
    expect(await framedHeading(nginx.url)).toBeNull();
  });
});
