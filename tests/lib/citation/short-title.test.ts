import { describe, expect, test } from 'vitest';
import { shortHeadline } from '../../../src/lib/citation/short-title.ts';

describe('shortHeadline', () => {
  test.each([
    [
      'the words before a long headline’s comma',
      'OpenAI Reaches Classified Deployment Agreement with Pentagon, Sets "Red Lines" Prohibiting Autonomous Weapons',
      'OpenAI Reaches Classified Deployment Agreement with Pentagon',
    ],
    ['the words before its colon', 'Red Lines Explained: What the Agreement Allows and What It Bars', 'Red Lines Explained'],
    ['the words before a spaced dash', 'A Deal Struck Quickly – and the Questions It Leaves for Lawmakers', 'A Deal Struck Quickly'],
    ['nothing for a headline under eight words', 'Our agreement with the Department of War', undefined],
    ['nothing for a long headline with no break', 'OpenAI Secures Pentagon Partnership for Classified AI Deployment Today', undefined],
    ['nothing when the words before the break are too few to stand for it', 'Pentagon, OpenAI and the Three Red Lines They Agreed', undefined],
    ['nothing for a hyphen inside a word', 'Cloud-Only Deployment Keeps Models Away From the Edge of Battle', undefined],
  ])('gives %s', (_, title, expected) => {
    expect(shortHeadline(title)).toBe(expected);
  });
});
