/** /annotations.jsonld: every claim as a W3C Web Annotation. */
import type { APIRoute } from 'astro';
import { loadPublished } from '../data/published.ts';
import { checkedCorpus } from '../data/corpus.ts';
import { absoluteUrl, capturePath, documentPath, sourceAnchorPath } from '../lib/site/routes.ts';
import { citeCaptures } from '../lib/captures/cite-captures.ts';
import { captureName } from '../lib/captures/capture-schema.ts';
import type { CheckedCapture } from '../lib/captures/capture.ts';
import type { CheckedClaim } from '../lib/claims/claim.ts';
import { annotationCollection } from '../lib/citation/web-annotations.ts';

/** The annotation collection, each claim's target resolved to the captures that hold its passages. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => absoluteUrl(site ?? '', base, path);
  const { corrections, captures } = checkedCorpus();
  const correctionsOf = (report: string, claim: string) => corrections.filter((c) => c.report === report && c.claim === claim);
  const ref = (c: CheckedCapture) => ({ url: absolute(capturePath(c.source, c.id)), name: captureName(c.label, c.meta?.type) });
  // Every cite resolves to its source's reading capture at least, so `cited` is always found for a checked claim.
  const capturesOf = (claim: CheckedClaim) => citeCaptures(captures, claim).map(({ cited, others }) => ({ cited: ref(cited!), others: others.map(ref) }));
  const located = (await loadPublished()).flatMap(({ document: { meta, claims } }) =>
    claims.map((claim) => ({
      report: meta,
      reportUrl: absolute(documentPath(meta)),
      claim,
      captures: capturesOf(claim),
      corrections: correctionsOf(meta.slug, claim.id),
    })),
  );
  const body = annotationCollection(located, {
    collectionUrl: absolute('annotations.jsonld'),
    passageUrl: (source, anchor) => absolute(sourceAnchorPath(source, anchor)),
    creator: { name: 'Red Lines, Annotated', homepage: absolute('') },
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } });
};
