/** The sitemap: every published page of the site at its canonical URL. */
import type { APIRoute } from 'astro';
import { loadPublished } from '../data/published.ts';
import { checkedCorpus } from '../data/corpus.ts';
import { absoluteUrl, capturePath, citePagePath, correctionsPath, documentPath, rawViewPath } from '../lib/site/routes.ts';

/** The sitemap's XML, its URLs in a fixed order so that builds compare byte for byte. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const documents = (await loadPublished()).map((doc) => doc.document.meta).sort((a, b) => documentPath(a).localeCompare(documentPath(b)));
  const captures = checkedCorpus().captures;
  const seeds = [...new Set([...documents.map((meta) => meta.seed), ...captures.map((c) => c.seed)])].sort();
  const paths = [
    '',
    'quotes/',
    'methodology/',
    'how-to-cite/',
    'search/',
    correctionsPath(),
    ...documents.map((meta) => documentPath(meta)),
    ...documents.map((meta) => citePagePath(meta.slug)),
    ...captures.map((c) => capturePath(c.source, c.id)),
    ...seeds.map(rawViewPath),
  ];
  const urls = paths.map((path) => `  <url><loc>${absoluteUrl(site ?? '', base, path)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
