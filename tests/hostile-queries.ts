/**
 * Hostile input for the search page: what a careless, curious or malicious reader may type or link to. Run through
 * the real page in headless Chromium by tests/site/search-hostile.test.ts. Each query must leave the page usable.
 */
export interface HostileQuery {
  /** What the row is about (the test name). */
  kind: string;
  /** Put into the search box as one piece of typed text (like an IME commit or a paste). */
  query: string;
}

const TEN_THOUSAND = 10_000;

export const HOSTILE_QUERIES: HostileQuery[] = [
  // Nothing to search for
  { kind: 'empty', query: '' },
  { kind: 'spaces only', query: '     ' },
  { kind: 'ideographic spaces only', query: '\u3000\u3000\u3000' },
  { kind: 'tabs and line breaks only', query: ' \t\r\n\t ' },
  { kind: 'zero-width characters only', query: '\u200B\u200C\u200D\uFEFF\u2060' },
  // Length
  { kind: '10 000 Latin letters', query: 'a'.repeat(TEN_THOUSAND) },
  { kind: '10 000 Chinese characters', query: '稀土'.repeat(TEN_THOUSAND / 2) },
  { kind: '10 000 copies of one common character', query: '的'.repeat(TEN_THOUSAND) },
  { kind: '10 000 spaces and then a word', query: ' '.repeat(TEN_THOUSAND) + '稀土' },
  { kind: 'one 300-letter word', query: 'ab'.repeat(150) },
  // Regular expression and glob characters
  { kind: 'regex: .*', query: '.*' },
  { kind: 'regex: ^$', query: '^$' },
  { kind: 'regex: unbalanced bracket and parenthesis', query: '([稀土' },
  { kind: 'regex: a character class and quantifier', query: '[a-z]+\\d{6}X?' },
  { kind: 'regex: lookbehind, alternation, trailing backslash', query: '(?<=稀)土|\\' },
  { kind: 'replacement patterns', query: '$&$1$`$\'' },
  { kind: 'glob: a lone star', query: '*' },
  { kind: 'glob: **/*.md', query: '**/*.md' },
  { kind: 'glob: ? and [!…]', query: '稀?土[!a]' },
  { kind: 'backslashes', query: '\\\\稀\\土\\' },
  // Quotes
  { kind: 'a lone double quote', query: '"' },
  { kind: 'two double quotes', query: '""' },
  { kind: 'a lone apostrophe', query: "'" },
  { kind: 'an unbalanced quoted phrase', query: '"稀土的' },
  { kind: 'a quoted phrase', query: '"稀土 提炼"' },
  { kind: 'Chinese quotation marks and corner brackets', query: '“稀土”「提炼」『加工』' },
  { kind: 'backticks', query: '`稀土`' },
  // Markup and code
  { kind: '<script>', query: '<script>alert(1)</script>' },
  { kind: 'an image with an on-error handler', query: '<img src=x onerror=alert(1)>' },
  { kind: 'markup that closes the results list', query: '</ol></main><mark>稀土</mark>' },
  { kind: 'entities', query: '&lt;script&gt;&amp;&#0;&#x0;' },
  { kind: 'a javascript: URL', query: 'javascript:alert(document.domain)' },
  { kind: 'template syntax', query: '${7*7}{{7*7}}<%= 7*7 %>' },
  { kind: 'prototype keys', query: '__proto__ constructor toString' },
  { kind: 'undefined, null, NaN', query: 'undefined null NaN' },
  { kind: 'a URL', query: 'https://example.com/?q=稀土&edition=2023#cp-1' },
  { kind: 'percent escapes (one broken)', query: '%E7%A8%80%E5%9C%9F %ZZ %' },
  // Emoji and other scripts
  { kind: 'an emoji', query: '😀' },
  { kind: 'emoji joiner sequences and flags', query: '👩‍🔬🏳️‍🌈🇨🇳' },
  { kind: 'emoji beside a word', query: '稀土🔥' },
  { kind: 'right-to-left: Arabic', query: 'تقنية الأرض النادرة' },
  { kind: 'right-to-left: Hebrew', query: 'טכנולוגיה' },
  { kind: 'right-to-left override around a word', query: '\u202E稀土\u202C' },
  { kind: 'mixed scripts', query: 'rare earth 稀土 редкоземельные σπάνιες γαίες 희토류 レアアース' },
  { kind: 'a 编号 with a Cyrillic Х', query: '203912Х' },
  { kind: 'combining marks piled up', query: 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̶̲ 稀̸̡土̷' },
  { kind: 'characters outside the BMP (CJK Ext. B)', query: '𠀀𪚥𰻞' },
  { kind: 'Kangxi radicals and compatibility ideographs', query: '⼟⽤豈更' },
  // Control characters and broken text
  { kind: 'NUL', query: '\u0000' },
  { kind: 'NUL inside a word', query: '稀\u0000土' },
  { kind: 'C0 control characters and an ANSI escape', query: '\u0001\u0007\u0008\u001B[31m稀土' },
  { kind: 'DEL and C1 control characters', query: '\u007F\u0085\u009B稀土' },
  { kind: 'a lone high surrogate', query: '\uD800' },
  { kind: 'a lone low surrogate before a word', query: '\uDC00稀土' },
  { kind: 'surrogates in the wrong order', query: '\uDC00\uD800' },
  { kind: 'a non-character and the replacement character', query: '\uFFFF\uFFFE\uFFFD' },
  { kind: 'line and paragraph separators', query: '稀\u2028土\u2029' },
  // Punctuation
  { kind: 'full-width punctuation only', query: '！？，。：；（）【】、《》' },
  { kind: 'full-width punctuation around a word', query: '（稀土）！' },
  { kind: 'full-width SQL', query: 'ＳＥＬＥＣＴ　＊　ＦＲＯＭ' },
  { kind: 'ASCII punctuation only', query: '!@#$%^&*()_+-=[]{};:,./<>?|~' },
  // Looks like code for another system
  { kind: 'SQL: OR 1=1', query: "' OR 1=1 --" },
  { kind: 'SQL: DROP TABLE after a word', query: "稀土'; DROP TABLE entries; --" },
  { kind: 'SQL: UNION SELECT', query: '1 UNION SELECT name FROM sqlite_master' },
  { kind: 'search-engine syntax', query: '-稀土 +提炼 edition:2023 site:gov.cn OR AND NOT' },
  { kind: 'a 编号 with markup after it', query: '203912X<script>' },
  { kind: 'a 编号 padded with spaces and zero-width characters', query: ' \u200B203912x\u200B ' },
];
