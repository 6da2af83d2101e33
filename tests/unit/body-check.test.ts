/** Markdown bodies: raw HTML and unsafe links are rejected by the checker; ordinary Markdown passes untouched. */
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/lib/shared/body-check.ts';

const reasons = (body: string) => checkBody('f.md', body).map((p) => `${p.field}: ${p.reason}`);

describe('Markdown bodies', () => {
  test.each([
    ['links on the site, fragments, http(s), mailto', '见[条目](/editions/2023/)、[要点](#cp-1)、[官方](https://www.mofcom.gov.cn/)和[邮件](mailto:a@example.org)。'],
    ['an autolink', '<https://www.gov.cn/>'],
    ['HTML inside inline code and code blocks', '`<script>` 不是标签。\n\n    <div>缩进代码</div>\n\n```\n<b>fenced</b>\n```'],
    ['a < and > in prose', '1 < 2 且 3 > 2'],
  ])('accepts %s', (_, body) => {
    expect(reasons(body)).toEqual([]);
  });

  test.each([
    ['a block of HTML', '段落\n\n<div>x</div>', 'body line 3: contains raw HTML "<div>x</div>"; write Markdown only (raw HTML is rejected, not sanitised)'],
    ['an HTML comment', 'a <!-- c --> b', 'body line 1: contains raw HTML "<!-- c -->"; write Markdown only (raw HTML is rejected, not sanitised)'],
    ['a lone closing tag', 'a </div>', 'body line 1: contains raw HTML "</div>"; write Markdown only (raw HTML is rejected, not sanitised)'],
    ['javascript: in any case', '[x](JaVaScRiPt:alert(1))', 'body line 1: has a link to "JaVaScRiPt:alert(1)"; only http(s), mailto and links within this site are allowed'],
    ['javascript: with a tab inside the scheme', '[x](<java\tscript:alert(1)>)', 'body line 1: has a link to "java\tscript:alert(1)"; only http(s), mailto and links within this site are allowed'],
    ['javascript: in a reference definition', '[x][r]\n\n[r]: javascript:void(0)', 'body line 3: has a link to "javascript:void(0)"; only http(s), mailto and links within this site are allowed'],
    ['a data: link', '[x](data:text/html,hi)', 'body line 1: has a link to "data:text/html,hi"; only http(s), mailto and links within this site are allowed'],
    ['a data: image', '![x](data:image/png;base64,AA)', 'body line 1: has an image from "data:image/png;base64,AA"; only http(s), mailto and links within this site are allowed'],
    ['an image from another site', '![x](//cdn.example.org/x.png)', 'body line 1: has an image from another site ("//cdn.example.org/x.png"); pages load nothing from elsewhere'],
  ])('rejects %s', (_, body, line) => {
    expect(reasons(body)).toEqual([line]);
  });
});
