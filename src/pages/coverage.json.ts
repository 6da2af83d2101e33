/** /coverage.json: the coverage model as a static JSON file (same data as the /coverage/ page). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../data/catalogue.ts';
import { coverage, coverageJson } from '../lib/coverage.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(coverageJson(coverage(await getCatalogue())), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
