/**
 * A Shiki transformer for a seed's raw view: every line gets an id, `L12`,
 * and a visible link to itself first, so a reader can cite or check any line
 * of a capture, with no JavaScript. The number sits outside the line's text
 * (its own element, not selectable), so the text stays the seed's bytes.
 */
import type { ShikiTransformer } from 'shiki';

/** The id of a seed's line on its raw view: `L12`. */
export function lineId(line: number): string {
  return `L${line}`;
}

/** Adds `id="L12"` and a link `#L12` showing the number to every line Shiki renders. */
export default function shikiLineAnchors(): ShikiTransformer {
  return {
    name: 'red-lines:line-anchors',
    line(node, line) {
      node.properties['id'] = lineId(line);
      const number = { type: 'text' as const, value: String(line) };
      node.children.unshift({
        type: 'element',
        tagName: 'a',
        properties: { class: 'raw-line-number', href: `#${lineId(line)}`, 'aria-label': `Line ${line}` },
        children: [number],
      });
    },
  };
}
