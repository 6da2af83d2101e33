/**
 * Astro integration: indexes the built site with Pagefind's Node API at `astro:build:done` and writes the bundle to
 * <outDir>/pagefind/. Only elements marked `data-pagefind-body` are indexed (entry versions, announcements, items), in
 * two languages: Pagefind keeps one index per <html lang>, and the search page's own lang picks it (/search/ the
 * Chinese pages, /en/search/ the English pages under /en/). Any error that Pagefind reports, a Chinese index with no
 * pages, a page indexed in another language than zh-CN or en, a Chinese page indexed as English (or the reverse), or
 * English pages read of which none is indexed fails the build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind's language code for pages marked <html lang="zh-CN">. */
const LANGUAGE = 'zh-cn';
/** And for the English pages, <html lang="en"> (under /en/). */
const LANGUAGE_EN = 'en';

/**
 * Pagefind's target size of an index chunk, passed as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (read by Pagefind 1.6.0, which
 * we pin exactly; "unstable" means it may change in another version, and tests/site/search-chunks.test.ts fails if it
 * stops working). Its default makes chunks of about 20–25 KB, so a two-word English query such as "rare earth" fetched
 * the whole English index; at 10 000 chunks are about 12 KB: a query fetches the chunks of its words, a few percent
 * more index in total. Measured by `npm run bench:search`.
 */
export const INDEX_CHUNK_SIZE = 10_000;
const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Every Chinese page's indexed text as Pagefind holds it, `[[fragment id, text], …]`, written beside the index as
 * /search-text.json. The search page reads it (one request, only when it must) before it says that no result holds a
 * Chinese query: Pagefind matches words, and misses the rare query that its word cuts hide (黄素 inside 核黄素).
 */
export function writeSearchText(outDir: string, pagefindDir: string): number {
  const dir = join(pagefindDir, 'fragment');
  const rows = readdirSync(dir)
    .filter((f) => f.startsWith(`${LANGUAGE}_`) && f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      const page = JSON.parse(raw.slice(raw.indexOf('{'))) as { content: string; meta?: Record<string, string> };
      return [f.slice(0, -'.pf_fragment'.length), [page.content.replace(/\u200b/g, ''), page.meta?.title ?? ''].join(' | ')];
    });
  writeFileSync(join(outDir, 'search-text.json'), JSON.stringify(rows));
  return rows.length;
}

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Raised when Pagefind reports errors; the build stops with this message. */
export class SearchIndexError extends Error {}

const fail = (stage: string, errors: string[]): never => {
  throw new SearchIndexError(`Search index: ${stage} failed:\n  ${errors.join('\n  ')}`);
};

/**
 * Page furniture inside the indexed article that is not catalogue content: field labels, badges, section headings,
 * English labels, "not held" remarks, the per-point "链接" links and notes. (Unknown 编号/序号/行业 values carry
 * data-pagefind-ignore on the entry page itself.) Left out so that excerpts show the wording and a query such as
 * 控制 does not match every page through its headings.
 */
export const EXCLUDE = [
  '.facts dt', '.badge', 'article h2', 'article p.muted', '.en', '.cp-num', '.cp-link', '.cp-note', '.wording-source', '.converted', '.rendering-label',
  // The English index holds the English text (our renderings, labels, codes): the Chinese wording on English pages,
  // marked lang="zh-CN" (or zh-Hant), is searched on the Chinese page, which the English page offers for a Chinese
  // query. Names and titles reach English results as metadata given in attributes. Chinese pages mark nothing so inside
  // their indexed bodies (their language is the page's), so their index is not touched: a test compares the two.
  '[lang|="zh"]',
];

/** The pages Pagefind reads: entry versions only (compare views and history pages sit at other depths). */
export const ENTRY_PAGES = 'entries/*/[0-9][0-9][0-9][0-9]/index.html';
/** And of the export-control section: each announcement (clauses as sub-results) and each controlled item. */
export const CONTROL_PAGES = ['controls/[0-9][0-9][0-9][0-9]-*/index.html', 'controls/[0-9][0-9][0-9][0-9]-*/items/*/index.html'];
/** The same pages in English, under /en/: indexed as English (their text holds the Chinese wording and our renderings). */
export const ENGLISH_INDEXED_PAGES = [ENTRY_PAGES, ...CONTROL_PAGES].map((glob) => `en/${glob}`);

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'catalogue-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        // Read by the Pagefind process, started by createIndex below with this process's environment.
        process.env[CHUNK_SIZE_ENV] ??= String(INDEX_CHUNK_SIZE);
        try {
          const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
          if (created.errors.length || !created.index) fail('creating the index', created.errors.length ? created.errors : ['no index returned']);
          const index = created.index!;
          // Only entry version pages (/entries/<key>/<edition>/) carry data-pagefind-body; reading nothing else halves
          // the indexing time of a large catalogue.
          let read = 0;
          let readEn = 0;
          for (const glob of [ENTRY_PAGES, ...CONTROL_PAGES, ...ENGLISH_INDEXED_PAGES]) {
            const added = await index.addDirectory({ path: outDir, glob });
            if (added.errors.length) fail(`indexing ${outDir}`, added.errors);
            read += added.page_count;
            if (glob.startsWith('en/')) readEn += added.page_count;
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) fail('writing the index', written.errors);
          const entry = JSON.parse(readFileSync(join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
          const languages = Object.entries(entry.languages);
          const stray = languages.filter(([lang]) => lang !== LANGUAGE && lang !== LANGUAGE_EN);
          if (stray.length) fail('checking languages', stray.map(([lang, l]) => `${l.page_count} page(s) indexed as "${lang}": every page must be <html lang="zh-CN"> (or "en" under /en/), or Chinese is not segmented`));
          const pages = entry.languages[LANGUAGE]?.page_count ?? 0;
          const pagesEn = entry.languages[LANGUAGE_EN]?.page_count ?? 0;
          // Each page in its own language: English pages only under /en/ (a Chinese page marked lang="en" is not segmented),
          // and English pages read under /en/ must reach the English index.
          if (pagesEn > readEn) fail('checking languages', [`${pagesEn - readEn} page(s) indexed as "en" outside /en/: every page there must be <html lang="zh-CN">, or Chinese is not segmented`]);
          if (pages === 0) fail(`indexing ${outDir}`, ['no page was indexed']);
          if (readEn > 0 && pagesEn === 0) fail('checking languages', [`${readEn} English page(s) read under /en/, none indexed as "en": they must carry data-pagefind-body and <html lang="en">`]);
          writeSearchText(outDir, written.outputPath);
          const ms = Math.round(performance.now() - started);
          logger.info(`Pagefind indexed ${pages} Chinese and ${pagesEn} English pages (of ${read} HTML files read) into ${written.outputPath} in ${ms} ms`);
          // `npm run bench` asks for the indexing time through this file, so it can tell Astro's time from Pagefind's.
          if (process.env.PAGEFIND_TIMING_FILE) writeFileSync(process.env.PAGEFIND_TIMING_FILE, JSON.stringify({ ms, pages, pagesEn }));
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
