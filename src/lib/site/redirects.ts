/** Redirects of pages that moved (content/redirects.md): the schema, checks against the built site, the redirect page. */
import { z } from 'zod';
import type { RawFile } from '../shared/read-content.ts';
import { checkBody } from '../shared/body-check.ts';
import { type ContentProblem, zodProblems } from '../shared/errors.ts';
import { type BuiltSite, hrefOf, normalizePath, REDIRECTS_FILE } from './published-urls.ts';
import { TextSchema } from '../shared/schemas.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import { absoluteUrl } from './urls.ts';

/** Text for HTML text or a double-quoted attribute. */
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One page that moved: `from` is the old page path, `to` the page (optionally #anchor) a reader is sent to. Both in record form. */
export interface Redirect {
  from: string;
  to: string;
  note?: string;
}

/** A page path of this site: starts and ends with /, no query, no fragment, no . or .. segments, no quotes or spaces. */
const isPagePath = (p: string): boolean =>
  p.startsWith('/') && p.endsWith('/') && !/[\s"'<>\\?#`]/.test(p) && !p.includes('//') && !p.split('/').some((s) => s === '.' || s === '..') && normalizePath(p) !== undefined;

const PagePathSchema = z.string().refine(isPagePath, 'must be a page path of this site such as /entries/old-key/2023/ (starting and ending with /, without ?, # or spaces)');
const TargetSchema = z
  .string()
  .refine((t) => {
    const [page, anchor, ...rest] = t.split('#');
    return rest.length === 0 && isPagePath(page!) && (anchor === undefined || /^[A-Za-z][\w-]*$/.test(anchor));
  }, 'must be a page path of this site, optionally with an anchor, such as /entries/new-key/2023/ or /entries/new-key/2023/#cp-3');

/** Frontmatter of content/redirects.md. Body: notes in our own words. */
export const RedirectsSchema = z
  .object({
    redirects: z.array(z.object({ from: PagePathSchema, to: TargetSchema, note: TextSchema.optional() }).strict()).default([]),
  })
  .strict();

/** The redirects declared in content/redirects.md (at most one such file), checked on their own; problems are collected. */
export function readRedirects(files: readonly RawFile[], problems: ContentProblem[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const f of files) {
    problems.push(...checkBody(f.file, f.body));
    const r = RedirectsSchema.safeParse(f.data);
    if (!r.success) {
      problems.push(...zodProblems(f.file, r.error));
      continue;
    }
    const list = r.data.redirects.map((x) => {
      const [page, anchor] = x.to.split('#');
      return { from: normalizePath(x.from)!, to: `${normalizePath(page!)!}${anchor === undefined ? '' : `#${anchor}`}`, ...(x.note && { note: x.note }) };
    });
    list.forEach((x, i) => {
      const field = `redirects[${i}]`;
      const first = list.findIndex((y) => y.from === x.from);
      const target = x.to.split('#')[0]!;
      if (first !== i) problems.push({ file: f.file, field: `${field}.from`, reason: `${x.from} is already redirected by redirects[${first}]` });
      else if (target === x.from) problems.push({ file: f.file, field: `${field}.to`, reason: 'is the page the redirect is from' });
      else {
        const chained = list.findIndex((y) => y.from === target);
        if (chained !== -1) problems.push({ file: f.file, field: `${field}.to`, reason: `${target} is itself redirected by redirects[${chained}]; send readers to the page it leads to` });
        else redirects.push(x);
      }
    });
  }
  return redirects;
}

/**
 * Redirects against the site Astro built: a redirect may not stand where a page is built (it would replace it), and it
 * must lead to a built page (and to an element of that page, when it names an anchor).
 */
export function checkRedirects(redirects: readonly Redirect[], site: BuiltSite, file: string = REDIRECTS_FILE): ContentProblem[] {
  const problems: ContentProblem[] = [];
  redirects.forEach((r, i) => {
    const [page, anchor] = r.to.split('#') as [string, string | undefined];
    if (site.pages.has(r.from)) {
      problems.push({ file, field: `redirects[${i}].from`, reason: `${r.from} is a page the site builds; a redirect cannot stand in its place (remove the redirect, or the page)` });
    }
    const ids = site.pages.get(page);
    if (!ids) problems.push({ file, field: `redirects[${i}].to`, reason: `${page} is no page of the site` });
    else if (anchor !== undefined && !ids.has(anchor)) problems.push({ file, field: `redirects[${i}].to`, reason: `${page} has no element with the id ${anchor}` });
  });
  return problems;
}

/**
 * The static page written at a redirect's old path: a meta refresh and a link to the new page, rel=canonical on it,
 * the site's Content-Security-Policy and no script (a meta refresh needs none). In the language of the old path (an
 * /en/ path: English first, the Chinese after it, marked). `origin` is Astro's `site`.
 */
export function redirectPage(r: Redirect, origin: string): string {
  const href = hrefOf(r.to);
  const url = absoluteUrl(href, origin);
  const link = `<a href="${escapeHtml(href)}">${escapeHtml(url)}</a>`;
  const en = /^\/en\//.test(r.from);
  const zhLine = `<p${en ? ' lang="zh-CN"' : ''}>本页现在位于 ${link}。</p>`;
  const enLine = `<p${en ? '' : ' lang="en"'}>This page has moved to ${link}.</p>`;
  return `<!doctype html>
<html lang="${en ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${escapeHtml(`0; url=${href}`)}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(url)}">
<title>${en ? 'This page has moved' : '本页已迁至新网址 · This page has moved'}</title>
</head>
<body>
<main>
<h1>${en ? 'This page has moved' : '本页已迁至新网址'}</h1>
${en ? `${enLine}\n${zhLine}` : `${zhLine}\n${enLine}`}
</main>
</body>
</html>
`;
}
