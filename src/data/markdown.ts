/** Markdown written in the frontmatter (bodyEn, the English of a body) rendered as Astro renders bodies: its default pipeline with remark-gfm. */
import { createMarkdownProcessor, markdownConfigDefaults, type MarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

let processor: Promise<MarkdownProcessor> | undefined;

/**
 * The Markdown settings of the whole site, over Astro's defaults: astro.config.mjs gives them to the bodies, and
 * renderMarkdown uses them. GitHub's tables and links (remark-gfm); no syntax highlighter: the content has no code
 * blocks, and starting Shiki cost about a second and a half of every build.
 */
export const markdownOptions = { remarkPlugins: [remarkGfm], syntaxHighlight: false as const };

/** HTML of one Markdown text, as Astro renders bodies; raw HTML never reaches here (`npm run check` refuses it in bodyEn). */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ ...markdownConfigDefaults, ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins] });
  return (await (await processor).render(markdown)).code;
}
