/**
 * Where report pages get their text as HTML. The integration, in Astro's
 * config context, renders it from the report's MDX file (build/render-report.ts);
 * pages run in Vite's SSR runtime, so one global slot carries the renderer
 * across, as it does the corpus (both run in one process).
 */
import type { CheckedDocument } from '../lib/corpus/corpus.ts';

const SLOT = Symbol.for('red-lines:report-html');
type Slot = { [SLOT]?: (document: CheckedDocument) => string };

/** Called by the integration: how pages render a report's text. */
export function provideReportHtml(render: (document: CheckedDocument) => string): void {
  (globalThis as Slot)[SLOT] = render;
}

/** A report's text as HTML, with its anchors, passage tools and claim markers. */
export function reportHtml(document: CheckedDocument): string {
  const render = (globalThis as Slot)[SLOT];
  if (!render) throw new Error('Reports cannot be rendered yet. Add the `contentGuard` integration to astro.config.mjs.');
  return render(document);
}
