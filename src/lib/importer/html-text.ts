/** An official web page (HTML) → the plain text the importers read: block elements as lines, entities decoded, page chrome left out. */
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { INDUSTRY_HEADING, PART_HEADING } from './catalogue-text.ts';
import { D } from './text.ts';

/** Elements that end a line before and after themselves. Table cells are separated by a space within their row. */
const BLOCK = new Set(
  'address article aside blockquote body caption center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody td th thead tfoot tr ul'.split(' '),
);
const CELL = new Set(['td', 'th']);
/** Elements whose content is never text of the page. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'select', 'button', 'textarea']);

/** One line of the page and the block element it came from. */
interface HtmlLine {
  text: string;
  block: HTMLElement;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Source whitespace inside a line: a run that holds a line break between two Chinese characters (or full-width
 * punctuation) is dropped, as browsers do when they lay out Chinese; any other run becomes one space. No-break and
 * ideographic spaces written as such (&nbsp;, 　) are kept.
 */
function collapse(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, (run, at: number, all: string) =>
    /[\r\n]/.test(run) && CJK.test(all[at - 1] ?? '') && CJK.test(all[at + run.length] ?? '') ? '' : ' ',
  );
}

/** Walks the tree, writing the text of inline content into the line of its nearest block element. */
function lines(root: HTMLElement): HtmlLine[] {
  const out: HtmlLine[] = [];
  let buf = '';
  let block = root;
  const flush = () => {
    const text = collapse(buf).replace(/^ +| +$/g, '');
    if (text) out.push({ text, block });
    buf = '';
  };
  const walk = (node: Node, within: HTMLElement) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (!buf) block = within;
      buf += node.text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (CELL.has(tag)) {
      if (buf && !/\s$/.test(buf)) buf += ' ';
      for (const c of el.childNodes) walk(c, el);
      if (buf && !/\s$/.test(buf)) buf += ' ';
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    for (const c of el.childNodes) walk(c, isBlock ? el : within);
    if (isBlock) flush();
  };
  walk(root, root);
  flush();
  return out;
}

/** The page as the importers and the checks see it. */
export interface HtmlText {
  /** The <title>, whitespace collapsed ('' if none). */
  title: string;
  /** The first <h1> (or, without one, the first <h2>), whitespace collapsed ('' if none). */
  heading: string;
  /** Every line of the page's body, chrome included: for checks such as the announcement number. */
  text: string;
  /** The lines of the article: the smallest element holding the first part heading and every line after it that reads as a heading or a numbered line. */
  article: string;
  /** That element as written in the page, e.g. <div class="art-con" id="zoom">; '<body>' when no part heading was found. */
  articleFrom: string;
}

/** A line that marks the article: a part or industry heading, a numbered line (1. 1、 1．), or one holding a 编号. */
const ANCHOR = new RegExp(`^${D}{1,3}\\s*[.．、](?!${D})|(?<![0-9０-９A-Za-z])${D}{6}[JXjxＪＸｊｘ](?![0-9A-Za-z])`);
const isPartHeading = (s: string) => PART_HEADING.test(s.replace(/\s+/g, ''));
const isAnchor = (s: string) => isPartHeading(s) || INDUSTRY_HEADING.test(s) || ANCHOR.test(s);

const ancestors = (el: HTMLElement): HTMLElement[] => {
  const out: HTMLElement[] = [];
  for (let n: HTMLElement | null = el; n; n = n.parentNode) out.unshift(n);
  return out;
};

function describe(el: HTMLElement): string {
  const tag = el.rawTagName?.toLowerCase() || 'body';
  const attrs = ['id', 'class'].flatMap((a) => (el.getAttribute(a) ? [` ${a}="${el.getAttribute(a)}"`] : [])).join('');
  return `<${tag}${attrs}>`;
}

/** Reads an HTML page (already decoded to a string). */
export function htmlText(html: string): HtmlText {
  const doc = parse(html, { comment: false, blockTextElements: { script: false, noscript: false, style: false, pre: true } });
  const one = (sel: string) => collapse(doc.querySelector(sel)?.text ?? '').trim();
  const body = doc.querySelector('body') ?? doc;
  const all = lines(body);
  const first = all.findIndex((l) => isPartHeading(l.text));
  let container = body;
  if (first >= 0) {
    const paths = all.slice(first).filter((l) => isAnchor(l.text)).map((l) => ancestors(l.block));
    let depth = 0;
    while (paths.every((p) => p[depth] !== undefined && p[depth] === paths[0]![depth])) depth++;
    container = paths[0]![depth - 1] ?? body;
  }
  const within = (el: HTMLElement) => ancestors(el).includes(container);
  return {
    title: one('title'),
    heading: one('h1') || one('h2'),
    text: `${all.map((l) => l.text).join('\n')}\n`,
    article: `${all.filter((l) => within(l.block)).map((l) => l.text).join('\n')}\n`,
    articleFrom: first >= 0 ? describe(container) : '<body>',
  };
}

/**
 * The character set a page declares: in its Content-Type header, else in a <meta> tag near the top; UTF-8 otherwise.
 * Chinese government pages are often GBK/GB2312, which Node's TextDecoder reads.
 */
export function htmlCharset(bytes: Uint8Array, contentType?: string): string {
  const fromHeader = contentType?.match(/charset\s*=\s*"?([\w-]+)/i)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1];
  return (meta ?? 'utf-8').toLowerCase();
}

/** Decodes a page's bytes with the character set it declares; throws a clear error for a set the runtime cannot read. */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const charset = htmlCharset(bytes, contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new Error(`the page declares the character set "${charset}", which this Node.js cannot decode`);
  }
  return decoder.decode(bytes);
}
