/** /en/feed.xml: the English Atom feed of events (src/lib/site/feed.ts). */
import type { APIRoute } from 'astro';
import { getSiteContent, statusDate } from '../../data/controls.ts';
import { siteOrigin } from '../../data/site.ts';
import { feedXml } from '../../lib/site/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalogue, controls } = await getSiteContent();
  return new Response(feedXml(catalogue, controls, statusDate(), siteOrigin(site), 'en'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
