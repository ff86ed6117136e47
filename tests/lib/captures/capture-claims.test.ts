import { describe, expect, test } from 'vitest';
import { claimedCaptures } from '../../../src/lib/captures/capture-claims.ts';
import { meta } from '../corpus/fixtures.ts';
import { captureInput } from '../../support/test-captures.ts';

const POST = { path: 'content/sources/post.mdx', meta: meta('source', 'our-agreement-with-the-department-of-war', '002_post.txt') };
const REPORT = { path: 'content/reports/report.mdx', meta: meta('report', 'a-report', '000_report.txt') };
const documents = [POST, REPORT];
const text = 'Deploy via cloud only.\n';

describe('claimedCaptures', () => {
  test('keeps a record of a known source whose seed no one else claims', () => {
    const input = captureInput('100_copy.txt', text);
    expect(claimedCaptures([input], documents)).toEqual({ inputs: [input], errors: [] });
  });

  test('keeps the reading capture’s own record: the source page’s seed is its own to claim', () => {
    const input = captureInput('002_post.txt', text);
    expect(claimedCaptures([input], documents).errors).toEqual([]);
  });

  test('refuses a seed a report already holds, at the record’s `seed` line', () => {
    const input = captureInput('000_report.txt', text);
    const { inputs, errors } = claimedCaptures([input], documents);
    expect(inputs).toEqual([]);
    expect(errors.map((e) => [e.rule, e.place])).toEqual([['captures:seed-claimed', { file: input.record.file, line: input.record.lines.get('seed') }]]);
    expect(errors[0]!.message).toContain('Seed `000_report.txt` is already claimed by content/reports/report.mdx.');
  });

  test('gives a seed claimed by two records to the first by file name, and names it in the other’s error', () => {
    const first = captureInput('100_copy.txt', text, { file: 'content/captures/a.yaml' });
    const second = captureInput('100_copy.txt', text, { file: 'content/captures/b.yaml' });
    const { inputs, errors } = claimedCaptures([second, first], documents);
    expect(inputs).toEqual([first]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('is already claimed by content/captures/a.yaml.')]);
  });

  test('refuses a capture of a source that does not exist, and lists the sources there are', () => {
    const input = captureInput('100_copy.txt', text, { of: 'no-such-post' });
    const { errors } = claimedCaptures([input], documents);
    expect(errors.map((e) => [e.rule, e.place.line])).toEqual([['captures:unknown-source', input.record.lines.get('of')]]);
    expect(errors[0]!.message).toMatch(
      /Capture of unknown source `no-such-post`\. Set `of` to the slug of a primary source: `our-agreement-with-the-department-of-war`\.$/,
    );
  });
});
