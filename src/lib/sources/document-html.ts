/**
 * A document's hast written out as HTML, byte for byte as Astro writes the
 * same tree when MDX compiles it to JSX: text escaped with `& < > ' "`,
 * attribute values with `&` and `"`, an empty value as the bare name, and
 * void elements without a closing tag. Reports are rendered this way, once
 * per page, instead of each becoming a module of the site's bundle.
 */
import type { ElementContent, Nodes, Properties } from 'hast';
import { find, html } from 'property-information';

const VOID = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
/** Attributes Astro writes as their bare name whenever their value is truthy, and leaves out otherwise. */
const BOOLEAN =
  /^(allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope)$/i;
/** Attributes Astro treats that way only when their value is a boolean. */
const BOOLEAN_IF_BOOLEAN = /^(popover|download|hidden)$/i;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text as Astro escapes a JSX child string. */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/**
 * One hast property as an attribute, with its leading space, as MDX hands it to Astro as a JSX prop and Astro
 * writes it: MDX drops false and missing values and passes `true` on; empty when the attribute is left out.
 */
export function attributeHtml(key: string, value: Properties[string]): string {
  const info = find(html, key);
  const name = info.attribute;
  if (value === null || value === undefined || value === false) return '';
  if (BOOLEAN.test(name) || (typeof value === 'boolean' && BOOLEAN_IF_BOOLEAN.test(name))) return value ? ` ${name}` : '';
  const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
  if (text === '') return ` ${name}`;
  return ` ${name}="${text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/** The HTML of a hast tree made only of elements, text and raw HTML; anything else (MDX's own nodes) is a caller's bug. */
export function documentHtml(node: Nodes | ElementContent): string {
  switch (node.type) {
    case 'root':
      return node.children.map(documentHtml).join('');
    case 'text':
      return escapeText(node.value);
    case 'raw':
      return node.value;
    case 'element': {
      const attributes = Object.entries(node.properties)
        .map(([key, value]) => attributeHtml(key, value))
        .join('');
      const open = `<${node.tagName}${attributes}>`;
      return VOID.test(node.tagName) ? open : `${open}${node.children.map(documentHtml).join('')}</${node.tagName}>`;
    }
    default:
      throw new Error(`A document's HTML cannot hold a \`${node.type}\` node; render MDX components to elements first.`);
  }
}
