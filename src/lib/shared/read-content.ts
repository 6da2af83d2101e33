/** Reads the content/ folder from disk (no Astro): frontmatter with js-yaml, as Astro's loader does. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { ContentError, type ContentProblem } from './errors.ts';

/** A content file as read from disk: path relative to the project, parsed frontmatter, Markdown body. */
export interface RawFile {
  file: string;
  data: unknown;
  body: string;
}

export interface RawContent {
  editions: RawFile[];
  entries: RawFile[];
  amendments: RawFile[];
  /** The second regime (content/controls/) and the links between the two; read by src/lib/site/site-content.ts. */
  controls: RawFile[];
  crossReferences: RawFile[];
  /** Instruments known only by facts (content/related/), e.g. the import catalogue. */
  related: RawFile[];
  /** content/redirects.md: pages that moved (src/lib/site/redirects.ts); written as redirect pages by scripts/build.ts. */
  redirects: RawFile[];
  /** content/glossary.md: the terms every English rendering uses (src/lib/site/glossary.ts). */
  glossary: RawFile[];
  /** content/search-synonyms.md: what English readers may type for the same thing (src/lib/search/search-synonyms.ts). */
  searchSynonyms?: RawFile[];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/;

/** Splits a Markdown file into parsed frontmatter and body; BOM and CRLF are accepted. */
export function parseMarkdown(file: string, text: string): RawFile {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = clean.match(FRONTMATTER);
  if (!m) throw new ContentError([{ file, field: '(frontmatter)', reason: 'the file must start with a --- YAML block ---' }]);
  let data: unknown;
  try {
    // CORE_SCHEMA: dates stay strings. js-yaml's default schema turns 2001-02-30 into 2001-03-02 without a word.
    data = yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA });
  } catch (e) {
    const reason = e instanceof yaml.YAMLException ? `invalid YAML: ${e.reason} (line ${e.mark.line + 1})` : String(e);
    throw new ContentError([{ file, field: '(frontmatter)', reason }]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError([{ file, field: '(frontmatter)', reason: 'must be a YAML mapping of fields' }]);
  }
  return { file, data, body: (m[2] ?? '').trim() };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Where each kind of content file lives, relative to the project root. */
const PLACES: { kind: keyof RawContent; pattern: RegExp }[] = [
  { kind: 'editions', pattern: /^content\/editions\/[^/]+\.md$/ },
  { kind: 'entries', pattern: /^content\/entries\/[^/]+\/[^/]+\.md$/ },
  { kind: 'amendments', pattern: /^content\/amendments\/[^/]+\.md$/ },
  { kind: 'controls', pattern: /^content\/controls\/[^/]+\.md$/ },
  { kind: 'crossReferences', pattern: /^content\/cross-references\.md$/ },
  { kind: 'related', pattern: /^content\/related\/[^/]+\.md$/ },
  { kind: 'redirects', pattern: /^content\/redirects\.md$/ },
  { kind: 'glossary', pattern: /^content\/glossary\.md$/ },
  { kind: 'searchSynonyms', pattern: /^content\/search-synonyms\.md$/ },
];

/** Files under content/ that are not content: read-me files, and the record of published URLs (src/lib/site/published-urls.ts). */
const NOT_CONTENT = /(^|\/)(README\.md|\.gitkeep)$|^content\/published-urls\.txt$/;

/** Reads every content file under `root`/content; collects every problem before throwing. */
export function readContent(root: string): RawContent {
  return contentFromFiles(readContentFiles(root));
}

/** Sorts files (path relative to the project → text) into content kinds; the same rules as reading from disk. */
export function contentFromFiles(files: Map<string, string>): RawContent {
  const out: RawContent = { editions: [], entries: [], amendments: [], controls: [], crossReferences: [], related: [], redirects: [], glossary: [], searchSynonyms: [] };
  const problems: ContentProblem[] = [];
  for (const [file, text] of files) {
    if (NOT_CONTENT.test(file)) continue;
    const place = PLACES.find((p) => p.pattern.test(file));
    if (!place) {
      problems.push({ file, field: '(file)', reason: 'is outside the expected folders: content/editions/*.md, content/entries/<edition>/*.md, content/amendments/*.md, content/controls/*.md, content/cross-references.md, content/related/*.md, content/redirects.md, content/glossary.md, content/search-synonyms.md (and the record content/published-urls.txt)' });
      continue;
    }
    try {
      (out[place.kind] ??= []).push(parseMarkdown(file, text));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new ContentError(problems);
  for (const list of Object.values(out) as RawFile[][]) list.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}

/** Every file under `root`/content as path (relative to `root`, with /) → text. */
export function readContentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const full of walk(join(root, 'content'))) files.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
  return files;
}
