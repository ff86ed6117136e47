import { describe, expect, test } from 'vitest';
import { claimsAbsence, isAboutSubject, notAClaim, withoutOthersClause } from '../../../src/lib/authoring/claim-kind.ts';

const prose = { heading: false };

describe('notAClaim', () => {
  test.each([
    ['a heading', 'The deal, explained', { heading: true }, 'heading'],
    ['a caption', 'Photo: a data centre at night.', prose, 'caption'],
    ['a credit line', '(Reporting by A. Writer; Editing by B. Editor)', prose, 'credit'],
    ['a by-line', 'By Jane Example', prose, 'metadata'],
    ['advice to the reader', 'Sign up for our newsletter.', prose, 'advice'],
    ['the outlet’s own view', 'Our take: the deal is a gamble.', prose, 'opinion'],
    ['a request for comment', 'The Pentagon did not respond to a request for comment.', prose, 'no-comment'],
    ['a question', 'Will the red lines hold?', prose, 'question'],
    ['a sentence that may make a claim', 'OpenAI said it will deploy via cloud only.', prose, null],
  ] as const)('knows %s', (_name, sentence, passage, expected) => {
    expect(notAClaim(sentence, passage)).toBe(expected);
  });
});

describe('isAboutSubject', () => {
  test.each([
    ['a clause that opens with OpenAI', 'OpenAI will keep its safety stack.', true],
    ['a sentence attributed to the company', 'The models stay in the cloud, the company said.', true],
    ['a sentence given to the post through “according to”', 'According to the post, engineers will be in the loop.', true],
    ['background that names no subject', 'Defence budgets rose again this year.', false],
  ])('knows %s', (_name, sentence, expected) => {
    expect(isAboutSubject(sentence)).toBe(expected);
  });
});

describe('claimsAbsence', () => {
  test.each([
    ['the company leaving something unsaid', 'The company did not disclose the value of the contract.', true],
    ['a refusal to say, by OpenAI', 'OpenAI declined to specify which agencies are covered.', true],
    ['something unsaid by someone else', 'The senator did not say how she would vote.', false],
    ['a sentence that says something', 'OpenAI disclosed the value of the contract.', false],
  ])('knows %s', (_name, sentence, expected) => {
    expect(claimsAbsence(sentence)).toBe(expected);
  });
});

describe('withoutOthersClause', () => {
  test.each([
    [
      'drops a closing clause another speaker says',
      'OpenAI will run models in the cloud, which analysts said favours data centres.',
      'OpenAI will run models in the cloud',
    ],
    [
      'keeps a clause the post itself says',
      'OpenAI will run models in the cloud, and it says that keeps them from weapons.',
      'OpenAI will run models in the cloud, and it says that keeps them from weapons.',
    ],
    ['keeps a clause that names the subject', 'The deal has limits, which OpenAI says are firm.', 'The deal has limits, which OpenAI says are firm.'],
    ['keeps a sentence with no such clause', 'OpenAI will run models in the cloud.', 'OpenAI will run models in the cloud.'],
  ])('%s', (_name, sentence, expected) => {
    expect(withoutOthersClause(sentence)).toBe(expected);
  });
});
