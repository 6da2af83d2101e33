/** The English of our own prose in the model, the counts and the downloads, on the fictional `prose-en` fixture. */
import { describe, expect, test } from 'vitest';
import { controlsRecord } from '../../src/lib/controls/downloads.ts';
import { DownloadControlsSchema } from '../../src/lib/controls/schemas.ts';
import { editionRecord } from '../../src/lib/catalogue/downloads.ts';
import { ContentError } from '../../src/lib/shared/errors.ts';
import { allVersions } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { DownloadEditionSchema } from '../../src/lib/catalogue/schemas.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { proseCounts } from '../../src/lib/site/translations.ts';
import { fixtureRoot, loadSiteFixture } from '../helpers/fixtures.ts';

const site = loadSiteFixture('prose-en');
const version = (key: string) => allVersions(site.catalogue).find((v) => v.key === key)!;

describe('the model carries the English beside the Chinese', () => {
  test('an entry: the note of a point, what is missing (item by item), the body', () => {
    const a = version('test-a');
    expect(a.controlPoints[0]).toMatchObject({ note: '要点一的说明。', noteEn: 'A note on point one & "its" wording.' });
    expect(a.missingEn).toEqual(['The wording of control point 2', 'The industry heading']);
    expect(a.origin).toMatchObject({ kind: 'file', bodyEn: expect.stringMatching(/^Our \*\*notes\*\* in English/) });
    const b = version('test-b');
    expect([b.missingEn, b.controlPoints[0]!.noteEn, b.origin.kind === 'file' && b.origin.bodyEn]).toEqual([undefined, undefined, undefined]);
  });

  test('an announcement: clause note, item notes, relation note; a cross-reference: its reason', () => {
    const inst = site.controls.byId.get('2001-1')!;
    expect(inst.clauses.map((c) => c.noteEn)).toEqual(['A note on clause 1.', undefined, undefined]);
    expect(inst.items[0]).toMatchObject({ codeNoteEn: 'A note on the code.', noteEn: 'A note on the item.' });
    expect(site.controls.byId.get('2001-2')!.outgoing[0]).toMatchObject({ note: '只有中文的关系说明。' });
    expect(site.controls.byId.get('2001-2')!.outgoing[0]!.noteEn).toBeUndefined();
    expect(site.crossReferences.map((r) => r.reasonEn)).toEqual(['Both concern the test technology (our editorial link).', undefined]);
  });
});

describe('counts of our prose in English (the coverage page)', () => {
  test('each field and list item once, as written in the content', () => {
    expect(proseCounts(site.catalogue, site.controls, site.crossReferences, site.related)).toEqual([
      // Edition: summary, later changes found and their basis, the official page's label, a source's title and note;
      // test-a: a point's note, two missing items, a source's title, covers and note; test-b: note, missing, source.
      { kind: 'catalogue-notes', held: 16, translated: 11 },
      // 2001-1: summary, date note, two clause notes, code note and note, two gaps, a conflict, a label, two sources;
      // 2001-2: summary, relation note, gap, conflict, source title.
      { kind: 'controls-notes', held: 19, translated: 11 },
      { kind: 'cross-reference-reasons', held: 2, translated: 1 },
      { kind: 'related-notes', held: 9, translated: 7 },
      { kind: 'bodies', held: 6, translated: 4 },
    ]);
  });
});

describe('bodyEn follows the rules of a body', () => {
  test('raw HTML in bodyEn is refused, naming the file and the field', () => {
    const raw = readContent(fixtureRoot('prose-en'));
    const file = raw.entries.find((f) => f.file.endsWith('test-a.md'))!;
    (file.data as Record<string, unknown>)['bodyEn'] = 'Fine.\n\n<script>alert(1)</script>';
    let problems: string[] = [];
    try {
      buildSiteContent(raw);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems = e.problems.map((p) => `${p.file} — ${p.field}: ${p.reason}`);
    }
    expect(problems).toEqual(['content/entries/2001/test-a.md — bodyEn line 3: contains raw HTML "<script>alert(1)</script>"; write Markdown only (raw HTML is rejected, not sanitised)']);
  });
});

describe('downloads', () => {
  test('both JSON records validate against their schemas with the English in them', () => {
    const edition = editionRecord(site.catalogue, '2001', 'https://example.org');
    expect(DownloadEditionSchema.parse(JSON.parse(JSON.stringify(edition)))).toBeTruthy();
    expect(edition.entries.find((e) => e.key === 'test-a')!.uncertain).toBeUndefined();
    const controls = controlsRecord(site.controls, '2026-11-29', 'https://example.org');
    expect(DownloadControlsSchema.parse(JSON.parse(JSON.stringify(controls)))).toBeTruthy();
    expect(controls.instruments.find((i) => i.id === '2001-1')!.officialUrls).toEqual([{ label: '测试官方网址', labelEn: 'Test official address', url: 'https://example.org/official/2001-1' }]);
  });
});
