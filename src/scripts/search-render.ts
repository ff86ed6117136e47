/**
 * Renders search results and filters with DOM APIs only (no innerHTML), so
 * the page's Content-Security-Policy and the passages' own text stay intact.
 */
import { textFragment } from '../lib/search/search-query.ts';
import { sentenceAnchor } from '../lib/search/sentence-link.ts';
import type { FilterChoice, PassageHit } from './pagefind-client.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: Array<Node | string> = []): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt as text with its <mark>s, and nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(doc.body.firstChild?.childNodes ?? [])].map((node) => (node.nodeName === 'MARK' ? el('mark', {}, [node.textContent ?? '']) : document.createTextNode(node.textContent ?? '')));
}

function claimLines(summary: string | undefined): HTMLElement[] {
  return (summary ?? '').split('\n').filter(Boolean).map((line) => {
    const [verdict = '', label = '', url = '', where = ''] = line.split('|');
    const badge = el('span', { className: `verdict verdict--${verdict}` }, [label]);
    const parts: Array<Node | string> = ['A claim here is marked ', badge];
    if (url) parts.push(': compare ', el('a', { href: url }, [`the post, ${where}`]));
    return el('p', { className: 'result-claim' }, parts);
  });
}

/** One result: the link to the sentence it matched (highlighting it and the query on arrival), its excerpt and its claims. */
export function resultItem(hit: PassageHit, query: string): HTMLLIElement {
  const [page = '', passage = ''] = hit.url.split('#');
  const text = hit.meta['text'] ?? '';
  // The sentence's own anchor, so the whole sentence is highlighted on arrival, and the words within it.
  const href = `${page}#${sentenceAnchor(passage, text, query) ?? passage}${textFragment(text, query)}`;
  const link = el('a', { href, className: 'result-link' }, [el('span', { className: 'result-passage' }, [hit.meta['passage'] ?? '']), ' ', el('span', { className: 'result-document' }, [hit.meta['document'] ?? ''])]);
  return el('li', { className: 'search-result' }, [
    el('h2', { className: 'result-title' }, [link]),
    el('p', { className: 'result-kind' }, [hit.meta['kind'] ?? '']),
    el('p', { className: 'result-excerpt' }, excerptNodes(hit.excerpt)),
    ...claimLines(hit.meta['claims']),
  ]);
}

const FILTER_LABELS: Record<string, string> = { kind: 'Kind', document: 'Document', verdict: 'Verdict', speaker: 'Speaker' };

/** The filter checkboxes, ticked as chosen; `onChange` receives the new choice. */
export function filterControls(available: Record<string, Record<string, number>>, chosen: FilterChoice, onChange: (next: FilterChoice) => void): HTMLElement[] {
  return Object.keys(FILTER_LABELS).filter((name) => available[name]).map((name) => {
    const boxes = Object.keys(available[name] ?? {}).sort().map((value) => {
      const input = el('input', { type: 'checkbox', name, value, checked: (chosen[name] ?? []).includes(value) });
      input.addEventListener('change', () => {
        const values = new Set(chosen[name] ?? []);
        if (input.checked) values.add(value);
        else values.delete(value);
        onChange({ ...chosen, [name]: [...values] });
      });
      return el('label', { className: 'filter-option' }, [input, ` ${value}`]);
    });
    return el('fieldset', { className: 'search-filter' }, [el('legend', {}, [FILTER_LABELS[name] ?? name]), ...boxes]);
  });
}
