/** The sitemap: every page of the site at its canonical URL. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { documentPath } from '../lib/sources/documents.ts';
import { withBase } from '../lib/site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const documents = (await getCollection('documents')).map((entry) => entry.data);
  const paths = ['', 'quotes/', 'methodology/', 'how-to-cite/', 'search/', ...documents.map((meta) => documentPath(meta)), ...documents.map((meta) => `cite/${meta.slug}/`)];
  const urls = paths.map((path) => `  <url><loc>${new URL(withBase(base, path), site).href}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
