// @ts-check
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://export-tech-catalogue.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' }, // no inline <style>: ready for a strict CSP
  markdown: { remarkPlugins: [remarkGfm] },
  devToolbar: { enabled: false },
  integrations: [pagefind()],
});
