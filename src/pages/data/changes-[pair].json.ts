/** /data/changes-<from>-<to>.json: the changes between two consecutive editions, from the same model as the pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../data/catalogue.ts';
import { allChanges } from '../../lib/catalogue/changes.ts';
import { changesJson } from '../../lib/catalogue/downloads.ts';

export const getStaticPaths = (async () => allChanges(await getCatalogue()).map((c) => ({ params: { pair: c.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(changesJson(await getCatalogue(), params.pair!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
