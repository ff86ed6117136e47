import { describe, expect, test } from 'vitest';
import { citeWordings } from '../../../src/lib/claims/cite-wordings.ts';
import type { CitedPassage } from '../../../src/lib/claims/claim.ts';

const cite = (anchor: string, text: string): CitedPassage => ({ source: 'post', sourceTitle: 'The post', isDefault: true, anchor, label: anchor, text });

describe('citeWordings', () => {
  test('quotes the reading text alone, as “What the post says”, for a cite checked against it', () => {
    expect(citeWordings(cite('p2', 'Personnel stay in the loop.'), 'capture 002').map((w) => [w.label, w.text, w.capture])).toEqual([
      ['What the post says, p2:', 'Personnel stay in the loop.', undefined],
    ]);
  });

  test('quotes the capture checked against first, named, then the reading text, each linked to its own page', () => {
    const captured: CitedPassage = {
      ...cite('p6-s2', 'One sentence.'),
      captured: { id: '905_later', label: 'capture 905', text: 'A whole passage, reworded.', anchor: 'p6', where: '¶ 6' },
    };
    const wordings = citeWordings(captured, 'capture 002');
    expect(wordings.map((w) => [w.label, w.text, w.capture, w.anchor, w.context])).toEqual([
      ['What the post says in capture 905, ¶ 6:', 'A whole passage, reworded.', '905_later', 'p6', '¶ 6, capture 905'],
      ['In capture 002, the reading text, p6-s2:', 'One sentence.', undefined, 'p6-s2', 'p6-s2'],
    ]);
    expect(new Set(wordings.map((w) => w.key)).size).toBe(2);
  });

  test('names another source by its title in quotation marks, its own double marks made single', () => {
    const other: CitedPassage = { ...cite('p1', 'Words.'), source: 'memo', sourceTitle: 'The "Red Lines" memo', isDefault: false };
    expect(citeWordings(other, 'capture 010')[0]?.label).toBe("What “The 'Red Lines' memo” says, p1:");
  });
});
