/**
 * Astro integration: indexes the built site with Pagefind's Node API at `astro:build:done` and writes the bundle to
 * <outDir>/pagefind/. Only elements marked `data-pagefind-body` are indexed (entry version pages); any error that
 * Pagefind reports, or an index with no pages, fails the build.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Raised when Pagefind reports errors; the build stops with this message. */
export class SearchIndexError extends Error {}

const fail = (stage: string, errors: string[]): never => {
  throw new SearchIndexError(`Search index: ${stage} failed:\n  ${errors.join('\n  ')}`);
};

/**
 * Page furniture inside the indexed article that is not catalogue content: field labels, badges, section headings,
 * English labels, the per-point "链接" links and notes. Left out so that excerpts show the wording and a query such as
 * 控制 does not match every page through its headings.
 */
export const EXCLUDE = ['.facts dt', '.badge', 'article h2', '.en', '.cp-num', '.cp-link', '.cp-note'];

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'catalogue-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
          if (created.errors.length || !created.index) fail('creating the index', created.errors.length ? created.errors : ['no index returned']);
          const index = created.index!;
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) fail(`indexing ${outDir}`, added.errors);
          if (added.page_count === 0) fail(`indexing ${outDir}`, ['no page carries data-pagefind-body: nothing was indexed']);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) fail('writing the index', written.errors);
          logger.info(`Pagefind indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
