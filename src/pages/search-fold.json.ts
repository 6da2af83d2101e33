/** /search-fold.json: the Traditional→Simplified table the search page folds queries with (built from both regimes' wording). */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../data/controls.ts';
import { controlTexts } from '../lib/controls/search.ts';
import { buildFoldTable, corpusTexts } from '../lib/search/search-fold.ts';

export const GET: APIRoute = async () => {
  const { catalogue, controls } = await getSiteContent();
  return new Response(JSON.stringify(buildFoldTable([...corpusTexts(catalogue), ...controlTexts(controls)])), {
    headers: { 'Content-Type': 'application/json' },
  });
};
