import { describe, expect, test } from 'vitest';
import { rebaseLinks } from '../../../src/lib/site/page-address.ts';

const CONFIGURED = 'https://red-lines.example/';
const PREVIEW = 'http://127.0.0.1:40123/reports/x/';

describe('rebaseLinks', () => {
  test.each([
    ['a permalink', 'https://red-lines.example/reports/x/#p4', 'http://127.0.0.1:40123/reports/x/#p4'],
    [
      'every link in a citation',
      'See https://red-lines.example/a/ and https://red-lines.example/b/.',
      'See http://127.0.0.1:40123/a/ and http://127.0.0.1:40123/b/.',
    ],
    ['a bare origin at the end', 'at https://red-lines.example', 'at http://127.0.0.1:40123'],
    ['another site’s link, left alone', 'https://www.reuters.com/x', 'https://www.reuters.com/x'],
    ['a longer host that begins the same, left alone', 'https://red-lines.example.evil.net/x', 'https://red-lines.example.evil.net/x'],
  ])('moves %s to the page’s own address', (_name, text, expected) => {
    expect(rebaseLinks(text, CONFIGURED, PREVIEW)).toBe(expected);
  });

  test('changes nothing when the page is served from the configured address', () => {
    const text = 'https://red-lines.example/reports/x/#p4';
    expect(rebaseLinks(text, CONFIGURED, 'https://red-lines.example/other/')).toBe(text);
  });
});
