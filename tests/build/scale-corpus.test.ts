/**
 * The benchmarks' synthetic corpus is a corpus the build accepts: its
 * reports, anchors and claims load with both locks held, so `bench:scale`
 * measures a build that publishes rather than one that stops.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeScaleCorpus } from '../../bench/scale-corpus.ts';
import { loadCorpus } from '../../src/build/load-corpus.ts';
import { projectPaths } from '../../src/build/project-paths.ts';

describe('the synthetic corpus of the benchmarks', () => {
  test('loads with its anchors and claims locked, and no content error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rla-scale-corpus-'));
    try {
      writeScaleCorpus(dir, 12);
      const { corpus, errors } = loadCorpus(projectPaths(dir), { drafts: false, lock: true });
      expect(errors.map((e) => e.message)).toEqual([]);
      expect(corpus.documents.filter((d) => d.meta.kind === 'report')).toHaveLength(12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
