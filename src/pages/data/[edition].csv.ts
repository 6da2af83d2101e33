/** /data/<edition>.csv: one row per control point (UTF-8 with BOM so spreadsheet programs read the Chinese). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../data/catalogue.ts';
import { siteOrigin } from '../../data/site.ts';
import { editionCsv } from '../../lib/catalogue/downloads.ts';

export const getStaticPaths = (async () => (await getCatalogue()).editions.map((e) => ({ params: { edition: e.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(editionCsv(await getCatalogue(), params.edition!, siteOrigin(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
