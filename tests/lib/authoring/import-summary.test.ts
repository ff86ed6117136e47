import { describe, expect, test } from 'vitest';
import { importSummary } from '../../../src/lib/authoring/import-summary.ts';
import type { DocumentMeta } from '../../../src/lib/sources/document-schema.ts';

const report: DocumentMeta = {
  seed: '910_x.txt',
  seedSha256: 'a'.repeat(64),
  kind: 'report',
  slug: 'deal',
  title: 'Deal Puts Limits on Models',
  titleSource: 'headline',
  outlet: 'The Harbor Ledger',
  authors: ['Ana Ruiz'],
};

describe('importSummary', () => {
  test('lists the real next steps for a report, suggest included, in the order they work', () => {
    const summary = importSummary('content/reports/910_x.mdx', report, 9);
    const steps = summary
      .split('\n')
      .filter((line) => /^ {2}\d+\. /.test(line))
      .map((line) => line.trim());
    expect(steps).toEqual([
      '1. npm run seeds:manifest',
      '2. npm run suggest -- content/reports/910_x.mdx --write',
      '3. edit content/reports/910_x.mdx',
      '4. npm run anchors:update',
      '5. npm run build',
    ]);
  });

  test('says what the seed stated, and that an editorial title is one', () => {
    expect(importSummary('p.mdx', report, 9)).toContain(
      'Title: “Deal Puts Limits on Models” (the headline).\nThe seed states: outlet The Harbor Ledger; by Ana Ruiz.',
    );
    const editorial = importSummary(
      'p.mdx',
      { seed: report.seed, seedSha256: report.seedSha256, kind: 'report', slug: 'x', title: 'The company said…', titleSource: 'opening-words' },
      9,
    );
    expect(editorial).toContain('(editorial: the seed has no headline, so these are its opening words)');
    expect(editorial).toContain('The seed states no outlet, author or date.');
  });

  test('leaves suggest out for a primary source, which has no claims', () => {
    expect(importSummary('p.mdx', { ...report, kind: 'source' }, 9)).not.toContain('suggest');
  });

  test('keeps every line within 100 columns', () => {
    const long = importSummary('content/reports/910_a_rather_long_seed_name_for_a_report.mdx', report, 9);
    expect(Math.max(...long.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });
});
