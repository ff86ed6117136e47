/**
 * A report marked `draft: true` is never published: a real build of a copy
 * of the content leaves it out of the pages, the search index, the sitemap
 * and the open data, while the rest of the site builds as before.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildDamagedCopy } from '../support/build-copy.ts';

const DRAFT = 'openai-has-reached-a-deal-to-deploy-its';

test('a draft report is left out of the published site', () => {
  const outcome = buildDamagedCopy(
    (copy) => {
      copy.edit('content/reports/003_3604921ae2a8460e.mdx', (t) => t.replace('titleSource: "', 'draft: true\ntitleSource: "'));
      // A draft was never published, so it has no corrections: the copy drops the real report's.
      copy.edit('content/corrections.yaml', (t) =>
        t
          .split(/(?=^- date:)/m)
          .filter((entry) => !entry.includes(`report: ${DRAFT}`))
          .join(''),
      );
    },
    (dist) => {
      expect(existsSync(join(dist, 'reports', DRAFT))).toBe(false);
      expect(existsSync(join(dist, 'cite', DRAFT))).toBe(false);
      expect(existsSync(join(dist, 'reports/openai-secures-pentagon-partnership-for-classified-ai-deployment/index.html'))).toBe(true);
      for (const file of [
        'sitemap.xml',
        'annotations.jsonld',
        'index.html',
        'quotes/index.html',
        'sources/our-agreement-with-the-department-of-war/index.html',
      ]) {
        expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain(DRAFT);
      }
      const fragments = readdirSync(join(dist, 'pagefind/fragment'));
      expect(fragments.length).toBeGreaterThan(0);
    },
  );
  expect(outcome.status, outcome.output).toBe(0);
  expect(outcome.output).toMatch(/Search index: \d+ passages/);
  const lock = JSON.parse(readFileSync('content/anchors.lock.json', 'utf8')) as Record<string, Record<string, string>>;
  const passages = (slugs: string[]) => slugs.flatMap((slug) => Object.keys(lock[slug] ?? {}).filter((id) => /^p\d+$/.test(id))).length;
  const published = Object.keys(lock).filter((slug) => slug !== DRAFT);
  expect(Number(/Search index: (\d+) passages/.exec(outcome.output)?.[1])).toBe(passages(published));
});
