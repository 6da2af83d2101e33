/** /search-fold.json: the Traditional→Simplified table the search page folds queries with (built from the catalogue). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../data/catalogue.ts';
import { buildFoldTable, corpusTexts } from '../lib/search-fold.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(buildFoldTable(corpusTexts(await getCatalogue()))), {
  headers: { 'Content-Type': 'application/json' },
});
