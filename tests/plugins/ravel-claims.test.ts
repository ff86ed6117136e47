import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { ravelClaims } from '../../src/plugins/ravel-claims.ts';

const claim = (text: string) => ({ type: 'mdxJsxFlowElement', name: 'Claim', attributes: [], children: [{ type: 'text', value: text }] });

describe('ravelClaims', () => {
  test('puts a paragraph that MDX unravelled into bare claims back into a paragraph', () => {
    const tree = { type: 'root', children: [claim('One.'), { type: 'text', value: '\n' }, claim('Two.'), { type: 'text', value: '\n' }, { type: 'element', tagName: 'p', properties: {}, children: [] }] } as unknown as Root;
    ravelClaims(tree);
    const [first, , second] = tree.children as Array<{ type: string; tagName?: string; children?: Array<{ type: string }> }>;
    expect(first?.tagName).toBe('p');
    expect(first?.children?.map((c) => c.type)).toEqual(['mdxJsxTextElement', 'text', 'mdxJsxTextElement']);
    expect(second?.tagName).toBe('p');
    expect(tree.children).toHaveLength(3);
  });

  test('leaves other flow elements alone', () => {
    const artefact = { type: 'mdxJsxFlowElement', name: 'Artefact', attributes: [], children: [] };
    const tree = { type: 'root', children: [artefact] } as unknown as Root;
    ravelClaims(tree);
    expect(tree.children).toEqual([artefact]);
  });
});
