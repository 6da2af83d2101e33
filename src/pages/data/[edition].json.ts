/** /data/<edition>.json: every entry version of one edition, with lineage, sources and completeness. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../data/catalogue.ts';
import { siteOrigin } from '../../data/site.ts';
import { editionJson } from '../../lib/catalogue/downloads.ts';

export const getStaticPaths = (async () => (await getCatalogue()).editions.map((e) => ({ params: { edition: e.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(editionJson(await getCatalogue(), params.edition!, siteOrigin(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
