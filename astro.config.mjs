// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://export-tech-catalogue.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' }, // no inline <style>: ready for a strict CSP
  markdown: { remarkPlugins: [remarkGfm] },
  devToolbar: { enabled: false },
  // The sitemap lists pages only; 404 has no address of its own.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }), pagefind()],
  // Scripts ship as files, never inlined, so a strict Content-Security-Policy (script-src 'self') can come later.
  vite: { build: { assetsInlineLimit: 0 } },
});
