/** /data/changes-<from>-<to>.json: the changes between two consecutive editions, from the same model as the pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../data/catalogue.ts';
import { allChanges } from '../../lib/changes.ts';

export const getStaticPaths = (async () => allChanges(await getCatalogue()).map((c) => ({ params: { pair: c.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const c = allChanges(await getCatalogue()).find((x) => x.slug === params.pair)!;
  const body = {
    about:
      'Changes between two consecutive editions of 中国禁止出口限制出口技术目录. `official` are the counts the authorities published; ' +
      '`counts` set them beside the changes this site identifies. `shortName` is a short name used in MOFCOM’s Q&A, not an official entry name. ' +
      'Every `sources[].grade` is A (official text) or B (official wording quoted by a secondary source).',
    from: c.from,
    to: c.to,
    via: c.via,
    official: c.official,
    countsSource: c.countsSource,
    counts: c.counts,
    determined: c.determined,
    complete: c.complete,
    changes: c.changes,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
