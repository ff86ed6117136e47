/**
 * axe-core in a page under test: injected by the test, run on the whole
 * document, and its violations brought back as ids and the elements found.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A and AA tags every page is held to. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One rule broken, with the elements that break it. */
export interface AxeViolation {
  id: string;
  nodes: Array<{ target: string[] }>;
}

/** The axe violations on the page for the rules or tags chosen (by default WCAG 2.2 A and AA), each with the elements it found. */
export async function axeViolations(
  page: Page,
  runOnly: { type: 'tag' | 'rule'; values: string[] } = { type: 'tag', values: WCAG_AA_TAGS },
): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: only });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, runOnly);
}
