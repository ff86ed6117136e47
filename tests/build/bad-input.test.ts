/**
 * Bad input stops the build. Each case damages a copy of the real content in
 * one way; the build must fail, say where and what and how to fix it, and
 * leave no site behind.
 */
import { describe, expect, test } from 'vitest';
import { buildDamagedCopy, type ContentCopy } from '../support/build-copy.ts';

const POST = 'content/sources/002_b1635164cf9d6a8a.mdx';
const REPORT = 'content/reports/003_3604921ae2a8460e.mdx';

const cases: Array<[string, (copy: ContentCopy) => void, string | RegExp]> = [
  ['a seed edited by accident', (c) => c.edit('seeds/003_3604921ae2a8460e.txt', (t) => t.replace('six-month', 'six month')), 'seeds/003_3604921ae2a8460e.txt: Seed `003_3604921ae2a8460e.txt` differs from its checksum in seeds/SHA256SUMS:4. Seeds are verbatim captures and are never edited. Restore it with `git checkout -- seeds/003_3604921ae2a8460e.txt`.'],
  ['a seed deleted', (c) => c.remove('seeds/001_03cfbc33ecc55911.txt'), 'seeds/SHA256SUMS:2: Seed `001_03cfbc33ecc55911.txt` is listed but missing from seeds/.'],
  ['page text drifting from its seed', (c) => c.edit(REPORT, (t) => t.replace('six-month transition', 'six month transition')), /content\/reports\/003_3604921ae2a8460e\.mdx:14:1: Text differs from seed `003_3604921ae2a8460e\.txt` in `p3`: expected “.*six-month.*”, found “.*six month.*”\. Restore the seed's exact wording/],
  ['a duplicate anchor id', (c) => c.edit(REPORT, (t) => t.replace('The agreement allows OpenAI', '<span id="p2">The agreement</span> allows OpenAI')), /content\/reports\/003_3604921ae2a8460e\.mdx:12:1: Duplicate anchor `p2`, already used at line 12\./],
  ['a locked anchor removed (two passages merged into one)', (c) => c.edit(REPORT, (t) => t.replace('12333.</Claim>\n\n<Claim id="c16"', '12333.</Claim>\n<Claim id="c16"')), /content\/anchors\.lock\.json:\d+: Locked anchor `p6` of `openai-has-reached-a-deal-to-deploy-its` no longer exists/],
  ['a missing frontmatter field', (c) => c.edit(REPORT, (t) => t.replace(/^slug: .*\n/m, '')), 'content/reports/003_3604921ae2a8460e.mdx:1: Missing frontmatter field `slug`.'],
  ['an invalid frontmatter field', (c) => c.edit(POST, (t) => t.replace('kind: "source"', 'kind: "press-release"')), /content\/sources\/002_b1635164cf9d6a8a\.mdx:4: Invalid frontmatter field `kind`/],
  ['an unknown verdict', (c) => c.edit(REPORT, (t) => t.replace('id="c12" verdict="misquote"', 'id="c12" verdict="wrong"')), /content\/reports\/003_3604921ae2a8460e\.mdx:16:\d+: Claim `c12` has unknown verdict `wrong`\. Use one of `verbatim`, `accurate`, `partial`, `misquote`, `not-in-post`\./],
  ['an empty note', (c) => c.edit(REPORT, (t) => t.replace(/(<Claim id="c1" [^>]*note=")[^"]*"/, '$1"')), /content\/reports\/003_3604921ae2a8460e\.mdx:10:1: Claim `c1` has an empty note\./],
  ['an unknown anchor', (c) => c.edit(REPORT, (t) => t.replace('id="c1" verdict="accurate" cites="p6"', 'id="c1" verdict="accurate" cites="p99"')), 'content/reports/003_3604921ae2a8460e.mdx:10:1: Claim `c1` cites unknown passage `p99`. Use an id from the post, e.g. `p12`.'],
  ['a `verbatim` quote that differs', (c) => c.edit(REPORT, (t) => t.replace('id="c12" verdict="misquote"', 'id="c12" verdict="verbatim"')), /content\/reports\/003_3604921ae2a8460e\.mdx:16:\d+: Claim `c12` is marked `verbatim` but differs from ¶ 42, sentence 3: We \[-do not-\]\{\+don't\+\}/],
  ['a `misquote` that matches', (c) => c.edit(REPORT, (t) => t.replace(/<Claim id="c10" [^>]*>OpenAI’s blog post outlined three prohibited use cases for its models: mass domestic surveillance,(.*?)<\/Claim>/, 'OpenAI’s blog post outlined three prohibited use cases for its models: <Claim id="c10" verdict="misquote" cites="p10" note="A note.">mass domestic surveillance</Claim>,$1')), /content\/reports\/003_3604921ae2a8460e\.mdx:16:\d+: Claim `c10` is marked `misquote` but matches ¶ 10 word for word\. Mark it `verbatim`\./],
  ['annotation text not in the page', (c) => c.edit(REPORT, (t) => t.replace('>OpenAI has reached a deal to deploy', '>OpenAI has reached a pact to deploy')), /content\/reports\/003_3604921ae2a8460e\.mdx:10:1: Claim `c1` wraps words that are not in the report: “OpenAI has reached a pact to deploy/],
  ['a placeholder note left by `npm run suggest -- --write`', (c) => c.edit(REPORT, (t) => t.replace(/(<Claim id="c1" [^>]*note=")[^"]*"/, '$1WRITE A NOTE (suggested: p6, p7, p40)"')), 'content/reports/003_3604921ae2a8460e.mdx:10:1: Claim `c1` is still a draft: placeholder note `WRITE A NOTE`. Before publishing, note: write one or two neutral sentences saying why the verdict holds.'],
  ['a placeholder verdict and id', (c) => c.edit(REPORT, (t) => t.replace('id="c12" verdict="misquote"', 'id="c?" verdict="CHOOSE"')), /content\/reports\/003_3604921ae2a8460e\.mdx:16:\d+: A claim is still a draft: placeholder id `c\?`, verdict `CHOOSE`\. Before publishing, id: give it `id="c<number>"`, unique on the page; verdict: choose one of `verbatim`, `accurate`, `partial`, `misquote`, `not-in-post`\./],
  ['placeholder words', (c) => c.edit(REPORT, (t) => t.replace(/(<Claim id="c4" [^>]*>)[^<]*</, '$1…words…<')), /content\/reports\/003_3604921ae2a8460e\.mdx:12:\d+: Claim `c4` is still a draft: placeholder text `…words…`\. Before publishing, text: wrap the report’s own words\./],
  ['an unknown metadata key', (c) => c.edit(REPORT, (t) => t.replace('titleSource: "opening-words"\n', 'titleSource: "opening-words"\noutlett: "The Harbor Ledger"\n')), 'content/reports/003_3604921ae2a8460e.mdx:8: Unknown frontmatter field `outlett`. Did you mean `outlet`? Allowed fields: `seed`, `seedSha256`, `kind`, `slug`, `title`, `titleSource`, `author`, `published`, `publishedAsStated`, `outlet`, `authors`, `url`, `captured`, `language`, `draft`.'],
  ['a relative report URL', (c) => c.edit(REPORT, (t) => t.replace('titleSource: "opening-words"\n', 'titleSource: "opening-words"\nurl: "/news/openai-deal"\n')), 'content/reports/003_3604921ae2a8460e.mdx:8: Invalid frontmatter field `url`: expected an absolute http(s) URL, e.g. `https://example.org/news/story`, found `"/news/openai-deal"`. Correct the value.'],
  ['malformed MDX', (c) => c.edit(REPORT, (t) => t.replace('for the Pentagon</Claim>', 'for the Pentagon')), 'content/reports/003_3604921ae2a8460e.mdx:10:1: Malformed MDX: Expected a closing tag for `<Claim>` (10:1-10:177) before the end of `paragraph`. Close every tag you open'],
];

describe('the build stops on bad input', () => {
  test.each(cases)('when it meets %s', (_name, damage, message) => {
    const outcome = buildDamagedCopy(damage);
    expect(outcome.status).not.toBe(0);
    if (typeof message === 'string') expect(outcome.output).toContain(message);
    else expect(outcome.output).toMatch(message);
    expect(outcome.published).toBe(false);
  });
});
