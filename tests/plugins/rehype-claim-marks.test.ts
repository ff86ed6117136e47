/**
 * The claim markers of a report, from MDX to the HTML readers get: MDX's own
 * processor, the plugin, then the site's HTML writer.
 */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { CheckedClaim } from '../../src/lib/claims/claim.ts';
import { VERDICT_INFO, type Verdict } from '../../src/lib/claims/verdicts.ts';
import { documentHtml } from '../../src/lib/sources/document-html.ts';
import { mdxHast } from '../../src/plugins/mdx-hast.ts';
import rehypeClaimMarks from '../../src/plugins/rehype-claim-marks.ts';

const checked = (id: string, verdict: Verdict): CheckedClaim => ({ id, verdict, note: 'A note.', text: '', passage: 'p1', prefix: '', suffix: '', cites: [] });

/** The HTML of an MDX text whose claims the corpus checked as given. */
function render(mdx: string, claims: CheckedClaim[], draft = false): string {
  return documentHtml(mdxHast([[rehypeClaimMarks, { claims, draft }]])(new VFile({ value: mdx, path: 'input.mdx' })));
}

describe('rehype-claim-marks', () => {
  test('marks a checked claim’s words by verdict and follows them with the button that opens its note', () => {
    expect(render('Before <Claim id="c1" verdict="partial">the words</Claim> after.', [checked('c1', 'partial')])).toBe(
      '<p>Before <mark class="claim claim--partial" id="c1">the words</mark><span class="claim-mark" data-pagefind-ignore>&#8288;' +
        '<button type="button" class="claim-marker verdict--partial" popovertarget="c1-note" aria-label="Partial: open the note on claim c1">' +
        '<span aria-hidden="true">◐</span><span class="claim-marker-label"> Partial</span></button></span> after.</p>',
    );
  });

  test('shows a draft’s claim that the corpus does not hold as unchecked, with no marker', () => {
    expect(render('Still <Claim id="c9">unfinished</Claim>.', [], true)).toBe('<p>Still <span class="claim claim--draft" id="c9">unfinished</span>.</p>');
  });

  test('stops a published report whose claim the corpus does not hold, naming the claim and its place', () => {
    let error: unknown;
    try {
      render('Text.\n\n<Claim id="c9">Unchecked.</Claim>', []);
    } catch (thrown) {
      error = thrown;
    }
    expect(String(error)).toBe('input.mdx:3:1-3:34: Claim `c9` is not in the checked corpus');
  });

  test('keeps the space between two claims, which is part of the report’s text', () => {
    const html = render('Then <Claim id="c1">one.</Claim> <Claim id="c2">Two.</Claim>', [checked('c1', 'accurate'), checked('c2', 'accurate')]);
    expect(html).toContain('</button></span> <mark class="claim claim--accurate" id="c2">');
  });

  test.each(Object.keys(VERDICT_INFO) as Verdict[])('labels a %s claim’s button with its verdict’s symbol and name', (verdict) => {
    const { label, symbol } = VERDICT_INFO[verdict];
    const html = render('Said <Claim id="c1">this</Claim>.', [checked('c1', verdict)]);
    expect(html).toContain(`class="claim-marker verdict--${verdict}" popovertarget="c1-note" aria-label="${label}: open the note on claim c1">`);
    expect(html).toContain(`<span aria-hidden="true">${symbol.replace(/&/g, '&amp;')}</span><span class="claim-marker-label"> ${label}</span>`);
  });
});
