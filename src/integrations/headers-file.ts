/**
 * Astro integration: writes <outDir>/_headers at `astro:build:done`, after Pagefind, for Netlify and Cloudflare Pages:
 * the security headers of src/lib/site/security.ts on every path and a Cache-Control rule for every file of this build
 * (rules from src/lib/site/server-config.ts, the same as scripts/server/nginx.conf).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADERS_FILE, renderHeadersFile } from '../lib/site/server-config.ts';

/** Every file under `dir`, as the site path it is served at (`/about/index.html`). */
export function sitePaths(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir)
    .map((file) => `/${relative(dir, file).split(sep).join('/')}`)
    .sort();
}

/** The output listed by this integration, with the file it wrote: precompress, which runs next, reuses it. */
let listing: { dir: string; paths: string[] } | undefined;

/**
 * Every file of the build in `dir`: the listing made when _headers was written (walking a large output is slow, and
 * precompress, the next integration in astro.config.mjs, writes nothing before it lists), or a fresh walk.
 */
export const builtPaths = (dir: string): string[] => (listing?.dir === dir ? listing.paths : sitePaths(dir));

export default function headersFileIntegration(): AstroIntegration {
  return {
    name: 'catalogue-headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const paths = sitePaths(outDir);
        const text = renderHeadersFile(paths);
        writeFileSync(join(outDir, HEADERS_FILE), text);
        listing = { dir: outDir, paths: [...paths, `/${HEADERS_FILE}`].sort() };
        logger.info(`Wrote ${HEADERS_FILE} (${text.split('\n').filter((l) => l.startsWith('/')).length} rules)`);
      },
    },
  };
}
