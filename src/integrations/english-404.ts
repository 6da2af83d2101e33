/**
 * Astro integration: Astro writes the root 404 page as dist/404.html but src/pages/en/404.astro as
 * dist/en/404/index.html; hosts look for dist/en/404.html (nginx: scripts/server/nginx.conf sends it for missing
 * paths under /en/; Cloudflare Pages serves the nearest 404.html). Moves it there at `astro:build:done`, before the
 * search index, the header file and the precompressed copies are made.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function english404(): AstroIntegration {
  return {
    name: 'catalogue-english-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const from = join(outDir, 'en', '404', 'index.html');
        if (!existsSync(from)) return;
        renameSync(from, join(outDir, 'en', '404.html'));
        rmdirSync(join(outDir, 'en', '404'));
        logger.info('English 404 page written to en/404.html');
      },
    },
  };
}
