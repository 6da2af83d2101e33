/** /data/controls.json: every export-control instrument and item, with statuses on the status date. */
import type { APIRoute } from 'astro';
import { getSiteContent, statusDate } from '../../data/controls.ts';
import { siteOrigin } from '../../data/site.ts';
import { controlsJson } from '../../lib/controls/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(controlsJson((await getSiteContent()).controls, statusDate(), siteOrigin(site)), { headers: { 'Content-Type': 'application/json' } });
