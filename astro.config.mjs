// @ts-check
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://export-tech-catalogue.example',
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: the Content-Security-Policy (src/lib/security.ts) has no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { remarkPlugins: [remarkGfm] },
  devToolbar: { enabled: false },
  // Scripts as files too: Astro inlines processed <script>s under Vite's 4 kB limit, which the policy would block.
  vite: { build: { assetsInlineLimit: 0 } },
});
