import { describe, expect, test } from 'vitest';
import type { Paragraph, Text } from 'mdast';
import { segments, segmentText, sourceOffsets } from '../../../src/lib/authoring/mdx-offsets.ts';
import { parseMdx } from '../../../src/lib/authoring/mdx-structure.ts';

/** The first paragraph of an MDX body. */
const paragraph = (body: string) => parseMdx(body).children.find((node): node is Paragraph => node.type === 'paragraph')!;

describe('sourceOffsets', () => {
  test.each([
    ['plain words', 'Deploy via cloud only.'],
    ['an escaped asterisk', 'Deploy \\*via\\* cloud only.'],
    ['a numeric reference', 'D&#x65;ploy via cloud only.'],
    ['a named reference', 'Deploy via cloud&nbsp;only.'],
    ['a line break in the source', 'Deploy via\ncloud only.'],
  ])('maps every character of %s back to the source character it came from', (_, source) => {
    const text = paragraph(source).children[0] as Text;
    const offsets = sourceOffsets(source, text.position!.start.offset!, text.position!.end.offset!, text.value);
    expect(offsets).not.toBeNull();
    expect(offsets).toHaveLength(text.value.length + 1);
    expect(offsets!.at(-1)).toBe(text.position!.end.offset);
    // Offsets never go back, and a character written as itself sits at its own offset.
    offsets!.forEach((offset, i) => {
      if (i > 0) expect(offset).toBeGreaterThanOrEqual(offsets![i - 1]!);
      if (i < text.value.length && source[offset] !== '\\' && source[offset] !== '&') expect(source[offset]).toBe(text.value[i]);
    });
  });

  test('gives up when the source does not hold the text', () => {
    expect(sourceOffsets('Deploy via cloud only.', 0, 22, 'Deploy by cloud only.')).toBeNull();
    expect(sourceOffsets('Deploy', 0, 6, 'Deploy via')).toBeNull();
  });
});

describe('segments', () => {
  test('splits a paragraph into plain text, words already in a claim, and other inline content, in reading order', () => {
    const block = paragraph('Before <Claim id="c1" verdict="accurate">the *claim*</Claim> and `code` after.');
    const list = segments(block);
    expect(list.map((s) => s.kind)).toEqual(['text', 'claim', 'claim', 'text', 'other', 'text']);
    expect(segmentText(list)).toBe('Before the claim and code after.');
    // Each segment's offsets are where its words sit in the text the paragraph shows.
    for (const s of list) expect(segmentText(list).slice(s.start, s.end)).toBe((s.node as Text).value);
  });
});
