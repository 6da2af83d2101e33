/** Markdown written in the frontmatter (bodyEn, the English of a body) rendered as Astro renders bodies: its default pipeline with remark-gfm. */
import { createMarkdownProcessor, markdownConfigDefaults, type MarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

let processor: Promise<MarkdownProcessor> | undefined;

/**
 * HTML of one Markdown text. The same settings as astro.config.mjs gives the bodies (`markdown: { remarkPlugins:
 * [remarkGfm] }` over Astro's defaults); raw HTML never reaches here, because `npm run check` refuses it in bodyEn.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ ...markdownConfigDefaults, remarkPlugins: [remarkGfm] });
  return (await (await processor).render(markdown)).code;
}
