import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mdxBody, readPage } from '../../../src/build/read-page.ts';
import { statedMeta } from '../../../src/lib/authoring/document-meta.ts';
import { nextClaimNumber, openTag } from '../../../src/lib/authoring/draft-tags.ts';
import { draftMdx } from '../../../src/lib/authoring/mdx-draft.ts';
import { parseSeed } from '../../../src/lib/authoring/seed-blocks.ts';
import { wrapClaims, type Wrap } from '../../../src/lib/authoring/wrap-claims.ts';
import { documentSchema } from '../../../src/lib/sources/document-schema.ts';

const TAG = '<Claim id="c1" verdict="CHOOSE" note="WRITE A NOTE">';

/** A page imported from a seed, as `npm run import` writes it. */
function imported(seed: string): string {
  const blocks = parseSeed(seed);
  const meta = documentSchema.parse({ seed: '900_x.txt', seedSha256: 'a'.repeat(64), kind: 'report', slug: 'x', ...statedMeta(blocks), title: 'X' });
  return draftMdx(meta, blocks);
}

const read = (mdx: string) => readPage('x.mdx', mdxBody(mdx), {});

/** Wraps the first occurrence of `words` in the passage that holds them. */
function wrapWords(mdx: string, words: string, openTag = TAG) {
  const passage = read(mdx).passages.find((p) => p.text.includes(words));
  if (!passage) throw new Error(`no passage holds “${words}”`);
  const start = passage.text.indexOf(words);
  const wrap: Wrap = { line: passage.place.line ?? 0, column: passage.place.column ?? 0, passageText: passage.text, start, end: start + words.length, openTag };
  return wrapClaims(mdx, mdxBody(mdx), [wrap]);
}

describe('wrapClaims', () => {
  test.each([
    ['plain words', 'OpenAI said it would deploy via cloud only.', 'deploy via cloud only'],
    ['words with escaped stars and braces', 'The post says *all* uses {lawful} are <allowed>.', '*all* uses {lawful} are <allowed>'],
    ['a line that begins with `export`', 'export controls were not part of the deal.', 'export controls were not part of the deal.'],
    ['a list item, without its bullet', 'Text.\n- No mass surveillance.\n- No weapons.', 'No weapons.'],
    // Found by the property below: a whole item whose words begin with an escaped `+` became a block of its own.
    ['a whole list item that begins with an escaped character', '+ ; )\nimport “', '+ ; )'],
  ])('wraps %s and leaves the page text as it was', (_name, seed, words) => {
    const mdx = imported(seed);
    const result = wrapWords(mdx, words);
    expect(result.written).toHaveLength(1);
    const after = read(result.source);
    expect(after.passages.map((p) => p.text)).toEqual(read(mdx).passages.map((p) => p.text));
    expect(after.claims.map((c) => c.text)).toEqual([words]);
  });

  test('skips words already annotated, so a second run changes nothing', () => {
    const once = wrapWords(imported('OpenAI said it would deploy via cloud only.'), 'deploy via cloud only').source;
    const twice = wrapWords(once, 'deploy via cloud only');
    expect(twice.source).toBe(once);
    expect(twice.skipped.map((s) => s.reason)).toEqual(['already annotated']);
  });

  test('keeps every generated page’s text and wraps exactly the chosen words', () => {
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9<>{}*_#|~[\]!`\\&;().:"“”•-]{1,6}$/),
      fc.constantFrom('import', 'export', '---', '1.', '2)', '-', '*', '+', '•', '>', '#', '&amp;', '&#x20;', '\\'),
    );
    const seed = fc
      .array(
        fc.array(word, { minLength: 2, maxLength: 8 }).map((w) => w.join(' ')),
        { minLength: 1, maxLength: 5 },
      )
      .map((lines) => lines.join('\n'));
    let tried = 0;
    let written = 0;
    fc.assert(
      fc.property(seed, fc.nat(), fc.nat(), fc.nat(), (text, pick, a, b) => {
        const mdx = imported(text);
        const passages = read(mdx).passages;
        const passage = passages[pick % passages.length];
        if (!passage) return;
        // Drafts start and end on words, never on the spaces around them.
        const bounds = [...passage.text.matchAll(/\S+/g)].flatMap((m) => [m.index, m.index + m[0].length]);
        const [start, end] = [bounds[a % bounds.length] ?? 0, bounds[b % bounds.length] ?? 0].sort((x, y) => x - y);
        if (start === undefined || end === undefined || start === end) return;
        const wrap: Wrap = { line: passage.place.line ?? 0, column: passage.place.column ?? 0, passageText: passage.text, start, end, openTag: TAG };
        const result = wrapClaims(mdx, mdxBody(mdx), [wrap]);
        tried += 1;
        if (result.written.length === 0) return;
        written += 1;
        const after = read(result.source);
        expect(after.passages.map((p) => p.text)).toEqual(passages.map((p) => p.text));
        expect(after.claims.map((c) => c.text)).toEqual([passage.text.slice(start, end)]);
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
    // Skipping is allowed only where wrapping is impossible; it must stay rare, or the property proves nothing.
    expect(written / tried).toBeGreaterThan(0.95);
  });
});

describe('draft tags', () => {
  test('number drafts after the highest id on the page', () => {
    expect(nextClaimNumber('<Claim id="c3" verdict="accurate"> <Claim id="c12" verdict="partial">')).toBe(13);
    expect(nextClaimNumber('No claims yet.')).toBe(1);
  });

  test('carry the drafted verdict or CHOOSE, the cites, and the passages to weigh inside the placeholder note', () => {
    const offered = [
      { source: 'post', anchor: 'p17', cites: ['p17'], fit: 0.8, score: 0.7 },
      { source: 'post', anchor: 'p25', cites: ['p25'], fit: 0.4, score: 0.3 },
    ];
    expect(openTag({ start: 0, end: 1, words: 'x', cites: ['p17'], offered, why: 'fits p17 best' }, 4)).toBe(
      '<Claim id="c4" verdict="CHOOSE" cites="p17" note="WRITE A NOTE. Draft: fits p17 best. Passages to weigh: p17 (0.80), p25 (0.40).">',
    );
    expect(
      openTag({ start: 0, end: 1, words: 'x', verdict: 'not-in-post', cites: [], offered: [], why: 'quotes words that no passage of the post holds' }, 5),
    ).toBe('<Claim id="c5" verdict="not-in-post" note="WRITE A NOTE. Draft: quotes words that no passage of the post holds.">');
  });
});
