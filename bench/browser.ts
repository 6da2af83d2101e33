/**
 * Browser measurements for the benchmark: what a page makes Chromium fetch (counted as a gzipping host would send it),
 * and the peer: Pagefind's own default UI (@pagefind/default-ui) mounted on our search page shell, over the same index.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gzipBytes, median } from './measure.ts';

export interface Fetched {
  url: string;
  contentType: string;
  /** Bytes of the body as served by our local server (uncompressed). */
  rawBytes: number;
  /** Bytes on the wire from a host that gzips text (HTML, CSS, JS, JSON, SVG); Pagefind's index files are gzip already. */
  wireBytes: number;
}

export interface BytesByKind {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
}

const COMPRESSIBLE = /text\/|javascript|json|css|svg|xml/;

const kindOf = (f: Fetched): keyof Omit<BytesByKind, 'total' | 'requests'> =>
  /html/.test(f.contentType) ? 'html' : /css/.test(f.contentType) ? 'css' : /javascript/.test(f.contentType) ? 'js' : 'other';

export function sumByKind(files: Fetched[]): BytesByKind {
  const out: BytesByKind = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: files.length };
  for (const f of files) {
    out[kindOf(f)] += f.wireBytes;
    out.total += f.wireBytes;
  }
  return out;
}

/** Records every response the page receives; `settle()` waits for the bodies read so far. */
export function recordFetches(page: Page): { files: Fetched[]; settle(): Promise<Fetched[]> } {
  const files: Fetched[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const contentType = response.headers()['content-type'] ?? '';
        files.push({
          url: request.url(),
          contentType,
          rawBytes: body.length,
          wireBytes: COMPRESSIBLE.test(contentType) ? gzipBytes(body) : body.length,
        });
      })(),
    );
  });
  return {
    files,
    async settle() {
      await Promise.all(pending);
      return [...files];
    },
  };
}

/** Bytes an entry page makes the browser fetch on load, without any interaction. */
export async function measurePage(browser: Browser, url: string): Promise<BytesByKind & { files: Fetched[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rec = recordFetches(page);
  await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
  const files = await rec.settle();
  await context.close();
  return { ...sumByKind(files), files };
}

export const PEER_PATH = '/bench-peer/';

/**
 * Adds the peer page to a built site: our search page's HTML shell (without its scripts) with @pagefind/default-ui mounted in it, bundled
 * and minified by esbuild as a Vite/Starlight site would ship it. `?debounce=0` turns off the UI's 300 ms input delay.
 */
export async function installPeer(siteDir: string, projectRoot: string): Promise<{ version: string }> {
  const require = createRequire(join(projectRoot, 'package.json'));
  const esbuild = await import('esbuild');
  const pkgDir = join(require.resolve('@pagefind/default-ui/package.json'));
  const version = (JSON.parse(readFileSync(pkgDir, 'utf8')) as { version: string }).version;
  const js = await esbuild.build({
    stdin: {
      contents: [
        "import { PagefindUI } from '@pagefind/default-ui';",
        "const debounce = new URLSearchParams(location.search).get('debounce');",
        "new PagefindUI({ element: '#peer-search', bundlePath: '/pagefind/', showImages: false, showSubResults: true,",
        '  ...(debounce === null ? {} : { debounceTimeoutMs: Number(debounce) }) });',
      ].join('\n'),
      resolveDir: projectRoot,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const css = await esbuild.build({
    entryPoints: [require.resolve('@pagefind/default-ui/css/ui.css')],
    bundle: true,
    minify: true,
    write: false,
  });
  const dir = join(siteDir, 'bench-peer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ui.js'), js.outputFiles[0]!.contents);
  writeFileSync(join(dir, 'ui.css'), css.outputFiles[0]!.contents);
  // Our own search scripts (once merged) are taken out of the shell, so the peer page loads only the default UI.
  const shell = readFileSync(join(siteDir, 'search', 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="?modulepreload"?[^>]*>/g, '');
  const html = shell
    .replace('</head>', '<link rel="stylesheet" href="/bench-peer/ui.css"></head>')
    .replace('</main>', '<div id="peer-search"></div><script type="module" src="/bench-peer/ui.js"></script></main>');
  if (html === shell) throw new Error('installPeer: could not find </head> and </main> in search/index.html');
  writeFileSync(join(dir, 'index.html'), html);
  return { version };
}

export interface SearchFigures {
  /** Bytes fetched from opening the page until the first result of the first query is on screen. */
  bytesToFirstResult: number;
  requestsToFirstResult: number;
  /** Milliseconds from the input event to the results shown, one per query, after the first one. */
  queryMs: number[];
  medianMs: number;
  maxMs: number;
  /** What was fetched up to the first result (peer only), for seeing where the bytes go. */
  fetched?: { url: string; wireBytes: number }[];
}

/**
 * In-page script: types `term` into the default UI and resolves with the milliseconds until the DOM shows the results
 * message for it and the first result is filled in (checked on every DOM mutation, so no frame-rate rounding). Kept as a string: tsx would wrap a function in helpers the page lacks.
 */
const TYPE_AND_WAIT = `async (term) => {
  const input = document.querySelector('.pagefind-ui__search-input');
  const done = () => {
    const msg = (document.querySelector('.pagefind-ui__message')?.textContent ?? '').trim();
    if (!msg.includes(term) || /(\\.\\.\\.|…)$/.test(msg)) return false;
    if (!document.querySelector('.pagefind-ui__result')) return true;
    return (document.querySelector('.pagefind-ui__result-link')?.textContent ?? '').trim().length > 0;
  };
  const t0 = performance.now();
  input.value = term;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  let t1 = 0;
  await new Promise((ok, fail) => {
    const finish = () => { t1 = performance.now(); observer.disconnect(); clearTimeout(timer); ok(); };
    const observer = new MutationObserver(() => done() && finish());
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => { observer.disconnect(); fail(new Error('no results shown for ' + term + ' within 15 s')); }, 15000);
    if (done()) finish();
  });
  return t1 - t0;
}`;

const typeAndWait = (page: Page, q: string): Promise<number> => page.evaluate(`(${TYPE_AND_WAIT})(${JSON.stringify(q)})`);

/** The peer's figures: bytes to the first result of `queries[0]`, then the latency of the other queries. */
export async function measurePeer(browser: Browser, baseUrl: string, queries: string[], debounce?: number): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rec = recordFetches(page);
  await page.goto(`${baseUrl}${PEER_PATH}${debounce === undefined ? '' : `?debounce=${debounce}`}`, { waitUntil: 'load' });
  await page.waitForSelector('.pagefind-ui__search-input', { timeout: 30_000 });
  await typeAndWait(page, queries[0]!);
  const files = await rec.settle();
  const first = sumByKind(files);
  const queryMs: number[] = [];
  for (const q of queries.slice(1)) queryMs.push(await typeAndWait(page, q));
  await context.close();
  return {
    bytesToFirstResult: first.total,
    requestsToFirstResult: first.requests,
    queryMs,
    medianMs: median(queryMs),
    maxMs: Math.max(...queryMs),
    fetched: files.map((f) => ({ url: f.url.replace(baseUrl, ''), wireBytes: f.wireBytes })),
  };
}
