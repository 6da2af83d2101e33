/** Renders the Markdown notes of an entry file to HTML with Astro's own Markdown pipeline and the site's remark plugins. */
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

let processor: Promise<MarkdownProcessor> | undefined;

/** HTML of `markdown` (our own prose; no code blocks, so no syntax highlighter is loaded). */
export async function renderNotes(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ remarkPlugins: [remarkGfm], syntaxHighlight: false });
  return (await (await processor).render(markdown)).code;
}
