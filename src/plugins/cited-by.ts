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

/** The "cited by" list for one passage. */
export function citedBy(claims: readonly ReportClaim[], base: string): Element {
  const links: ElementContent[] = claims.map(({ report, claim }) => {
    const info = VERDICT_INFO[claim.verdict];
    const href = withBase(base, `${documentPath(report)}#${claim.id}`);
    return h('span', { className: ['cited-by-item'] }, [h('a', { href, className: ['verdict', `verdict--${claim.verdict}`] }, [{ type: 'text', value: `${info.symbol} ${info.label}` }]), { type: 'text', value: ` · ${report.title.length > 60 ? `${report.title.slice(0, 57)}…` : report.title} (${claim.id})` }]);
  });
  return h('span', { className: ['cited-by'], dataPagefindIgnore: '' }, [
    h('span', { className: ['cited-by-label'] }, [{ type: 'text', value: `Cited by ${claims.length} claim${claims.length === 1 ? '' : 's'}` }]),
    ...links,
  ]);
}
