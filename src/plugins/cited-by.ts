/**
 * "Cited by" on a primary source's passage: the claims of the reports that
 * cite it, each with its verdict and a link back to the claim in its report.
 * Only spans: the list sits inside a <p> or <li>, where block elements are invalid.
 */
import type { Element, ElementContent } from 'hast';
import type { ReportClaim } from '../lib/corpus.ts';
import { documentPath } from '../lib/documents.ts';
import { withBase } from '../lib/url.ts';
import { VERDICT_INFO } from '../lib/verdicts.ts';
import { h } from './hast-nodes.ts';

/** The first words of a report's title, enough to tell the three apart in a margin note. */
export function shortTitle(title: string, words = 4): string {
  const parts = title.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : title;
}

/** The "cited by" list for one passage. */
export function citedBy(claims: readonly ReportClaim[], base: string): Element {
  const links: ElementContent[] = claims.map(({ report, claim }) => {
    const info = VERDICT_INFO[claim.verdict];
    const href = withBase(base, `${documentPath(report)}#${claim.id}`);
    return h('span', { className: ['cited-by-item'] }, [h('a', { href, className: ['verdict', `verdict--${claim.verdict}`] }, [{ type: 'text', value: `${info.symbol} ${info.label}` }]), { type: 'text', value: ` ${shortTitle(report.title)}, ${claim.id}` }]);
  });
  return h('span', { className: ['cited-by'], dataPagefindIgnore: '' }, [
    h('span', { className: ['cited-by-label'] }, [{ type: 'text', value: `Cited by ${claims.length} claim${claims.length === 1 ? '' : 's'}` }]),
    ...links,
  ]);
}
