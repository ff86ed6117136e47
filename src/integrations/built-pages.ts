/**
 * The last guard, after Astro has written the site: every built document
 * page must read exactly as its seed and carry exactly the checked corpus's
 * anchors, in order. It catches anything in rendering that rewrites words
 * (SmartyPants, compressHTML, a component) or renumbers passages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { CheckedCorpus } from '../lib/corpus/corpus.ts';
import { compareText } from '../lib/sources/fidelity.ts';
import { sourceTextOf, sourceTextRegion } from '../lib/sources/page-text.ts';
import { documentPath } from '../lib/site/routes.ts';
import type { ProjectPaths } from '../build/project-paths.ts';

function anchorProblem(file: string, built: string[], checked: string[]): string | undefined {
  const at = checked.findIndex((id, i) => built[i] !== id);
  if (at < 0 && built.length === checked.length) return undefined;
  const index = at < 0 ? checked.length : at;
  return `${file}: Built passages differ from the checked corpus at position ${index + 1}: expected \`${checked[index] ?? 'none'}\`, found \`${built[index] ?? 'none'}\`. The renderer's plugins must match the corpus loader's (src/plugins/document-plugins.ts).`;
}

/** Problems where a built document page differs from its seed or from the corpus's anchors. */
export function builtPageProblems(outDir: string, paths: ProjectPaths, corpus: CheckedCorpus): string[] {
  return corpus.documents.flatMap((doc) => {
    const file = join(outDir, documentPath(doc.meta), 'index.html');
    const region = sourceTextRegion(fromHtml(readFileSync(file, 'utf8')));
    if (!region) return [`${file}: The page has no \`data-source-text\` region, so its text cannot be checked against its seed.`];
    const problems: string[] = [];
    const divergence = compareText(readFileSync(join(paths.seeds, doc.meta.seed), 'utf8'), sourceTextOf(region));
    if (divergence)
      problems.push(
        `${file}: Built text differs from seed \`${doc.meta.seed}\`: expected “${divergence.expected}”, found “${divergence.found}”. Something in rendering rewrote words (SmartyPants, compressHTML, a component); turn it off.`,
      );
    const anchors = anchorProblem(
      file,
      selectAll('[data-passage]', region).map((el) => String(el.properties['id'])),
      doc.passages.map((p) => p.id),
    );
    if (anchors) problems.push(anchors);
    return problems;
  });
}
