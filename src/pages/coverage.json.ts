/** /coverage.json: the coverage model as a static JSON file (same data as the /coverage/ page). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../data/catalogue.ts';
import { coverageFile } from '../lib/catalogue/downloads.ts';

export const GET: APIRoute = async () =>
  new Response(coverageFile(await getCatalogue()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
