/**
 * The catalogue's routes, shared by the Chinese pages (src/pages/…) and their English counterparts (src/pages/en/…):
 * getStaticPaths, and each page's title and description in either language.
 */
import type { GetStaticPaths } from 'astro';
import { getCatalogue } from '../../data/catalogue.ts';
import { allChanges } from '../../lib/catalogue/changes.ts';
import { comparePairs } from '../../lib/catalogue/compare.ts';
import { instrumentEn } from '../../lib/catalogue/citation.ts';
import { nameTitleEn } from '../../lib/catalogue/names.ts';
import { allCodes, editionLabel, entryKeys, getEdition, industries, PART_LABEL, timeline, versionsIn } from '../../lib/catalogue/queries.ts';
import { PARTS } from '../../lib/catalogue/schemas.ts';
import { absentEditions } from '../../lib/catalogue/standing.ts';
import { NO_INDUSTRY_SLUG, PART_SLUG } from '../../lib/site/urls.ts';
import type { Locale } from '../../lib/site/i18n.ts';

export const editionPaths = (async () => (await getCatalogue()).editions.map((e) => ({ params: { edition: e.id } }))) satisfies GetStaticPaths;

export const partPaths = (() => PARTS.map((part) => ({ params: { part: PART_SLUG[part] }, props: { part } }))) satisfies GetStaticPaths;

export const industryPaths = (async () => [
  ...industries(await getCatalogue()).map((heading) => ({ params: { heading } })),
  { params: { heading: NO_INDUSTRY_SLUG } },
]) satisfies GetStaticPaths;

export const codePaths = (async () => allCodes(await getCatalogue()).map((code) => ({ params: { code } }))) satisfies GetStaticPaths;

export const entryHistoryPaths = (async () => entryKeys(await getCatalogue()).map((key) => ({ params: { key } }))) satisfies GetStaticPaths;

export const entryPaths = (async () => {
  const cat = await getCatalogue();
  return [
    ...cat.editions.flatMap((e) => versionsIn(cat, e.id).map((v) => ({ params: { key: v.key, edition: e.id } }))),
    ...cat.removals.map((r) => ({ params: { key: r.key, edition: r.edition } })),
    // Editions in which we hold nothing of the entry: a page that explains, rather than a bare 404.
    ...entryKeys(cat).flatMap((key) => absentEditions(cat, key).map((e) => ({ params: { key, edition: e.id } }))),
  ];
}) satisfies GetStaticPaths;

/** A compare page for each pair of editions next to each other among those that hold the entry; other pairs are compared in the browser, on the history page. */
export const comparePaths = (async () => {
  const cat = await getCatalogue();
  return entryKeys(cat).flatMap((key) => comparePairs(cat, key).flatMap((p) => (p.page ? [{ params: { key, range: `${p.a}...${p.b}` } }] : [])));
}) satisfies GetStaticPaths;

export const amendmentPaths = (async () => (await getCatalogue()).amendments.map((a) => ({ params: { id: a.id } }))) satisfies GetStaticPaths;

export const changesPairPaths = (async () => allChanges(await getCatalogue()).map((c) => ({ params: { pair: c.slug } }))) satisfies GetStaticPaths;

/** An instrument's designation in English pages' titles: the English form, or the Chinese when it has none. */
const instrumentTitle = (zh: string): string => instrumentEn(zh) ?? zh;

/** Title and description of an entry page (the version, its removal, or its absence). */
export async function entryMeta(key: string, editionId: string, locale: Locale): Promise<{ title: string; description: string }> {
  const cat = await getCatalogue();
  const edition = getEdition(cat, editionId);
  const steps = timeline(cat, key);
  const step = steps.find((s) => s.edition.id === editionId);
  const shown = step?.version ?? step?.removal?.last ?? steps.flatMap((s) => (s.version ? [s.version] : [])).at(-1)!;
  if (locale === 'en') {
    return {
      title: `${nameTitleEn(shown.name, shown.nameEn)}${shown.code ? `, ${shown.code}` : ''} · ${editionId} edition`,
      description: `Catalogue of Technologies Prohibited or Restricted from Export, ${editionId} edition (${instrumentTitle(edition.data.instrument)}), ${PART_LABEL[shown.part].en} part: ${nameTitleEn(shown.name, shown.nameEn)}, code ${shown.code ?? 'not held'}.`,
    };
  }
  return {
    title: `${shown.name}${shown.code ? `（${shown.code}）` : ''} · ${editionLabel(editionId)}`,
    description: `《中国禁止出口限制出口技术目录》${editionLabel(editionId)}（${edition.data.instrument}）${PART_LABEL[shown.part].zh}部分条目：${shown.name}，编号${shown.code ?? '未知'}。`,
  };
}
