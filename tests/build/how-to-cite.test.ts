/**
 * The code the How to cite page publishes runs against the open data the
 * build writes beside it: a sample that printed `undefined` for every claim
 * would send a researcher's first script astray.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';

const page = fromHtml(readFileSync('dist/how-to-cite/index.html', 'utf8'));
const annotations = JSON.parse(readFileSync('dist/annotations.jsonld', 'utf8')) as { total: number };
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/** Runs a published script with `fetch` answering from dist/, and returns what it logs, one array per call. */
async function run(code: string): Promise<unknown[][]> {
  const logged: unknown[][] = [];
  const fetchFromDist = async (url: string) => {
    const path = new URL(url).pathname;
    return new Response(readFileSync(`dist${path}`, 'utf8'));
  };
  await new AsyncFunction('fetch', 'console', code)(fetchFromDist, { log: (...args: unknown[]) => logged.push(args) });
  return logged;
}

describe('the How to cite page’s code', () => {
  const script = selectAll('pre', page)
    .map((pre) => toText(pre, { whitespace: 'pre' }))
    .find((code) => code.includes('annotations.jsonld'));

  test('prints each claim’s verdict, its words and its cited passages from the open data', async () => {
    expect(script, 'the page shows the fetch example').toBeDefined();
    const logged = await run(script ?? '');
    expect(logged).toHaveLength(annotations.total);
    for (const [verdict, words, passages] of logged) {
      expect(typeof verdict).toBe('string');
      expect(typeof words === 'string' && words.length > 0, `words of a ${String(verdict)} claim`).toBe(true);
      expect(Array.isArray(passages)).toBe(true);
    }
  });
});
