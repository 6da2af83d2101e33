/** Every download read back from the built site and checked against the content model: counts, codes, control point texts. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { CSV_COLUMNS } from '../../src/lib/catalogue/downloads.ts';
import type { Catalogue } from '../../src/lib/catalogue/model.ts';
import { heldCounts, officialTotal, versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { DownloadEditionSchema, type DownloadEdition } from '../../src/lib/catalogue/schemas.ts';
import { dataUrl, editionCsvUrl, editionJsonUrl, schemaJsonUrl } from '../../src/lib/site/urls.ts';
import { parseCsv } from '../helpers/csv.ts';
import { page, text } from '../helpers/html.ts';

const siteDir = inject('siteDir');
let cat: Catalogue;
beforeAll(() => {
  cat = buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url))));
});
const read = (path: string): string => readFileSync(join(siteDir, path), 'utf8');

describe('parseCsv (the test’s own reader)', () => {
  test('reads quotes, commas and line breaks inside fields', () => {
    expect(parseCsv('a,"b,c","d""e","f\r\ng"\r\n,\r\n')).toEqual([['a', 'b,c', 'd"e', 'f\r\ng'], ['', '']]);
  });
});

describe('/data/<edition>.json', () => {
  test('one file per edition with every held entry version, its codes and control point texts', () => {
    for (const e of cat.editions) {
      const d = JSON.parse(read(editionJsonUrl(e.id))) as DownloadEdition;
      const versions = versionsIn(cat, e.id);
      expect(d.edition.edition).toBe(e.id);
      expect(d.edition.instrument).toBe(e.data.instrument);
      expect(d.entries.length).toBe(versions.length);
      expect(d.entries.map((x) => [x.key, x.code ?? null, x.name])).toEqual(versions.map((v) => [v.key, v.code ?? null, v.name]));
      d.entries.forEach((x, i) => {
        const v = versions[i]!;
        expect(x.controlPoints.map((cp) => [cp.n ?? null, cp.text ?? null, cp.anchor])).toEqual(v.controlPoints.map((cp) => [cp.n ?? null, cp.text ?? null, cp.anchor]));
        expect(x.sources.map((s) => s.grade + s.title)).toEqual(v.sources.map((s) => s.grade + s.title));
        expect(x.missing).toEqual(v.missing);
        expect(x.lineage.some((l) => l.edition === e.id && l.status === 'present')).toBe(true);
      });
      const h = heldCounts(versions);
      expect(d.completeness.total).toEqual({ official: officialTotal(e), held: h.total, complete: h.complete, partial: h.partial, nameOnly: h.nameOnly });
      expect(d.removed.map((r) => r.key)).toEqual(cat.removals.filter((r) => r.edition === e.id).map((r) => r.key));
    }
  });

  test('the official totals of each part, as the editions published them (content/editions/*.md, grade A)', () => {
    const official = (id: string) => {
      const c = (JSON.parse(read(editionJsonUrl(id))) as DownloadEdition).completeness;
      return [c.total.official, c.禁止.official, c.限制.official];
    };
    expect(Object.fromEntries(cat.editions.map((e) => [e.id, official(e.id)]))).toEqual({
      '2008': [150, 33, 117],
      '2020': [164, 29, 135],
      '2023': [134, 24, 110],
      '2025': [132, 23, 109],
    });
  });

  test('each file validates against /data/schema.json and against the zod schema it was generated from', () => {
    const schema = JSON.parse(read(schemaJsonUrl()));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const validate = new Ajv({ allErrors: true, validateFormats: false }).compile(schema);
    for (const e of cat.editions) {
      const d = JSON.parse(read(editionJsonUrl(e.id)));
      expect(validate(d) ? [] : validate.errors, editionJsonUrl(e.id)).toEqual([]);
      expect(DownloadEditionSchema.safeParse(d).error?.issues ?? []).toEqual([]);
    }
    // The schema can fail: a file without entries is rejected.
    expect(validate({ ...JSON.parse(read(editionJsonUrl(cat.editions[0]!.id))), entries: undefined })).toBe(false);
  });
});

describe('/data/<edition>.csv', () => {
  test('UTF-8 with BOM; one row per control point, one for an entry without any; texts and codes as in the content', () => {
    for (const e of cat.editions) {
      const raw = read(editionCsvUrl(e.id));
      expect(raw.charCodeAt(0)).toBe(0xfeff);
      const [header, ...rows] = parseCsv(raw.slice(1));
      expect(header).toEqual([...CSV_COLUMNS]);
      const col = (name: (typeof CSV_COLUMNS)[number]) => header!.indexOf(name);
      const expected = versionsIn(cat, e.id).flatMap((v) =>
        (v.controlPoints.length ? v.controlPoints : [undefined]).map((cp) => [v.key, v.code ?? '', v.name, cp?.n?.toString() ?? '', cp?.text ?? '']),
      );
      expect(rows.map((r) => [r[col('key')], r[col('code')], r[col('name')], r[col('cp_n')], r[col('cp_text')]])).toEqual(expected);
      for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
    }
  });
});

describe('/data/ page', () => {
  test('lists every file under /data/ and /coverage.json with its true size, and each edition’s completeness', () => {
    const doc = page(siteDir, dataUrl());
    const listed = new Map(doc.querySelectorAll('a[data-bytes]').map((a) => [a.getAttribute('href')!, Number(a.getAttribute('data-bytes'))]));
    // Without the .gz and .br copies the build writes beside text files for nginx (not downloads of their own).
    const onDisk = readdirSync(join(siteDir, 'data')).filter((f) => f !== 'index.html' && !/\.(gz|br)$/.test(f));
    // The feeds of changes (Atom, both languages) are listed there too.
    expect([...listed.keys()].sort()).toEqual([...onDisk.map((f) => `/data/${f}`), '/coverage.json', '/feed.xml', '/en/feed.xml'].sort());
    for (const [href, bytes] of listed) expect(bytes, href).toBe(statSync(join(siteDir, href)).size);
    for (const e of cat.editions) {
      expect(text(doc.querySelector(`[data-testid="held-${e.id}"]`))).toBe(`${versionsIn(cat, e.id).length} / ${officialTotal(e)}`);
    }
  });
});
