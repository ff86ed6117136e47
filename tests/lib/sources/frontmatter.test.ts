import { describe, expect, test } from 'vitest';
import { checkFrontmatter, readFrontmatter, seedChecksumError } from '../../../src/lib/sources/frontmatter.ts';

const valid = [
  '---',
  'seed: "003_x.txt"',
  `seedSha256: "${'a'.repeat(64)}"`,
  'kind: "report"',
  'slug: "a-report"',
  'title: "A report"',
  'titleSource: "opening-words"',
  '---',
  '',
  'Text.',
];
const source = (lines: string[]) => lines.join('\n');
const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('readFrontmatter', () => {
  test('accepts a complete page', () => {
    expect(readFrontmatter('x.mdx', source(valid), 'reports').slug).toBe('a-report');
  });

  test('names a missing field, its file and the frontmatter line', () => {
    expect(message(() => readFrontmatter('content/reports/x.mdx', source(valid.filter((l) => !l.startsWith('slug'))), 'reports'))).toBe(
      'content/reports/x.mdx:1: Missing frontmatter field `slug`. Add `slug:` to the frontmatter; `npm run import` writes it (see README, "Add a report", step 2).',
    );
  });

  test('calls a missing `kind` missing, as any other field', () => {
    expect(message(() => readFrontmatter('x.mdx', source(valid.filter((l) => !l.startsWith('kind'))), 'reports'))).toMatch(
      /^x\.mdx:1: Missing frontmatter field `kind`\. Add `kind:`/,
    );
  });

  test('names an invalid field at its own line', () => {
    expect(message(() => readFrontmatter('x.mdx', source(valid.map((l) => (l.startsWith('kind') ? 'kind: "opinion"' : l))), 'reports'))).toMatch(
      /^x\.mdx:4: Invalid frontmatter field `kind`/,
    );
  });

  const withField = (line: string) => source([...valid.slice(0, 7), line, ...valid.slice(7)]);
  const allowed =
    'Allowed fields: `seed`, `seedSha256`, `kind`, `slug`, `title`, `titleSource`, `author`, `published`, `publishedAsStated`, `outlet`, `authors`, `url`, `captured`, `language`, `reviewed`, `draft`.';

  test.each([
    [
      'a misspelt field, with the field it resembles',
      'outlett: "Harbor Ledger"',
      `x.mdx:8: Unknown frontmatter field \`outlett\`. Did you mean \`outlet\`? ${allowed}`,
    ],
    ['a field unlike any allowed one', 'editor: "Ana Ruiz"', `x.mdx:8: Unknown frontmatter field \`editor\`. ${allowed}`],
  ])('names an unknown field at its own line and lists the allowed ones: %s', (_name, line, expected) => {
    expect(message(() => readFrontmatter('x.mdx', withField(line), 'reports'))).toBe(expected);
  });

  test.each([
    ['outlet: "The Harbor Ledger"', 'outlet', 'The Harbor Ledger'],
    ['authors: ["Ana Ruiz", "Tom Hale"]', 'authors', ['Ana Ruiz', 'Tom Hale']],
    ['url: "https://example.org/news/story"', 'url', 'https://example.org/news/story'],
    ['published: "2026-03-02"', 'published', '2026-03-02'],
    ['published: "2026-02-28T07:30:00-05:00"', 'published', '2026-02-28T07:30:00-05:00'],
    ['captured: 2026-03-02', 'captured', '2026-03-02'],
    ['language: "en-GB"', 'language', 'en-GB'],
  ])('accepts report metadata: %s', (line, key, value) => {
    expect(readFrontmatter('x.mdx', withField(line), 'reports')).toMatchObject({ [key]: value });
  });

  test.each([
    [
      'a URL without a scheme',
      'url: "example.org/news"',
      'x.mdx:8: Invalid frontmatter field `url`: expected an absolute http(s) URL, e.g. `https://example.org/news/story`, found `"example.org/news"`. Correct the value.',
    ],
    [
      'a relative URL',
      'url: "/news/story"',
      'x.mdx:8: Invalid frontmatter field `url`: expected an absolute http(s) URL, e.g. `https://example.org/news/story`, found `"/news/story"`. Correct the value.',
    ],
    [
      'an FTP URL',
      'url: "ftp://example.org/story"',
      'x.mdx:8: Invalid frontmatter field `url`: expected an absolute http(s) URL, e.g. `https://example.org/news/story`, found `"ftp://example.org/story"`. Correct the value.',
    ],
    [
      'a date in words',
      'captured: "March 2, 2026"',
      'x.mdx:8: Invalid frontmatter field `captured`: expected an ISO 8601 date, e.g. `2026-03-02`, found `"March 2, 2026"`. Correct the value.',
    ],
    [
      'a day that does not exist',
      'published: "2026-02-30"',
      'x.mdx:8: Invalid frontmatter field `published`: expected a day that exists in the calendar, e.g. `2026-03-02`, found `"2026-02-30"`. Correct the value.',
    ],
    [
      'a language name instead of a tag',
      'language: "English"',
      'x.mdx:8: Invalid frontmatter field `language`: expected a BCP 47 language tag, e.g. `en` or `en-GB`, found `"English"`. Correct the value.',
    ],
  ])('refuses %s', (_name, line, expected) => {
    expect(message(() => readFrontmatter('x.mdx', withField(line), 'reports'))).toBe(expected);
  });

  test.each([
    ['a date', 'reviewed: "2026-11-23"', '2026-11-23'],
    ['a date-time with its offset', 'reviewed: "2026-11-23T12:36:59+00:00"', '2026-11-23T12:36:59+00:00'],
  ])('accepts the review date of a report as %s', (_name, line, value) => {
    expect(readFrontmatter('x.mdx', source([...valid.slice(0, 7), line, ...valid.slice(7)]), 'reports').reviewed).toBe(value);
  });

  test('rejects a review date that is not ISO 8601, at its own line', () => {
    expect(message(() => readFrontmatter('x.mdx', source([...valid.slice(0, 7), 'reviewed: "23 November 2026"', ...valid.slice(7)]), 'reports'))).toMatch(
      /^x\.mdx:8: Invalid frontmatter field `reviewed`: .*an ISO 8601 date, e\.g\. `2026-03-02`/,
    );
  });

  test('rejects a file with no frontmatter', () => {
    expect(message(() => readFrontmatter('x.mdx', 'Just text.', 'reports'))).toBe(
      'x.mdx:1: Missing frontmatter. Start the file with a `---` block; `npm run import` writes one.',
    );
  });

  test('rejects a report filed under sources', () => {
    expect(message(() => readFrontmatter('x.mdx', source(valid), 'sources'))).toMatch(/^x\.mdx:4: A `report` must live in content\/reports\//);
  });
});

describe('seedChecksumError', () => {
  const meta = readFrontmatter('x.mdx', source(valid), 'reports');
  test('passes when the seed has the stated checksum', () => {
    expect(seedChecksumError('x.mdx', source(valid), meta, 'a'.repeat(64))).toBeNull();
  });
  test('points at the checksum line when the seed changed', () => {
    expect(seedChecksumError('x.mdx', source(valid), meta, 'b'.repeat(64))?.message).toMatch(/^x\.mdx:3: `seedSha256` does not match seed `003_x\.txt`/);
  });
  test('points at the seed line when the seed is missing', () => {
    expect(seedChecksumError('x.mdx', source(valid), meta, undefined)?.message).toBe(
      'x.mdx:2: Seed `003_x.txt` does not exist in seeds/. Restore the seed or correct `seed`.',
    );
  });
});

describe('checkFrontmatter', () => {
  test('lists every problem at once: each unknown field and each invalid value, at its line', () => {
    const fields = valid.slice(0, 7).filter((l) => !l.startsWith('slug'));
    const lines = [...fields, 'outlett: "The Ledger"', 'publishd: "2026-03-02"', 'published: "2026-02-30"', ...valid.slice(7)];
    const { meta, errors } = checkFrontmatter('x.mdx', source(lines), 'reports');
    expect(meta).toBeUndefined();
    expect(errors.map((e) => `${e.place.line} ${e.message.split(':')[2]?.trim().split('.')[0]}`)).toEqual([
      '1 Missing frontmatter field `slug`',
      '7 Unknown frontmatter field `outlett`',
      '8 Unknown frontmatter field `publishd`',
      '9 Invalid frontmatter field `published`',
    ]);
  });

  test('says once what is wrong with a value that fails more than one check', () => {
    const lines = [...valid.slice(0, 7), 'published: "2026-02-31x"', ...valid.slice(7)];
    expect(checkFrontmatter('x.mdx', source(lines), 'reports').errors.map((e) => e.message)).toEqual([
      'x.mdx:8: Invalid frontmatter field `published`: expected an ISO 8601 date, e.g. `2026-03-02`, found `"2026-02-31x"`. Correct the value.',
    ]);
  });

  test('gives the metadata and no error for a complete page', () => {
    expect(checkFrontmatter('x.mdx', source(valid), 'reports')).toMatchObject({ meta: { slug: 'a-report' }, errors: [] });
  });
});
