/**
 * The import refuses what would only fail later, each with the fix: a seed
 * named against the rule, a seed outside seeds/, a capture that is not plain
 * text, and a slug another page already has. `anchors:update` reports
 * pre-flight problems as themselves, not inside a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectEnv } from '../support/site-env.ts';

let dir = '';
const run = (script: string, args: string[]) => {
  const result = spawnSync('npx', ['tsx', `src/cli/${script}`, ...args], {
    encoding: 'utf8',
    env: projectEnv(dir),
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const seed = (name: string, text: string | Uint8Array) => writeFileSync(join(dir, 'seeds', name), text);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rla-import-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import refuses', () => {
  test.each([
    [
      'a seed named against the rule',
      'ledger-report.txt',
      'A Headline\nText.',
      'seeds/ledger-report.txt: Seed name `ledger-report.txt` does not follow the naming rule. Rename it to `NNN_id.txt`',
    ],
    [
      'a seed number already taken',
      '002_copy.txt',
      'A Headline\nText.',
      'seeds/002_copy.txt: Seed number `002` of `002_copy.txt` is already used by `002_b1635164cf9d6a8a.txt`.',
    ],
    [
      'a capture that is not plain text',
      '004_binary.txt',
      'A Headline\nText with a \u0000 in it.',
      'seeds/004_binary.txt:2: The seed holds the control character U+0000, which a page cannot show. Save the capture as plain UTF-8 text.',
    ],
    [
      'a slug another page has, offering a free one',
      '004_copycat.txt',
      'Our agreement with the Department of War\nSource: The Harbor Ledger\nText.',
      'seeds/004_copycat.txt: Slug `our-agreement-with-the-department-of-war` is already used by content/sources/002_b1635164cf9d6a8a.mdx; URLs must be unique. Import it with `--slug our-agreement-with-the-department-of-war-the-harbor-ledger`, or another free slug.',
    ],
  ])('%s', (_name, name, text, message) => {
    seed(name, text);
    const outcome = run('import-seed.ts', [join(dir, 'seeds', name)]);
    rmSync(join(dir, 'seeds', name));
    expect(outcome.status).toBe(1);
    expect(outcome.output).toContain(message);
  });

  test('a seed outside seeds/, saying where it must go', () => {
    const outside = join(dir, '004_elsewhere.txt');
    writeFileSync(outside, 'A Headline\nText.');
    const outcome = run('import-seed.ts', [outside]);
    expect(outcome.status).toBe(1);
    expect(outcome.output).toContain('Seeds live in seeds/, which the build reads. Move it to seeds/004_elsewhere.txt, then import it from there.');
  });
});

describe('npm run anchors:update', () => {
  test('reports a taken slug as itself, without a stack trace', () => {
    const page = join(dir, 'content/reports/003_3604921ae2a8460e.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^slug: .*$/m, 'slug: "our-agreement-with-the-department-of-war"'));
    const outcome = run('update-anchors.ts', []);
    expect(outcome.status).toBe(1);
    expect(outcome.output).toContain(
      'content/reports/003_3604921ae2a8460e.mdx: Slug `our-agreement-with-the-department-of-war` is already used by content/sources/002_b1635164cf9d6a8a.mdx. Choose another slug; URLs must be unique.',
    );
    expect(outcome.output).not.toContain('Stack trace');
  });
});
