/**
 * More than one primary source: a small fixture source is imported beside
 * the post, a report claim cites it by name, and the built site lists,
 * links, cites back and indexes it, while the four real documents build as before.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectEnv } from '../support/site-env.ts';

const FIXTURE = 'tests/fixtures/second-source/900_fixture_statement.txt';
const SLUG = 'fixture-statement-on-surveillance-limits';
let dir = '';
let build = { status: null as number | null, output: '' };

const run = (command: string, args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: projectEnv(dir, env),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rla-second-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  copyFileSync(FIXTURE, join(dir, 'seeds', '900_fixture_statement.txt'));
  expect(run('npx', ['tsx', 'src/cli/import-seed.ts', join(dir, 'seeds', '900_fixture_statement.txt'), '--kind', 'source']).status).toBe(0);
  expect(run('npx', ['tsx', 'src/cli/seeds-manifest.ts']).status).toBe(0);
  const report = join(dir, 'content/reports/003_3604921ae2a8460e.mdx');
  const text = readFileSync(report, 'utf8');
  const was = /<Claim id="c15" [^>]*cites="([^"]*)"/.exec(text)?.[1] ?? '';
  const cited = text.replace(/(<Claim id="c15" [^>]*cites=")([^"]*)"/, `$1$2 ${SLUG}#p3"`);
  // An edit that changes nothing would let the cases below fail for the wrong reason.
  expect(cited).not.toBe(text);
  writeFileSync(report, cited);
  // A published claim's cites change on the record, as an editor's would.
  const correction = `- date: ${new Date().toISOString().slice(0, 10)}\n  report: openai-has-reached-a-deal-to-deploy-its\n  claim: c15\n  field: cites\n  was: "${was}"\n  why: The fixture source bears on it.\n`;
  writeFileSync(join(dir, 'content/corrections.yaml'), `${readFileSync(join(dir, 'content/corrections.yaml'), 'utf8')}${correction}`);
  // The new source's anchors are new: lock them the way an editor would, then build.
  expect(run('npx', ['tsx', 'src/cli/update-anchors.ts']).status).toBe(0);
  build = run('npx', ['astro', 'build']);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a second primary source', () => {
  test('builds, with the four real documents unchanged', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(dir, 'dist/sources/our-agreement-with-the-department-of-war/index.html'))).toBe(true);
    expect(page(`sources/${SLUG}/index.html`)).toContain('The system will not be used for unconstrained monitoring of private information.');
  });

  test('is listed on the home page among the primary sources', () => {
    expect(page('index.html')).toContain('Primary sources');
    expect(page('index.html')).toContain(`/sources/${SLUG}/`);
  });

  test('is cited by name from a report claim, whose note links to it', () => {
    const report = page('reports/openai-has-reached-a-deal-to-deploy-its/index.html');
    expect(report).toContain(`href="/sources/${SLUG}/#p3"`);
    expect(report).toContain('What “Fixture Statement on Surveillance Limits” says, ¶ 3:');
  });

  test('lists the citing claim on its own passage', () => {
    expect(page(`sources/${SLUG}/index.html`)).toMatch(/href="\/reports\/openai-has-reached-a-deal-to-deploy-its\/#c15"/);
  });

  test('is searchable and in the open data', () => {
    expect(build.output).toMatch(/Search index: (\d+) passages/);
    const lock = JSON.parse(readFileSync(join(dir, 'content/anchors.lock.json'), 'utf8')) as Record<string, Record<string, string>>;
    const passages = Object.values(lock).flatMap((anchors) => Object.keys(anchors).filter((id) => /^p\d+$/.test(id)));
    expect(Object.keys(lock[SLUG] ?? {})).toContain('p4');
    expect(Number(/Search index: (\d+) passages/.exec(build.output)?.[1])).toBe(passages.length);
    expect(page('annotations.jsonld')).toContain(`/sources/${SLUG}/#p3`);
  });
});
