/** /data/status-events.json: the dated facts every status is computed from; pages' scripts read it to give the status on a chosen date. */
import type { APIRoute } from 'astro';
import { getSiteContent, statusDate } from '../../data/controls.ts';
import { statusEventsJson } from '../../lib/controls/status-events-file.ts';

export const GET: APIRoute = async () => {
  const { controls, catalogue } = await getSiteContent();
  return new Response(statusEventsJson(controls, catalogue, statusDate()), { headers: { 'Content-Type': 'application/json' } });
};
