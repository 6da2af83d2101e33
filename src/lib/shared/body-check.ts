/** Checks Markdown bodies of content files: raw HTML, unsafe link schemes and off-site images are rejected, not sanitised. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './errors.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Link targets a body may use: http(s), mailto, or a path/fragment on this site (no scheme at all). */
function linkProblem(url: string): string | undefined {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so test the URL with them removed too.
  const squeezed = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
  const s = squeezed ?? scheme;
  if (s === undefined) return undefined;
  if (s === 'http' || s === 'https' || s === 'mailto') return undefined;
  return `"${url}"; only http(s), mailto and links within this site are allowed`;
}

/** First line of a raw HTML node, shortened, for the message. */
const snippet = (html: string): string => {
  const line = html.trim().split('\n')[0]!;
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
};

/** Problems in one Markdown body: raw HTML (also inline), links with a scheme other than http(s)/mailto, off-site images. */
export function checkBody(file: string, body: string): ContentProblem[] {
  if (!body.trim()) return [];
  const tree = parser.parse(body) as Root;
  const problems: ContentProblem[] = [];
  const at = (node: { position?: { start: { line: number } } }) => (node.position ? `body line ${node.position.start.line}` : 'body');
  const htmlLines = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'html') {
      // One message for <script>…</script> written inline: a closing tag after an opening one on its line is not repeated.
      if (/^<\//.test(node.value) && htmlLines.has(at(node))) return;
      htmlLines.add(at(node));
      problems.push({ file, field: at(node), reason: `contains raw HTML ${JSON.stringify(snippet(node.value))}; write Markdown only (raw HTML is rejected, not sanitised)` });
    } else if (node.type === 'link' || node.type === 'definition') {
      const why = linkProblem(node.url);
      if (why) problems.push({ file, field: at(node), reason: `has a link to ${why}` });
    } else if (node.type === 'image') {
      const why = linkProblem(node.url);
      if (why) problems.push({ file, field: at(node), reason: `has an image from ${why}` });
      else if (/^\s*(https?:)?\/\//i.test(node.url)) {
        problems.push({ file, field: at(node), reason: `has an image from another site ("${node.url}"); pages load nothing from elsewhere` });
      }
    }
  });
  return problems;
}
