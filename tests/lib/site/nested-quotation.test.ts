import { describe, expect, test } from 'vitest';
import { nestedQuotation, quoted } from '../../../src/lib/site/nested-quotation.ts';

describe('nestedQuotation', () => {
  test.each([
    ['keeps text with no quotation marks as it is', 'Deploy via cloud only.', 'Deploy via cloud only.'],
    ['makes curly double marks single', 'The post says “Deploy via cloud only”.', 'The post says ‘Deploy via cloud only’.'],
    ['makes straight double marks single', 'sets "red lines" for it', "sets 'red lines' for it"],
    ['keeps apostrophes and single marks as they are', 'OpenAI’s ‘safety stack’', 'OpenAI’s ‘safety stack’'],
  ])('%s', (_, text, nested) => {
    expect(nestedQuotation(text)).toBe(nested);
  });

  test('leaves no double quotation mark to be read as the end of the quotation around it', () => {
    expect(nestedQuotation('a “b” "c" d')).not.toMatch(/["“”]/);
  });
});

describe('quoted', () => {
  test('sets a title in double quotation marks, the marks inside it made single', () => {
    expect(quoted('OpenAI Sets "Red Lines" for It')).toBe("“OpenAI Sets 'Red Lines' for It”");
  });
});
