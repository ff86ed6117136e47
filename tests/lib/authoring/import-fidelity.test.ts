/**
 * Any text imports verbatim: generated seeds full of characters that mean
 * something to Markdown or MDX go through the import and the same unified
 * pipeline the build renders pages with, and each page's text must equal its
 * seed, as the build's fidelity check compares them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mdxBody, readPage } from '../../../src/build/read-page.ts';
import { statedMeta } from '../../../src/lib/authoring/document-meta.ts';
import { draftMdx } from '../../../src/lib/authoring/mdx-draft.ts';
import { parseSeed } from '../../../src/lib/authoring/seed-blocks.ts';
import { documentSchema } from '../../../src/lib/sources/document-schema.ts';
import { compareText } from '../../../src/lib/sources/fidelity.ts';

const SPECIALS = [
  '<',
  '>',
  '{',
  '}',
  '*',
  '_',
  '#',
  '|',
  '~',
  '[',
  ']',
  '!',
  '`',
  '\\',
  '&',
  ';',
  '(',
  ')',
  ':',
  '-',
  '+',
  '=',
  '.',
  '"',
  '“',
  '”',
  '•',
  '$',
  '%',
  '^',
  '/',
  "'",
];
const LINE_STARTS = [
  'import ',
  'export ',
  'import{',
  '---',
  '***',
  '___',
  '===',
  '>',
  '> ',
  '1. ',
  '1) ',
  '(2) ',
  '12.',
  '- ',
  '* ',
  '+ ',
  '• ',
  '#',
  '## ',
  '    ',
  '\t',
  '```',
  '~~~',
  '<!--',
  '<Claim>',
  '{x}',
  '&amp;',
  '&#x20;',
  '[a]: ',
  '|a|b|',
  'Source: ',
  'By Ana Ruiz',
  'Published: ',
  '\u00a0',
];
const WORDS = ['deal', 'Pentagon', 'the', 'OpenAI', 'a', 'x', 'http://example.org', 'e.g.', 'U.S.', '2026', ' ', '  ', '\t', '\u00a0'];

const token = fc.oneof(
  fc.constantFrom(...SPECIALS),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 2 }).map((s) => s.replace(/\0/g, '')),
);
const line = fc
  .tuple(fc.option(fc.constantFrom(...LINE_STARTS), { nil: '' }), fc.array(token, { maxLength: 12 }))
  .map(([start, rest]) => start + rest.join(''));
const seed = fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));

/** The seed's page text after import and rendering, or the reason it could not be rendered. */
function pageText(text: string): string {
  const blocks = parseSeed(text);
  const meta = documentSchema.parse({
    seed: '900_generated.txt',
    seedSha256: 'a'.repeat(64),
    kind: 'report',
    slug: 'generated',
    ...statedMeta(blocks),
    title: 'Generated',
  });
  const { passages } = readPage('generated.mdx', mdxBody(draftMdx(meta, blocks)), { ...meta });
  return passages.map((p) => p.text).join('\n');
}

describe('import', () => {
  test('renders every generated seed to exactly its own text', () => {
    fc.assert(
      fc.property(seed, (text) => {
        expect(compareText(text, pageText(text))).toBeNull();
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    );
  });

  test.each([
    ['a line that starts like a module import', 'import the deal from Washington'],
    ['a line that starts like a module export', 'export controls tightened'],
    ['a thematic break', '---'],
    ['a block quote mark', '> quoted'],
    ['a star list', '* one\n* two'],
    ['a plus list', '+ one\n+ two'],
    ['parenthesised numbering', '1) one\n2) two'],
    ['JSX and expressions', 'a <b> {c} d'],
  ])('keeps %s as words', (_name, text) => {
    expect(compareText(text, pageText(text))).toBeNull();
  });
});
