/** Schema rules for single entries, editions and codes. */
import { describe, expect, test } from 'vitest';
import { normalizeCode } from '../../src/lib/shared/codes.ts';
import { EditionSchema, EntrySchema } from '../../src/lib/catalogue/schemas.ts';

const entry = (over: Record<string, unknown>) => ({
  edition: '2023',
  part: '限制',
  name: '测试技术',
  completeness: 'name-only',
  missing: ['控制要点'],
  sources: [{ title: '测试来源', grade: 'B' }],
  ...over,
});
const messages = (r: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('EntrySchema', () => {
  test('accepts a name-only entry without a code', () => {
    expect(EntrySchema.safeParse(entry({})).success).toBe(true);
  });
  test('a partial entry may hold control point 5 alone', () => {
    expect(EntrySchema.safeParse(entry({ completeness: 'partial', controlPoints: [{ n: 5, text: '要点' }] })).success).toBe(true);
  });
  test('a partial entry must say what is missing', () => {
    expect(messages(EntrySchema.safeParse(entry({ completeness: 'partial', missing: [] })))).toEqual(['missing: must say what is missing when completeness is partial']);
  });
  test('control point numbers of a partial entry rise', () => {
    expect(messages(EntrySchema.safeParse(entry({ completeness: 'partial', controlPoints: [{ n: 5, text: 'a' }, { n: 5, text: 'b' }] })))).toEqual([
      'controlPoints.1.n: must be greater than 5: control point numbers rise without repeats',
    ]);
  });
  test('grade C is refused as a source of wording', () => {
    expect(messages(EntrySchema.safeParse(entry({ sources: [{ title: 't', grade: 'C' }] })))).toEqual([
      'sources.0.grade: must be A or B; grade C material may not be published as catalogue wording',
    ]);
  });
  test('raw HTML in a name is refused', () => {
    expect(messages(EntrySchema.safeParse(entry({ name: '<script>x</script>' })))).toEqual(['name: must not contain raw HTML (< or >)']);
  });
  test('a source URL must be http(s)', () => {
    expect(messages(EntrySchema.safeParse(entry({ sources: [{ title: 't', grade: 'A', url: 'javascript:alert(1)' }] })))).toEqual([
      'sources.0.url: must be an http(s) URL',
    ]);
  });
});

describe('EditionSchema', () => {
  const edition = {
    edition: '2023', instrument: '公告', published: '2023-12-21', inForce: '2023-12-21',
    totals: { 禁止: 24, 限制: 110 }, arises: { kind: 'full-text' }, summary: '说明',
  };
  test('accepts dates as YAML dates or strings', () => {
    expect(EditionSchema.parse({ ...edition, published: new Date('2023-12-21') }).published).toBe('2023-12-21');
  });
  test('refuses impossible dates and negative totals', () => {
    expect(messages(EditionSchema.safeParse({ ...edition, inForce: '2023-02-30', totals: { 禁止: -1, 限制: 1.5 } }))).toEqual([
      'inForce: is not a real calendar date',
      'totals.禁止: must not be negative',
      'totals.限制: must be a whole number',
    ]);
  });
});

describe('normalizeCode', () => {
  test.each([
    ['203912X', '203912X'],
    ['203912x', '203912X'],
    ['２０３９１２Ｘ', '203912X'],
    [' 203912X ', '203912X'],
    ['20391X', undefined],
    ['稀土', undefined],
  ])('%s → %s', (input, out) => expect(normalizeCode(input)).toBe(out));
});
