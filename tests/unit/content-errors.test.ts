/** Malformed content fails with a message naming the file, the field and the reason — tested word for word. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BAD_CONTENT } from '../helpers/bad-content.ts';
import { fixtureError, fixtureRoot, loadFixture } from '../helpers/fixtures.ts';

describe('bad content is rejected with file, field and reason', () => {
  test.each(BAD_CONTENT)('%s', (name, line) => {
    expect(fixtureError(`bad-content/${name}`)).toBe(`Invalid content (1 problem):\n  ${line}`);
  });

  test('every fixture folder is listed above, and there are at least 25', () => {
    const folders = readdirSync(fixtureRoot('bad-content')).sort();
    expect(folders).toEqual(BAD_CONTENT.map(([name]) => name).sort());
    expect(folders.length).toBeGreaterThanOrEqual(25);
  });
});

describe('what is accepted', () => {
  test('a UTF-8 BOM and CRLF line endings are accepted, and read as if they were not there', () => {
    const raw = readFileSync(`${fixtureRoot('bom-crlf')}/content/entries/2001/test-a.md`);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.includes('\r\n')).toBe(true);
    const cat = loadFixture('bom-crlf');
    const a = cat.versions.get('2001')!.find((v) => v.key === 'test-a')!;
    expect(a.name).toBe('测试技术甲');
    expect(a.controlPoints.map((cp) => cp.text)).toEqual(['测试技术甲的第一个测试要点', '测试技术甲的第二个测试要点']);
    expect(a.origin.kind === 'file' && a.origin.body).toBe('虚构条目，仅供测试。\n\n第二段：文件以 BOM 开头，行尾为 CRLF。');
  });
});
