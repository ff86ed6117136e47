/** Capture artefacts in a page, from MDX to the HTML readers get. */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { documentHtml } from '../../src/lib/sources/document-html.ts';
import { mdxHast } from '../../src/plugins/mdx-hast.ts';
import rehypeArtefacts, { ARTEFACT_LABEL } from '../../src/plugins/rehype-artefacts.ts';

function render(mdx: string): string {
  return documentHtml(mdxHast([rehypeArtefacts])(new VFile({ value: mdx, path: 'input.mdx' })));
}

describe('rehype-artefacts', () => {
  test('keeps page furniture in a block labelled as not part of the text, which search leaves out', () => {
    expect(render('<Artefact>\n\n0 views\n\n</Artefact>')).toBe(
      `<div class="artefact">\n  <p class="artefact-label" data-pagefind-ignore>${ARTEFACT_LABEL}</p>\n  <p>0 views</p>\n</div>`,
    );
  });

  test('keeps every line of the furniture, in order', () => {
    const html = render('Text.\n\n<Artefact>\n\nBack to Blog\n\nShare\n\n</Artefact>');
    expect(html.indexOf('<p>Back to Blog</p>')).toBeLessThan(html.indexOf('<p>Share</p>'));
    expect(html.match(/class="artefact"/g)).toHaveLength(1);
  });
});
