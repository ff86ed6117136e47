/** The sitemap: every published page of the site at its canonical URL. */
import type { APIRoute } from 'astro';
import { loadPublished } from '../data/published.ts';
import { absoluteUrl, citePagePath, documentPath } from '../lib/site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const documents = (await loadPublished()).map((doc) => doc.document.meta).sort((a, b) => documentPath(a).localeCompare(documentPath(b)));
  const paths = ['', 'quotes/', 'methodology/', 'how-to-cite/', 'search/', ...documents.map((meta) => documentPath(meta)), ...documents.map((meta) => citePagePath(meta.slug))];
  const urls = paths.map((path) => `  <url><loc>${absoluteUrl(site ?? '', base, path)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
