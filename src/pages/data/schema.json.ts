/** /data/schema.json: the JSON Schema of the edition downloads, generated from src/lib/catalogue/schemas.ts. */
import type { APIRoute } from 'astro';
import { siteOrigin } from '../../data/site.ts';
import { downloadJsonSchema } from '../../lib/catalogue/downloads.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(downloadJsonSchema(siteOrigin(site)), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
