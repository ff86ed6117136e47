import { codeToHast } from 'shiki';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import shikiLineAnchors, { lineId } from '../../src/plugins/shiki-line-anchors.ts';
import { elements } from '../support/dist.ts';

const lines = async (code: string) =>
  elements(await codeToHast(code, { lang: 'txt', theme: 'github-light', transformers: [shikiLineAnchors()] })).filter(
    (el: Element) => el.properties['class'] === 'line',
  );

describe('shikiLineAnchors', () => {
  test('gives every line, empty ones too, its id and a link to itself before its text', async () => {
    const rendered = await lines('First line\n\n  <b>&amp; third</b>');
    expect(rendered.map((el) => el.properties['id'])).toEqual(['L1', 'L2', 'L3']);
    expect(rendered.map((el) => [(el.children[0] as Element).properties['href'], toString(el.children[0] as Element)])).toEqual([
      ['#L1', '1'],
      ['#L2', '2'],
      ['#L3', '3'],
    ]);
    expect(
      rendered.map((el) =>
        el.children
          .slice(1)
          .map((c) => toString(c as Element))
          .join(''),
      ),
    ).toEqual(['First line', '', '  <b>&amp; third</b>']);
  });

  test('names lines as GitHub does', () => {
    expect(lineId(12)).toBe('L12');
  });
});
