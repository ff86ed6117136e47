/**
 * Bad input stops the real build, end to end: a copy of the content is
 * damaged, and the build must fail, list every problem with its place, rule
 * and fix, and leave no site behind. Each message is pinned where it is made,
 * in the unit tests of the checks; these cases prove the build wires them up.
 */
import { describe, expect, test } from 'vitest';
import { buildDamagedCopy, type ContentCopy } from '../support/build-copy.ts';

const REPORTS = {
  r000: 'content/reports/000_265bca5c0a58c33e.mdx',
  r001: 'content/reports/001_03cfbc33ecc55911.mdx',
  r003: 'content/reports/003_3604921ae2a8460e.mdx',
};

describe('the build stops on bad input', () => {
  test('and reports every broken file of one build at once, sorted by file and line', () => {
    const outcome = buildDamagedCopy((copy) => {
      copy.edit(REPORTS.r003, (t) =>
        t
          .replace('id="c1" verdict="accurate" cites="p6"', 'id="c1" verdict="accurate" cites="p99"')
          // A published verdict changed with no correction on record.
          .replace('id="c3" verdict="accurate"', 'id="c3" verdict="partial"'),
      );
      copy.edit(REPORTS.r000, (t) => t.replace('id="c2" verdict="partial"', 'id="c2" verdict="wrong"'));
      copy.edit(REPORTS.r001, (t) => t.replace(/^slug: .*\n/m, ''));
    });
    expect(outcome.status).not.toBe(0);
    const listed = outcome.output.split('\n').filter((line) => /^content\/reports\/\d{3}_/.test(line));
    expect(listed).toEqual([
      expect.stringMatching(/^content\/reports\/000_265bca5c0a58c33e\.mdx:\d+:\d+: Claim `c2` has unknown verdict `wrong`\. .* \[claims:unknown-verdict\]$/),
      'content/reports/001_03cfbc33ecc55911.mdx:1: Missing frontmatter field `slug`. Add `slug:` to the frontmatter; `npm run import` writes it (see README, "Add a report", step 2). [frontmatter:invalid]',
      'content/reports/003_3604921ae2a8460e.mdx:11:1: Claim `c1` cites unknown passage `p99`. Use an id from the post, `p1` to `p65`, or a sentence of one, e.g. `p1-s1`. [claims:unknown-passage]',
      expect.stringMatching(
        /^content\/reports\/003_3604921ae2a8460e\.mdx:13:\d+: The verdict of claim `c3` was published as `accurate` and is now `partial`, with no correction on record\. .* \[claims:unrecorded\]$/,
      ),
    ]);
    expect(outcome.output).toContain('4 content errors; nothing is published until they are fixed:');
    expect(outcome.published).toBe(false);
  });

  test('when a seed was edited by accident', () => {
    const outcome = buildDamagedCopy((copy) => copy.edit('seeds/003_3604921ae2a8460e.txt', (t) => t.replace('six-month', 'six month')));
    expect(outcome.status).not.toBe(0);
    expect(outcome.output).toContain(
      'seeds/003_3604921ae2a8460e.txt: Seed `003_3604921ae2a8460e.txt` differs from its checksum in seeds/SHA256SUMS:4. Seeds are verbatim captures and are never edited. Restore it with `git checkout -- seeds/003_3604921ae2a8460e.txt`. [seeds:changed]',
    );
    expect(outcome.published).toBe(false);
  });

  // Half-done work and unknown metadata: each pinned end to end, since an editor meets them in a real build.
  const REPORT = REPORTS.r003;
  test.each<[string, (copy: ContentCopy) => void, string | RegExp]>([
    [
      'a placeholder note left by `npm run suggest -- --write`',
      (c) => c.edit(REPORT, (t) => t.replace(/(<Claim id="c1" [^>]*note=")[^"]*"/, '$1WRITE A NOTE (suggested: p6, p7, p40)"')),
      'content/reports/003_3604921ae2a8460e.mdx:11:1: Claim `c1` is still a draft: placeholder note `WRITE A NOTE`. Before publishing, note: write one or two neutral sentences saying why the verdict holds.',
    ],
    [
      'a placeholder verdict and id',
      (c) => c.edit(REPORT, (t) => t.replace('id="c12" verdict="misquote"', 'id="c?" verdict="CHOOSE"')),
      /content\/reports\/003_3604921ae2a8460e\.mdx:17:\d+: A claim is still a draft: placeholder id `c\?`, verdict `CHOOSE`\. Before publishing, id: give it `id="c<number>"`, unique on the page; verdict: choose one of `verbatim`, `accurate`, `partial`, `misquote`, `not-in-post`, `contradicted`\./,
    ],
    [
      'placeholder words',
      (c) => c.edit(REPORT, (t) => t.replace(/(<Claim id="c4" [^>]*>)[^<]*</, '$1…words…<')),
      /content\/reports\/003_3604921ae2a8460e\.mdx:13:\d+: Claim `c4` is still a draft: placeholder text `…words…`\. Before publishing, text: wrap the report’s own words\./,
    ],
    [
      'an unknown metadata key',
      (c) => c.edit(REPORT, (t) => t.replace('titleSource: "opening-words"\n', 'titleSource: "opening-words"\noutlett: "The Harbor Ledger"\n')),
      /content\/reports\/003_3604921ae2a8460e\.mdx:\d+: Unknown frontmatter field `outlett`\. Did you mean `outlet`\? Allowed fields: `seed`, `seedSha256`, /,
    ],
  ])('when it meets %s', (_name, damage, message) => {
    const outcome = buildDamagedCopy(damage);
    expect(outcome.status).not.toBe(0);
    if (typeof message === 'string') expect(outcome.output).toContain(message);
    else expect(outcome.output).toMatch(message);
    expect(outcome.published).toBe(false);
  });
});
