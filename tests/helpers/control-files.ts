/** Fictional control files for unit tests of the status rules and the downloads: a measure, and a suspension of others. */
import type { RawFile } from '../../src/lib/shared/read-content.ts';

/** Two sources: a copy (grade B) and a news report (B-), for dates whose grade a page must name. */
export const SOURCES = [
  { id: 'copy', title: '测试副本', grade: 'B' },
  { id: 'news', title: '测试报道', grade: 'B-' },
];

/** A measure published and in force on 2025-01-01 (from the copy), one clause, no items; `data` replaces any field. */
export const controlFile = (id: string, data: Record<string, unknown>): RawFile => ({
  file: `content/controls/${id}.md`,
  body: '',
  data: { id, kind: 'measure', subject: '测试', checkedThrough: '2026-06-17', sources: SOURCES, published: { date: '2025-01-01', source: 'copy' }, inForce: { onPublication: true, source: 'copy' }, clauses: [{ id: '1', label: '一', text: '一、测试。', source: 'copy' }], items: [], ...data },
});

/** One `suspends` relation from the copy: `target` (with `extra`, e.g. targetClause) from `from` to `until`, inclusive. */
export const suspends = (target: string, from: string, until: string, extra: Record<string, unknown> = {}) => ({ type: 'suspends', target, from, until, source: 'copy', ...extra });

/** A suspension instrument published on the first day of its first relation, with one operative clause. */
export const suspensionFile = (id: string, relations: Record<string, unknown>[], extra: Record<string, unknown> = {}): RawFile =>
  controlFile(id, { kind: 'suspension', published: { date: (relations[0] as { from: string }).from, source: 'copy' }, clauses: [{ id: 'operative', label: '正文', text: '暂停实施。', source: 'copy' }], relations, ...extra });
