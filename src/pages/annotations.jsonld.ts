/** /annotations.jsonld: every claim as a W3C Web Annotation. */
import type { APIRoute } from 'astro';
import { loadPublished } from '../data/published.ts';
import { checkedCorpus } from '../data/corpus.ts';
import { withBase, documentPath } from '../lib/site/routes.ts';
import { annotationCollection } from '../lib/citation/web-annotations.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(withBase(base, path), site).href;
  const { corrections } = checkedCorpus();
  const correctionsOf = (report: string, claim: string) => corrections.filter((c) => c.report === report && c.claim === claim);
  const located = (await loadPublished()).flatMap(({ entry, claims }) => claims.map((claim) => ({ report: entry.data, reportUrl: absolute(documentPath(entry.data)), claim, corrections: correctionsOf(entry.data.slug, claim.id) })));
  const body = annotationCollection(located, {
    collectionUrl: absolute('annotations.jsonld'),
    passageUrl: (source, anchor) => `${absolute(`sources/${source}/`)}#${anchor}`,
    creator: { name: 'Red Lines, Annotated', homepage: absolute('') },
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } });
};
