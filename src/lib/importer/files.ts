/** Writing content files from the importer: stable YAML, and the "imported" hash line that detects hand edits. */
import { createHash } from 'node:crypto';
import yaml from 'js-yaml';

/**
 * The importer marks what it wrote with a YAML comment as the first line of the frontmatter:
 *   # imported: sha256-<16 hex> — …
 * The hash covers only the fields the importer owns (see `ownedFields`), as they stood when it wrote them. If the file
 * still hashes to that value, nobody changed those fields by hand and a new import may replace them; otherwise the
 * importer leaves the file alone unless run with --force. Comments are invisible to YAML readers, so the schema and
 * the site never see this line.
 */
export const MARK_PREFIX = '# imported: ';
const MARK = /^# imported: (sha256-[0-9a-f]{16})/m;
const MARK_NOTE = ' — written by `npm run import`; edit the fields it owns by hand and the next import stops unless --force';

/** Stable JSON: object keys sorted, undefined dropped. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

export const hashOf = (value: unknown): string => `sha256-${createHash('sha256').update(canonical(value)).digest('hex').slice(0, 16)}`;

/** The hash recorded in a file by an earlier import, if any. */
export function recordedHash(text: string): string | undefined {
  const fm = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').match(/^---\n([\s\S]*?)\n---/);
  return fm?.[1]!.match(MARK)?.[1];
}

/** YAML as the project writes it: no line folding, no anchors, double quotes where quoting is needed. */
export const dumpYaml = (data: object): string =>
  // js-yaml quotes the key n (a YAML 1.1 boolean); YAML 1.2, which js-yaml and Astro read, takes it as a plain string.
  yaml
    .dump(data, { lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false, replacer: (_k, v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v) })
    .replace(/^(\s*(?:- )?)"n":/gm, '$1n:');

/** A Markdown content file: optional hash line, frontmatter, body. */
export function renderFile(data: object, body: string, hash?: string): string {
  const mark = hash ? `${MARK_PREFIX}${hash}${MARK_NOTE}\n` : '';
  return `---\n${mark}${dumpYaml(data)}---\n${body ? `${body.trim()}\n` : ''}`;
}
