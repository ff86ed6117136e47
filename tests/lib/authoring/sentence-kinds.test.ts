import { describe, expect, test } from 'vitest';
import { MIN_QUOTE_WORDS, quotedSpans } from '../../../src/lib/authoring/quoted-spans.ts';
import { claimsAbsence, isAboutSubject, notAClaim, withoutOthersClause } from '../../../src/lib/authoring/claim-kind.ts';

describe('quotedSpans', () => {
  test('takes two quotations in one sentence apart, without the words between them', () => {
    const text = 'It will “deploy via cloud only” and "keep cleared OpenAI personnel in the loop", it said.';
    expect(quotedSpans(text).map((s) => [text.slice(s.start, s.end), s.words])).toEqual([
      ['“deploy via cloud only”', 'deploy via cloud only'],
      ['"keep cleared OpenAI personnel in the loop"', 'keep cleared OpenAI personnel in the loop'],
    ]);
  });

  test('drops the punctuation a reporter puts inside the closing mark', () => {
    expect(quotedSpans('“We do not know why they could not,” it said.')[0]?.words).toBe('We do not know why they could not');
  });

  test(`leaves terms of fewer than ${MIN_QUOTE_WORDS} words alone`, () => {
    expect(quotedSpans('No “guardrails off” models and no “social credit” systems.')).toEqual([]);
  });

  test('keeps a quotation of three words only when the post holds it word for word', () => {
    const text = 'It will deploy “via cloud only” and “via cable only”, and keep staff “in the loop.”';
    const post = (words: string) => ['via cloud only', 'in the loop'].includes(words);
    expect(quotedSpans(text, post).map((s) => s.words)).toEqual(['via cloud only', 'in the loop']);
    expect(quotedSpans(text)).toEqual([]);
  });

  test('does not pair apostrophes as quotation marks', () => {
    expect(quotedSpans('OpenAI’s post and Anthropic’s answer were both published on the same day.')).toEqual([]);
  });
});

describe('notAClaim', () => {
  test.each([
    ['Photo: The Pentagon from the air.', 'caption'],
    ['(Reporting by Ana Ruiz; editing by Tom Hale)', 'credit'],
    ['The interview has been edited for length.', 'credit'],
    ['By Ana Ruiz and Tom Hale', 'metadata'],
    ['Sign up for our weekly newsletter.', 'advice'],
    ['For more on AI policy, sign up for our newsletter.', 'advice'],
    ['What does the agreement actually allow?', 'question'],
    ['Our take: a contract nobody can read is hard to judge.', 'opinion'],
    ['A spokesperson for the Department of War did not respond to a request for comment.', 'no-comment'],
    ['Anthropic has not commented on OpenAI’s account.', 'no-comment'],
    ['OpenAI declined to comment beyond its post.', 'no-comment'],
    ['The company could not be reached on Sunday.', 'no-comment'],
    ['OpenAI says it can end the contract.', null],
  ])('reads “%s” as %s', (sentence, kind) => {
    expect(notAClaim(sentence, { heading: false })).toBe(kind);
  });

  test('never drafts a heading', () => {
    expect(notAClaim('OpenAI Sets Three Red Lines', { heading: true })).toBe('heading');
  });
});

describe('isAboutSubject', () => {
  test.each([
    ['OpenAI said the models would run in the cloud.', true],
    ['The company did not say how many engineers would be involved.', true],
    ['Announced late on Friday, the deal bars mass surveillance.', true],
    ['The models will run in the cloud, the company said.', true],
    ['According to the post, nothing changes.', true],
    ['It also says the red lines will hold.', true],
    ['Whitcombe said she would ask the Pentagon for a copy of the full contract.', false],
    ['Shares of chip makers rose on Monday.', false],
    ['It rained in Washington.', false],
  ])('“%s” → %s', (sentence, expected) => {
    expect(isAboutSubject(sentence)).toBe(expected);
  });
});

describe('claimsAbsence', () => {
  test.each([
    ['The company did not say how many engineers would be involved.', true],
    ['The post does not say how much the contract is worth.', true],
    ['OpenAI has not disclosed the value of the deal.', true],
    ['OpenAI declined to specify which agencies would use the models.', true],
    ['The contract, as quoted, doesn’t mention audits.', true],
    ['OpenAI says it does not know why Anthropic could not reach the deal.', false],
    ['The post says the system shall not be used for domestic law enforcement.', false],
    ['The Pentagon did not say when the work would begin.', false],
  ])('“%s” → %s', (sentence, expected) => {
    expect(claimsAbsence(sentence)).toBe(expected);
  });
});

describe('withoutOthersClause', () => {
  test.each([
    ['drops a closing clause an analyst says', 'Deployment will be cloud-only, which analysts said favours data centres.', 'Deployment will be cloud-only'],
    [
      'drops a critic’s rejoinder after “but”',
      'The company says staff stay in the loop, but critics argue that proves little.',
      'The company says staff stay in the loop',
    ],
    [
      'keeps a clause the company itself says',
      'Models run in the cloud, which OpenAI says rules out edge weapons.',
      'Models run in the cloud, which OpenAI says rules out edge weapons.',
    ],
    [
      'keeps a clause “it” says',
      'The contract can be ended, and it says that will not be needed.',
      'The contract can be ended, and it says that will not be needed.',
    ],
    [
      'keeps a sentence with no such clause',
      'OpenAI can end the contract if the terms are violated.',
      'OpenAI can end the contract if the terms are violated.',
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(withoutOthersClause(sentence)).toBe(expected);
  });
});
