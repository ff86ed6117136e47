/** /corrections.json: every dated correction to a published claim, as open data. */
import type { APIRoute } from 'astro';
import { checkedCorpus } from '../data/corpus.ts';
import { absoluteUrl, anchorPath } from '../lib/site/routes.ts';

/** The corrections as JSON, each claim linked at its permanent anchor. */
export const GET: APIRoute = ({ site }) => {
  const absolute = (path: string) => absoluteUrl(site ?? '', import.meta.env.BASE_URL, path);
  const corrections = checkedCorpus().corrections.map((c) => ({
    date: c.date,
    claim: absolute(anchorPath({ kind: 'report', slug: c.report }, c.claim)),
    report: c.report,
    id: c.claim,
    field: c.field,
    was: c.was,
    became: c.became,
    why: c.why,
  }));
  return new Response(`${JSON.stringify({ corrections }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
