/**
 * The visible ¶ number of a passage: a link to itself, as in legal documents
 * ("cite as ¶ 12"). It is site chrome, so search and copy leave it out.
 */
import type { Element } from 'hast';
import { parseAnchor } from '../lib/sources/anchors.ts';
import { h, type Container } from './hast-nodes.ts';

/** The ¶ link for a passage id. */
export function pilcrowLink(id: string): Element {
  const label = `¶ ${parseAnchor(id)?.passage ?? id}`;
  return h('a', { className: ['pilcrow'], href: `#${id}`, dataPagefindIgnore: '', ariaLabel: `${label}, link to this passage` }, [{ type: 'text', value: label }]);
}

/** The passage's "Cite" link: to its citations on the cite page, opened in place when JavaScript runs. */
export function citeLink(id: string, citePage: string): Element {
  const label = `Cite ¶ ${parseAnchor(id)?.passage ?? id}`;
  return h('a', { className: ['cite-link'], href: `${citePage}#${id}`, dataCiteLink: id, dataPagefindIgnore: '', ariaLabel: label }, [{ type: 'text', value: 'Cite' }]);
}

/** Puts a heading and its ¶ link side by side in a wrapper, so the link stays out of the heading's name. */
export function wrapHeading(parent: Container, heading: Element, id: string): Element {
  const index = parent.children.indexOf(heading);
  const wrapper = h('div', { className: ['passage-heading'] }, [heading, pilcrowLink(id)]);
  (parent.children as Element[]).splice(index, 1, wrapper);
  return wrapper;
}
