import { describe, expect, test } from 'vitest';
import { pinpoint, quotationInside, quoteFragment, quoteLinkLabel, quoteWithLink } from '../../../src/lib/citation/quote-link.ts';

describe('quoteFragment', () => {
  test('uses the whole text when the selection lies in one run', () => {
    expect(quoteFragment({ runs: ['we hope they and more labs'] })).toBe(':~:text=we%20hope%20they%20and%20more%20labs');
  });

  test('uses first and last words when markup splits the selection, so markers between cannot break it', () => {
    expect(quoteFragment({ runs: ['stated it retains full discretion over its safety stack. ', '“We don’t know why,”', ' the blog'] })).toBe(
      ':~:text=stated%20it%20retains%20full%20discretion,the%20blog',
    );
  });

  test('escapes the characters text fragments reserve', () => {
    expect(quoteFragment({ runs: ['high-stakes, cloud & edge'] })).toBe(':~:text=high%2Dstakes%2C%20cloud%20%26%20edge');
  });
});

describe('quoteWithLink', () => {
  test('puts the exact words, the pinpoint citation and the link together', () => {
    const quote = quoteWithLink({
      exact: 'Deploy via\n cloud only.',
      inText: '(OpenAI, 2026, para. {n})',
      url: 'https://e.org/post/',
      passage: 'p17-s1',
      runs: ['Deploy via cloud only.'],
    });
    expect(quote.text).toBe('“Deploy via cloud only.” (OpenAI, 2026, para. 17) https://e.org/post/#p17-s1:~:text=Deploy%20via%20cloud%20only.');
  });
});

describe('pinpoint', () => {
  test.each([
    ['gives one passage its ¶ number', ['p41'], '(OpenAI, 2026, para. 41)'],
    ['reads the number of a sentence’s passage', ['p41-s2', 'p41-s3'], '(OpenAI, 2026, para. 41)'],
    ['gives words running on into later passages the range, as APA writes one', ['p41-s2', 'p42-s1'], '(OpenAI, 2026, paras. 41–42)'],
    ['never gives a range backwards', ['p42', 'p41'], '(OpenAI, 2026, para. 42)'],
  ])('%s', (_, [first = '', last], expected) => {
    expect(pinpoint('(OpenAI, 2026, para. {n})', first, last)).toBe(expected);
  });

  test('puts a range in place of the number in a template without APA’s label', () => {
    expect(pinpoint('(OpenAI 2026, ¶ {n})', 'p16', 'p17')).toBe('(OpenAI 2026, ¶ 16–17)');
  });
});

describe('quotationInside', () => {
  test.each([
    ['keeps plain words as they are', 'Deploy via cloud only.', 'Deploy via cloud only.'],
    ['makes curly double quotation marks single', '“We don’t know why,” the blog post added.', '‘We don’t know why,’ the blog post added.'],
    ['makes straight double quotation marks single', 'sets "red lines" for it', "sets 'red lines' for it"],
    ['leaves out a list’s bullet at the start', '• Deploy via cloud only.', 'Deploy via cloud only.'],
    [
      'leaves out the bullet of the next item of a list the words run on into',
      'over our safety stack. • Deploy via cloud only',
      'over our safety stack. Deploy via cloud only',
    ],
    ['leaves out a numbered list’s number at the start', '4. We also want to calm things down.', 'We also want to calm things down.'],
    ['keeps a number that is not a list’s', 'In 2026. the deal was made.', 'In 2026. the deal was made.'],
    ['joins lines with one space', 'Deploy via\n  cloud only.', 'Deploy via cloud only.'],
    ['closes a quotation within that the selection stops inside', 'systems such as “social', 'systems such as ‘social’'],
    ['opens a quotation within that the selection starts inside', 'credit” systems', '‘credit’ systems'],
    ['leaves a quotation within that the selection holds whole as it is', 'such as “social credit” systems', 'such as ‘social credit’ systems'],
  ])('%s', (_, exact, inside) => {
    expect(quotationInside(exact)).toBe(inside);
  });

  test('leaves every quotation mark inside the copied quotation with its partner, wherever the selection is cut', () => {
    const text = 'Not for high-stakes decisions (e.g., systems such as “social credit”). “Deploy via cloud only.”';
    for (let from = 0; from < text.length; from += 2) {
      for (let to = from + 1; to <= text.length; to += 3) {
        const inside = quotationInside(text.slice(from, to));
        expect([...inside].filter((c) => c === '‘').length, inside).toBe([...inside].filter((c) => c === '’').length);
      }
    }
  });

  test('leaves no double quotation mark inside the copied quotation', () => {
    const quote = quoteWithLink({ exact: '“We don’t know,” it said.', inText: '(X, para. {n})', url: 'https://e.org/', passage: 'p4-s3', runs: ['x'] });
    expect(quote.text.slice(1, quote.text.indexOf('” ('))).not.toMatch(/["“”]/);
  });
});

describe('quoteLinkLabel', () => {
  test.each([
    ['offers the quote link alone where no covered passage has a caveat', [], 'Copy quote with link'],
    [
      'says what a covered passage’s caveat mark says, by its ¶',
      [{ passage: 16, mark: 'Differs in a copy not held' }],
      'Copy quote with link (¶ 16: differs in a copy not held)',
    ],
    [
      'gathers passages whose marks say the same, and keeps different marks apart',
      [
        { passage: 16, mark: 'Differs in a copy not held' },
        { passage: 17, mark: 'Differs in a copy not held' },
        { passage: 30, mark: 'Later version, 2026-03-02' },
      ],
      'Copy quote with link (¶ 16, 17: differs in a copy not held; ¶ 30: later version, 2026-03-02)',
    ],
  ])('%s', (_, marked, label) => {
    expect(quoteLinkLabel(marked)).toBe(label);
  });
});
