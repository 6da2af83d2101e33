/** How the importer writes content files: stable JSON for its hash, the hash line, YAML as the project writes it (src/lib/importer/files.ts). */
import { describe, expect, test } from 'vitest';
import { canonical, dumpYaml, hashOf, MARK_PREFIX, recordedHash, renderFile } from '../../src/lib/importer/files.ts';

describe('the hash of what the importer owns', () => {
  test('keys sorted at every depth, arrays kept in order, undefined dropped', () => {
    expect(canonical({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(hashOf({ a: 1, b: 2 })).toBe(hashOf({ b: 2, a: 1 }));
    expect(hashOf({ a: [1, 2] })).not.toBe(hashOf({ a: [2, 1] }));
    expect(hashOf({ a: 1 })).toMatch(/^sha256-[0-9a-f]{16}$/);
  });
});

describe('the hash line', () => {
  const written = renderFile({ id: 'x' }, '正文', 'sha256-0123456789abcdef');
  test('is read back from the first lines of the frontmatter', () => {
    expect(written.split('\n').slice(0, 3)).toEqual([
      '---',
      `${MARK_PREFIX}sha256-0123456789abcdef — written by \`npm run import\`; edit the fields it owns by hand and the next import stops unless --force`,
      'id: x',
    ]);
    expect(recordedHash(written)).toBe('sha256-0123456789abcdef');
  });
  test('after a byte-order mark and with Windows or old Mac line ends', () => {
    expect(recordedHash(`\uFEFF${written}`)).toBe('sha256-0123456789abcdef');
    expect(recordedHash(written.replace(/\n/g, '\r\n'))).toBe('sha256-0123456789abcdef');
    expect(recordedHash(written.replace(/\n/g, '\r'))).toBe('sha256-0123456789abcdef');
  });
  test('never from the body, nor from a file that does not start with its frontmatter', () => {
    expect(recordedHash(`---\nid: x\n---\n${MARK_PREFIX}sha256-0123456789abcdef\n`)).toBeUndefined();
    expect(recordedHash(`text\n${written}`)).toBeUndefined();
    expect(recordedHash(renderFile({ id: 'x' }, ''))).toBeUndefined();
  });
});

describe('YAML as the project writes it', () => {
  test('no folding of long lines, no anchors for repeated objects, double quotes, keys in the given order, dates as days', () => {
    const shared = { a: 1 };
    const long = '长'.repeat(200);
    expect(dumpYaml({ z: long, list: [shared, shared], x: "it's", w: new Date('2025-07-15T00:00:00Z'), v: '2025' })).toBe(
      `z: ${long}\nlist:\n  - a: 1\n  - a: 1\nx: it's\nw: "2025-07-15"\nv: "2025"\n`,
    );
  });
  test('the key n stays plain, at any depth and in lists', () => {
    expect(dumpYaml({ n: 1, points: [{ n: 2, text: 'a' }], nested: { n: 3 } })).toBe('n: 1\npoints:\n  - n: 2\n    text: a\nnested:\n  n: 3\n');
    // A value "n" is not a key: it stays quoted.
    expect(dumpYaml({ a: 'n' })).toBe('a: "n"\n');
  });
  test('a file: frontmatter, then the body trimmed and ended by one newline, or nothing', () => {
    expect(renderFile({ id: 'x' }, '\n\n正文\n\n')).toBe('---\nid: x\n---\n正文\n');
    expect(renderFile({ id: 'x' }, '')).toBe('---\nid: x\n---\n');
  });
});
