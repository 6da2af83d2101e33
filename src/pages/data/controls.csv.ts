/** /data/controls.csv: one row per controlled item, with its status on the status date. */
import type { APIRoute } from 'astro';
import { getSiteContent, statusDate } from '../../data/controls.ts';
import { siteOrigin } from '../../data/site.ts';
import { controlsCsv } from '../../lib/controls/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(controlsCsv((await getSiteContent()).controls, statusDate(), siteOrigin(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
