// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://export-tech-catalogue.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { remarkPlugins: [remarkGfm] },
  devToolbar: { enabled: false },
  // The sitemap lists pages only; 404 has no address of its own.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })],
  // Scripts ship as files, never inlined, so a strict Content-Security-Policy (script-src 'self') can come later.
  vite: { build: { assetsInlineLimit: 0 } },
});
