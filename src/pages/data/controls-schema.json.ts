/** /data/controls-schema.json: the JSON Schema of /data/controls.json, generated from src/lib/controls/schemas.ts. */
import type { APIRoute } from 'astro';
import { siteOrigin } from '../../data/site.ts';
import { controlsJsonSchema } from '../../lib/controls/downloads.ts';

export const GET: APIRoute = ({ site }) => new Response(controlsJsonSchema(siteOrigin(site)), { headers: { 'Content-Type': 'application/json' } });
