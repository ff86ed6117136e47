/** /cite/<slug>.bib, .ris and .json: each document's citation as a downloadable file. */
import type { APIRoute } from 'astro';
import { citationsFor } from '../../data/citations.ts';
import { loadPublished } from '../../data/published.ts';
import { CITATION_FILES } from '../../lib/citation/citation-files.ts';
import type { Citations } from '../../lib/citation/citation.ts';

const FIELD: Record<keyof typeof CITATION_FILES, keyof Citations> = { bib: 'bibtex', ris: 'ris', json: 'cslJson' };

/** One file of each citation format for every published document. */
export async function getStaticPaths() {
  const documents = (await loadPublished()).map((doc) => doc.document.meta);
  return documents.flatMap((meta) =>
    (Object.keys(CITATION_FILES) as Array<keyof typeof CITATION_FILES>).map((ext) => ({
      params: { file: `${meta.slug}.${ext}` },
      props: { meta, ext },
    })),
  );
}

/** A citation file's text, with the media type reference managers expect for its format. */
export const GET: APIRoute = ({ props, site }) => {
  const ext = props['ext'] as keyof typeof CITATION_FILES;
  return new Response(`${citationsFor(props['meta'], site)[FIELD[ext]]}\n`, { headers: { 'Content-Type': CITATION_FILES[ext] } });
};
