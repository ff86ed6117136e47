import { describe, expect, test } from 'vitest';
import { mdxBody, readPage } from '../../src/build/read-page.ts';

describe('readPage', () => {
  test('blanks the frontmatter but keeps every line, so places stay true to the file', () => {
    const source = '---\nslug: "x"\nkind: "report"\n---\n\nWords.\n';
    expect(mdxBody(source).split('\n')).toHaveLength(source.split('\n').length);
    expect(readPage('x.mdx', mdxBody(source), {}).passages[0]?.place).toEqual({ file: 'x.mdx', line: 6, column: 1 });
  });

  test('turns malformed MDX into a content error at its line, with the fix', () => {
    expect(readPage('x.mdx', '\nThe <Claim id="c1" note="n">open claim.\n', {}).errors.map((e) => `${e.message} [${e.rule}]`)).toEqual([
      'x.mdx:2:1: Malformed MDX: Expected a closing tag for `<Claim>` (2:5-2:29) before the end of `paragraph`. Close every tag you open, and write a literal `<` or `{` in text as `\\<` or `\\{`. [mdx:syntax]',
    ]);
  });

  test('turns what the plugins report into content errors with their rule ids', () => {
    const { errors } = readPage('x.mdx', 'Words.\n\n<div><Claim id="c1" verdict="accurate" note="n">Loose.</Claim></div>\n', {});
    expect(errors.map((e) => `${e.message} [${e.rule}]`)).toEqual([
      'x.mdx:3:6: Unexpected `<Claim>` outside a paragraph, heading or list item. Put the claim inside the text it annotates. [claims:outside-passage]',
    ]);
  });
});
