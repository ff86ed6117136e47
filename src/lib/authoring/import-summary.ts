/**
 * What the import tells the editor: what it wrote, what the seed stated
 * about itself, and the real next steps, in order, down to the build.
 */
import type { DocumentMeta } from '../sources/document-schema.ts';
import { TERMINAL_WIDTH, wrapText } from './wrap-text.ts';

function stated(meta: DocumentMeta): string[] {
  const title =
    meta.titleSource === 'headline'
      ? `Title: “${meta.title}” (the headline).`
      : `Title: “${meta.title}” (editorial: the seed has no headline, so these are its opening words).`;
  const found = [
    meta.outlet && `outlet ${meta.outlet}`,
    meta.authors && `by ${meta.authors.join(', ')}`,
    meta.author && `author ${meta.author}`,
    meta.publishedAsStated && `published ${meta.publishedAsStated}`,
  ].filter(Boolean);
  return [title, found.length > 0 ? `The seed states: ${found.join('; ')}.` : 'The seed states no outlet, author or date.'];
}

/** The import's closing message: the file written, what it found, and the numbered next steps. */
export function importSummary(page: string, meta: DocumentMeta, blocks: number): string {
  const steps =
    meta.kind === 'report'
      ? [
          ['npm run seeds:manifest', 'record the seed’s checksum'],
          [`npm run suggest -- ${page} --write`, 'wrap the report’s claims in draft <Claim>s'],
          [`edit ${page}`, 'check each draft: verdict, cites, note (README, “Add a report”)'],
          ['npm run anchors:update', 'lock the new passage anchors'],
          ['npm run build', 'check it all; placeholders left in drafts stop it'],
        ]
      : [
          ['npm run seeds:manifest', 'record the seed’s checksum'],
          ['npm run anchors:update', 'lock the new passage anchors'],
          ['npm run build', 'check it all'],
        ];
  const unstated = (['outlet', 'authors', 'url', 'published', 'captured', 'language'] as const).filter((key) => meta[key] === undefined);
  const optional = unstated.length > 0 ? [`Record in its frontmatter what it does not state, if you know it: ${unstated.join(', ')}.`] : [];
  return [
    `Wrote ${page} (${blocks} blocks).`,
    ...[...stated(meta), ...(meta.kind === 'report' ? optional : [])].flatMap((line) => wrapText(line, '  ', TERMINAL_WIDTH, '')),
    'Next:',
    // The reason goes on its own line, so a long path never pushes a line past 100 columns.
    ...steps.flatMap(([command, why], i) => [`  ${i + 1}. ${command}`, `     ${why}`]),
  ].join('\n');
}
