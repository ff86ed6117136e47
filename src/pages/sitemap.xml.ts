/** The sitemap: the home page and every document page, at their canonical URLs. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { documentPath } from '../lib/documents.ts';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const paths = ['', ...(await getCollection('documents')).map((entry) => documentPath(entry.data))];
  const urls = paths.map((path) => `  <url><loc>${new URL(withBase(base, path), site).href}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
