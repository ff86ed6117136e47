/**
 * Renders search results and filters with DOM APIs only (no innerHTML), so
 * the page's Content-Security-Policy and the passages' own text stay intact:
 * whatever a query or a record holds is set as text.
 */
import { VERDICT_INFO } from '../lib/claims/verdicts.ts';
import type { ResultClaim } from '../lib/search/result-claims.ts';
import type { FilterChoice } from './pagefind-client.ts';
import type { PassageResult } from '../lib/search/passage-result.ts';

/** Longest stretch of a claim's words a card repeats. */
const CLAIM_WORDS_SHOWN = 140;

/** An element with its properties and children, all set as data (text, never markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** One claim of a passage, named by its own words: “…” is marked Misquote: compare the post, ¶ 42. */
function claimLine(claim: ResultClaim): HTMLElement {
  // The card sets the claim in quotation marks (as text, so they copy too); a claim that is itself a quotation keeps only those.
  const text = claim.text.replace(/^[“"‘]|[”"’]$/g, '');
  const words = text.length > CLAIM_WORDS_SHOWN ? `${text.slice(0, CLAIM_WORDS_SHOWN - 1)}…` : text;
  const parts: Array<Node | string> = [
    `The claim “${words}” is marked `,
    el('span', { className: `verdict verdict--${claim.verdict}` }, [VERDICT_INFO[claim.verdict].label]),
  ];
  const { compare } = claim;
  if (compare) parts.push(': compare ', el('a', { href: compare.url }, [`${compare.source ? `“${compare.source}”` : 'the post'}, ${compare.where}`]));
  return el('p', { className: 'result-claim' }, [...parts, '.']);
}

/** One result: the passage link (highlighting the matched words on arrival), its excerpt and its claims; its title is a heading of `level`. */
export function resultItem(result: PassageResult, level: 'h2' | 'h3' = 'h2'): HTMLLIElement {
  const link = el('a', { href: result.href, className: 'result-link' }, [
    el('span', { className: 'result-passage' }, [result.label]),
    ' ',
    el('span', { className: 'result-document' }, [result.document]),
  ]);
  const excerpt = result.excerpt.map((part) => (part.marked ? el('mark', {}, [part.text]) : document.createTextNode(part.text)));
  return el('li', { className: 'search-result' }, [
    el(level, { className: 'result-title' }, [link]),
    el('p', { className: 'result-kind' }, [result.kind]),
    el('p', { className: 'result-excerpt' }, excerpt),
    ...(result.captures ? [el('p', { className: 'result-captures' }, [result.captures])] : []),
    ...(result.caveat ? [el('p', { className: 'result-caveat' }, [result.caveat])] : []),
    ...result.claims.map(claimLine),
  ]);
}

/** “Did you mean …?”, linking to the suggested search. */
export function suggestionLine(suggestion: string, href: string): HTMLElement {
  return el('p', { className: 'search-suggestion' }, ['Did you mean ', el('a', { href }, [suggestion]), '?']);
}

// A claim filter asks about the claim the searched words are in (both of them about the same claim; see result-claims.ts).
const FILTER_LABELS: Record<string, string> = {
  kind: 'Kind',
  document: 'Document',
  verdict: 'Verdict of the claim the words are in',
  speaker: 'Speaker that claim quotes',
  capture: 'Capture',
};

/** The filter checkboxes, ticked as chosen; `onChange` receives the new choice. */
export function filterControls(available: Record<string, Record<string, number>>, chosen: FilterChoice, onChange: (next: FilterChoice) => void): HTMLElement[] {
  return Object.keys(FILTER_LABELS)
    .filter((name) => available[name])
    .map((name) => {
      const boxes = Object.keys(available[name] ?? {})
        .sort()
        .map((value) => {
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
