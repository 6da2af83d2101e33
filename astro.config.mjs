// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { markdownOptions } from './src/data/markdown.ts';
import pagefind from './src/integrations/pagefind.ts';
import contentStore from './src/integrations/content-store.ts';
import english404 from './src/integrations/english-404.ts';
import headersFile from './src/integrations/headers-file.ts';
import precompress from './src/integrations/precompress.ts';
import renderBundle from './src/integrations/render-bundle.ts';
import { readSiteConfig } from './src/lib/site/site-config.ts';

export default defineConfig({
  // The origin of every absolute link: SITE_URL, or http://localhost:4321 for a local build (src/lib/site/site-config.ts).
  site: readSiteConfig().origin,
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: the Content-Security-Policy (src/lib/site/security.ts) has no 'unsafe-inline'.
  // Four pages in flight: while one page's folder and file are written (slow on some file systems), the next renders;
  // the pages written are the same, byte for byte.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // remark-gfm, no syntax highlighter: the same settings as the English bodies get (src/data/markdown.ts).
  markdown: markdownOptions,
  devToolbar: { enabled: false },
  // The English 404 page moves to en/404.html first. The sitemap lists pages only; 404 has no address of its own. After Pagefind: _headers for Netlify and Cloudflare
  // Pages, then .gz and .br copies of the text files (each hook runs after the one before it has finished).
  integrations: [renderBundle(), contentStore(), english404(), sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }), pagefind(), headersFile(), precompress()],
  // Scripts as files too: Astro inlines processed <script>s under Vite's 4 kB limit, which the policy would block.
  vite: { build: { assetsInlineLimit: 0 } },
});
