// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';
import { SITE_URL } from './src/lib/site-config.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: the Content-Security-Policy (src/lib/security.ts) has no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { remarkPlugins: [remarkGfm] },
  devToolbar: { enabled: false },
  // The sitemap lists pages only; 404 has no address of its own.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }), pagefind()],
  // Scripts as files too: Astro inlines processed <script>s under Vite's 4 kB limit, which the policy would block.
  vite: { build: { assetsInlineLimit: 0 } },
});
