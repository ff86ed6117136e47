import { describe, expect, test } from 'vitest';
import { locateQuote, sourceTexts, type SourceText } from '../../../src/lib/claims/locate-quote.ts';
import { rangeLabel } from '../../../src/lib/sources/anchors.ts';

const post: SourceText = {
  source: 'post',
  passages: [
    {
      anchor: 'p1',
      text: 'In our agreement, we protect our red lines. We:',
      sentences: [
        { anchor: 'p1-s1', text: 'In our agreement, we protect our red lines.' },
        { anchor: 'p1-s2', text: 'We:' },
      ],
    },
    {
      anchor: 'p2',
      text: '• Retain full discretion over our safety stack.',
      sentences: [{ anchor: 'p2-s1', text: '• Retain full discretion over our safety stack.' }],
    },
    { anchor: 'p3', text: '• Deploy via cloud only.', sentences: [{ anchor: 'p3-s1', text: '• Deploy via cloud only.' }] },
    {
      anchor: 'p4',
      text: 'We do not know why. We hope they will consider it.',
      sentences: [
        { anchor: 'p4-s1', text: 'We do not know why.' },
        { anchor: 'p4-s2', text: 'We hope they will consider it.' },
      ],
    },
  ],
};
const laterCapture: SourceText = {
  source: 'post',
  passages: [{ anchor: 'p2', text: 'We retain full discretion over our safety stack, deploy via cloud only.', sentences: [] }],
};

describe('locateQuote', () => {
  test('pins a quote inside one sentence to that sentence', () => {
    expect(locateQuote('We hope they will consider it', [post])).toMatchObject({ anchors: ['p4-s2'], errors: 0, wordShare: 1 });
  });

  test('finds a quote that runs across bullet points, without the bullets', () => {
    const found = locateQuote('Retain full discretion over our safety stack. Deploy via cloud only', [post]);
    expect(found).toMatchObject({ anchors: ['p2', 'p3'], errors: 0 });
    expect(found?.matched).not.toContain('•');
  });

  test('prefers the capture that holds the quote word for word', () => {
    const quote = 'retain full discretion over our safety stack, deploy via cloud only';
    expect(locateQuote(quote, [post])?.errors).toBeGreaterThan(0);
    expect(locateQuote(quote, [post, laterCapture])).toMatchObject({ anchors: ['p2'], errors: 0 });
  });

  test('does not count a quote’s capitals against its words', () => {
    expect(locateQuote('we hope they will consider it', [post])?.wordShare).toBe(1);
  });

  test('ranks a close misquote above a loose one by the words it keeps', () => {
    const near = locateQuote('we do not know why', [post]);
    const far = locateQuote('nobody knows why at all', [post]);
    expect(near?.wordShare ?? 0).toBeGreaterThan(far?.wordShare ?? 0);
  });
});

describe('sourceTexts', () => {
  test('orders passages by number, each with its own sentences', () => {
    const [text] = sourceTexts({
      defaultSource: 'post',
      sources: { post: { title: 'Post', anchors: { p10: 'Ten.', 'p10-s1': 'Ten.', p2: 'Two.', 'p2-s1': 'Two.', p1: 'One.' } } },
    });
    expect(text?.passages.map((p) => [p.anchor, p.sentences.map((s) => s.anchor)])).toEqual([
      ['p1', []],
      ['p2', ['p2-s1']],
      ['p10', ['p10-s1']],
    ]);
  });
});

describe('rangeLabel', () => {
  test.each([
    [['p16'], '¶ 16'],
    [['p42-s3'], '¶ 42, sentence 3'],
    [['p16', 'p17', 'p18'], '¶ 16–18'],
    [['p16', 'p18'], '¶ 16, ¶ 18'],
  ])('labels %j as %s', (ids, label) => {
    expect(rangeLabel(ids)).toBe(label);
  });
});
