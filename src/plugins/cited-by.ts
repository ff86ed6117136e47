/**
 * "Cited by" on a primary source's passage: the claims of the reports that
 * cite it, grouped by report, each with its verdict and a link back to the
 * claim. It is the passage's first extra after its ¶ and Cite links, so that
 * on wide screens it floats into the margin beside the passage's first line
 * (and the passage grows to hold it, so it never slides onto the next one);
 * on narrow screens it folds to one button that opens the list as a popover,
 * which needs no JavaScript. Only phrasing content: the note sits inside a
 * <p> or <li>, where block elements are invalid.
 */
import type { Element, ElementContent } from 'hast';
import type { ReportClaim } from '../lib/corpus/corpus.ts';
import { documentPath } from '../lib/sources/documents.ts';
import { withBase } from '../lib/site/url.ts';
import { VERDICT_INFO } from '../lib/claims/verdicts.ts';
import { h } from './hast-nodes.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The first words of a report's title, enough to tell the three apart in a margin note. */
export function shortTitle(title: string, words = 4): string {
  const parts = title.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : title;
}

/** Claims grouped by report, reports in the order they first cite the passage. */
function byReport(claims: readonly ReportClaim[]): ReportClaim[][] {
  const groups = new Map<string, ReportClaim[]>();
  for (const item of claims) groups.set(item.report.slug, [...(groups.get(item.report.slug) ?? []), item]);
  return [...groups.values()];
}

/** One report's line: its short title, then a verdict chip per claim. */
function reportLine(claims: readonly ReportClaim[], base: string): Element {
  const title = shortTitle(claims[0]?.report.title ?? '', 3);
  const chips = claims.flatMap(({ report, claim }) => {
    const info = VERDICT_INFO[claim.verdict];
    const href = withBase(base, `${documentPath(report)}#${claim.id}`);
    // The symbol keeps a chip short; its label is read out and shown on hover.
    const chip = h('a', { href, className: ['verdict', `verdict--${claim.verdict}`], title: `${info.label}: ${claim.id}, ${report.title}` }, [
      h('span', { ariaHidden: 'true' }, [text(info.symbol)]),
      h('span', { className: ['visually-hidden'] }, [text(`${info.label}, `)]),
      text(claim.id),
    ]);
    return [text(' '), chip];
  });
  return h('span', { className: ['cited-by-report'] }, [h('span', { className: ['cited-by-title'] }, [text(`${title}:`)]), ...chips]);
}

/** The "cited by" note for one passage. */
export function citedBy(passageId: string, claims: readonly ReportClaim[], base: string): Element {
  const count = `Cited by ${claims.length} claim${claims.length === 1 ? '' : 's'}`;
  const listId = `cited-${passageId}`;
  return h('span', { className: ['cited-by'], dataPagefindIgnore: '', dataCitedBy: passageId }, [
    h('button', { type: 'button', className: ['cited-by-toggle'], popoverTarget: listId, ariaLabel: `${count}: show them` }, [text(count)]),
    h('span', { className: ['cited-by-list'], id: listId, popover: '' }, [
      h('span', { className: ['cited-by-label'] }, [text(count)]),
      h('button', { type: 'button', className: ['cited-by-close'], popoverTarget: listId, popoverTargetAction: 'hide' }, [text('Close')]),
      ...byReport(claims).map((group) => reportLine(group, base)),
    ]),
  ]);
}
