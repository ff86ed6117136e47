/**
 * A report's text as HTML, made from its MDX file when its page is rendered.
 * The same MDX processor and document plugins as every page, then its claims
 * marked from the checked corpus, written out as Astro writes MDX
 * (lib/sources/document-html.ts). Reports do not go through Astro's MDX
 * integration: each would become a module of the site's bundle, and the
 * bundler's memory grows with every one (about 125 KiB a report).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { CheckedDocument } from '../lib/corpus/corpus.ts';
import { documentHtml } from '../lib/sources/document-html.ts';
import { renderingPlugins } from '../plugins/document-plugins.ts';
import { mdxHast } from '../plugins/mdx-hast.ts';
import rehypeClaimMarks from '../plugins/rehype-claim-marks.ts';
import { mdxBody } from './read-page.ts';
import type { ProjectPaths } from './project-paths.ts';

/** A renderer of reports for one site base. It reads each report's file as it is at that moment, so the dev server shows every edit. */
export function reportRenderer(paths: ProjectPaths, base: string): (document: CheckedDocument) => string {
  return (document) => {
    // A reader per report, for its claims; making one costs a few hundredths of a millisecond.
    const read = mdxHast([...renderingPlugins(base), [rehypeClaimMarks, { claims: document.claims, draft: document.meta.draft === true }]]);
    const source = readFileSync(join(paths.root, document.path), 'utf8');
    const file = new VFile({
      value: mdxBody(source),
      path: document.path,
      data: { astro: { frontmatter: { slug: document.meta.slug, kind: document.meta.kind } } },
    });
    return documentHtml(read(file));
  };
}
