/** Indexed lookups (timeline, versionsByCode) give exactly what a plain scan of the catalogue gives. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCatalogue } from '../../bench/synthetic.ts';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import type { Catalogue } from '../../src/lib/catalogue/model.ts';
import { allCodes, allVersions, entryKeys, timeline, versionsByCode, versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { loadFixture } from '../helpers/fixtures.ts';

const scanTimeline = (cat: Catalogue, key: string) =>
  cat.editions.flatMap((edition) => {
    const version = versionsIn(cat, edition.id).find((v) => v.key === key);
    const removal = cat.removals.find((r) => r.key === key && r.edition === edition.id);
    return version || removal ? [{ edition, version, removal }] : [];
  });
const scanByCode = (cat: Catalogue, code: string) => allVersions(cat).filter((v) => v.code === code || v.formerCodes.includes(code));

const dir = mkdtempSync(join(tmpdir(), 'queries-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases: [string, () => Catalogue, boolean][] = [
  ['basics fixture', () => loadFixture('basics'), false],
  // 400 fictional entries over 4 editions, with deletions, additions, renumbering and former codes.
  ['synthetic catalogue of 400 entries', () => (generateCatalogue(dir, 400), buildCatalogue(readContent(dir))), true],
];

describe.each(cases)('%s', (_, load, hasFormerCodes) => {
  const cat = load();

  test('timeline of every key matches the scan, removals included', () => {
    const keys = entryKeys(cat);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of [...keys, 'no-such-key']) expect(timeline(cat, key)).toEqual(scanTimeline(cat, key));
    expect(cat.removals.length).toBeGreaterThan(0);
  });

  test('versionsByCode of every code matches the scan, former codes included', () => {
    for (const code of [...allCodes(cat), '000000J']) expect(versionsByCode(cat, code)).toEqual(scanByCode(cat, code));
    expect(allVersions(cat).some((v) => v.formerCodes.length > 0)).toBe(hasFormerCodes);
  });

  test('a caller changing a returned list does not change the next answer', () => {
    const code = allCodes(cat)[0]!;
    versionsByCode(cat, code).length = 0;
    expect(versionsByCode(cat, code)).toEqual(scanByCode(cat, code));
  });
});
