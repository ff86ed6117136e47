/**
 * The README's "Add a report" walkthrough, run on two fixture reports in a
 * scratch copy of the project: import, record the checksum, suggest --write,
 * a build that stops on the drafts' placeholders, the editor's answers filled
 * in, anchors locked, and a build that publishes both reports.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectEnv } from '../support/site-env.ts';

interface Answer {
  words: string;
  verdict?: string;
  cites?: string;
  speaker?: string;
  note: string;
}
interface Answers {
  frontmatter: Record<string, string>;
  claims: Answer[];
}

const FIXTURES = 'tests/fixtures/add-report';
const REPORTS = [
  { seed: '910_harbor_ledger.txt', slug: 'openai-lists-three-limits-for-its-pentagon-models', claims: 8 },
  { seed: '911_signal_post.txt', slug: 'cloud-clearances-and-a-contract-what-openai-promised', claims: 10 },
];
let dir = '';
const steps: Record<string, { status: number | null; output: string }> = {};
const page = (slug: string) => join(dir, 'content/reports', slug);

const run = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync('npx', args, {
    encoding: 'utf8',
    env: projectEnv(dir, env),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

/** What an editor does with the drafts: a verdict for each `CHOOSE`, the cites they settle on, a note, a speaker. */
function fillDrafts(mdx: string, answers: Answers): string {
  const filled = mdx.replace(/<Claim ([^>]*)>([\s\S]*?)<\/Claim>/g, (_whole, attributes: string, words: string) => {
    const answer = answers.claims.find((a) => words.includes(a.words));
    if (!answer) throw new Error(`No answer for the draft around “${words}”; add one to the fixture's answers.`);
    const get = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
    const cites = answer.cites ?? get('cites');
    const speaker = answer.speaker ? ` speaker="${answer.speaker}"` : '';
    return `<Claim id="${get('id')}" verdict="${answer.verdict ?? get('verdict')}"${cites ? ` cites="${cites}"` : ''}${speaker} note="${answer.note}">${words}</Claim>`;
  });
  const fields = Object.entries(answers.frontmatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('');
  return filled.replace(/\n---\n/, `\n${fields}---\n`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rla-add-report-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  for (const { seed } of REPORTS) {
    copyFileSync(join(FIXTURES, seed), join(dir, 'seeds', seed));
    steps[`import ${seed}`] = run(['tsx', 'src/cli/import-seed.ts', join(dir, 'seeds', seed)]);
  }
  steps['manifest'] = run(['tsx', 'src/cli/seeds-manifest.ts']);
  for (const { seed } of REPORTS) {
    const mdx = page(seed.replace('.txt', '.mdx'));
    steps[`suggest ${seed}`] = run(['tsx', 'src/cli/suggest.ts', mdx, '--write']);
    const once = readFileSync(mdx, 'utf8');
    steps[`suggest again ${seed}`] = run(['tsx', 'src/cli/suggest.ts', mdx, '--write']);
    steps[`unchanged ${seed}`] = { status: readFileSync(mdx, 'utf8') === once ? 0 : 1, output: 'a second --write changed the page' };
  }
  steps['draft build'] = run(['astro', 'build']);
  steps['draft published'] = { status: existsSync(join(dir, 'dist')) ? 1 : 0, output: 'the draft build left a site behind' };
  for (const { seed } of REPORTS) {
    const mdx = page(seed.replace('.txt', '.mdx'));
    const answers = JSON.parse(readFileSync(join(FIXTURES, seed.replace('.txt', '.answers.json')), 'utf8')) as Answers;
    writeFileSync(mdx, fillDrafts(readFileSync(mdx, 'utf8'), answers));
  }
  steps['anchors'] = run(['tsx', 'src/cli/update-anchors.ts']);
  steps['build'] = run(['astro', 'build']);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const built = (slug: string) => readFileSync(join(dir, 'dist/reports', slug, 'index.html'), 'utf8');

describe('adding a report, as the README walks through it', () => {
  test('imports each seed and names suggest among the next steps', () => {
    for (const { seed } of REPORTS) {
      expect(steps[`import ${seed}`]?.status, steps[`import ${seed}`]?.output).toBe(0);
      expect(steps[`import ${seed}`]?.output).toContain(`npm run suggest -- content/reports/${seed.replace('.txt', '.mdx')} --write`);
    }
    expect(steps['manifest']?.status, steps['manifest']?.output).toBe(0);
  });

  test('wraps the reports’ own words in drafts, and a second --write changes nothing', () => {
    for (const { seed, claims } of REPORTS) {
      expect(steps[`suggest ${seed}`]?.output).toContain(`Wrote ${claims} draft <Claim>s`);
      expect(steps[`unchanged ${seed}`]?.status, steps[`unchanged ${seed}`]?.output).toBe(0);
      // What matters is that nothing is written twice; the count of spans it recognises may be lower than it wrote.
      expect(steps[`suggest again ${seed}`]?.output).toMatch(/Wrote 0 draft <Claim>s into .*; \d+ spans already annotated, left alone\./);
    }
  });

  test('drafts a verdict for each of the two quotations in one sentence', () => {
    expect(steps['suggest 911_signal_post.txt']?.output).toMatch(/"deploy via cloud only"\n\s+→ = verbatim, cites p17/);
    expect(steps['suggest 911_signal_post.txt']?.output).toMatch(/"keep cleared OpenAI personnel in the loop"\n\s+→ = verbatim, cites p18/);
  });

  test('will not publish the drafts until an editor has finished them', () => {
    expect(steps['draft build']?.status).not.toBe(0);
    // Whichever report the build renders first is the one it stops on.
    expect(steps['draft build']?.output).toMatch(
      /content\/reports\/91[01]_[a-z_]+\.mdx:\d+:\d+: Claim `c1` is still a draft: placeholder (verdict `CHOOSE`, )?note `WRITE A NOTE`\. Before publishing, /,
    );
    expect(steps['draft published']?.status, steps['draft published']?.output).toBe(0);
  });

  test('publishes both reports once the drafts are filled in and the anchors locked', () => {
    expect(steps['anchors']?.status, steps['anchors']?.output).toBe(0);
    expect(steps['build']?.status, steps['build']?.output).toBe(0);
    for (const { slug, claims } of REPORTS) {
      const html = built(slug);
      expect(html.match(/<mark class="claim claim--[\w-]+" id="c\d+"/g)?.length).toBe(claims);
      expect(html).not.toMatch(/WRITE A NOTE|CHOOSE/);
    }
  });

  test('shows a claim the post contradicts as such, counted, and quotes the passage that says otherwise', () => {
    const html = built('cloud-clearances-and-a-contract-what-openai-promised');
    const claim = html.match(/<mark class="claim claim--contradicted" id="(c\d+)">/);
    expect(claim, 'no contradicted claim').not.toBeNull();
    expect(html).toContain(`aria-label="Contradicted: open the note on claim ${claim?.[1]}"`);
    expect(html).toMatch(/<span class="claim claim--contradicted">Contradicted<\/span> <strong>1<\/strong>/);
    const note = html.match(new RegExp(`<li popover id="${claim?.[1]}-note"[^]*?</li>`))?.[0] ?? '';
    expect(note).toContain('<span class="claim-label">What the post says, ¶ 26:</span>');
  });

  test('shows what the seed and the editor recorded in the provenance box', () => {
    const ledger = built('openai-lists-three-limits-for-its-pentagon-models');
    expect(ledger).toContain('<dt>Authors</dt><dd>Ana Ruiz and Tom Hale</dd>');
    expect(ledger).toContain('<dt>Outlet</dt><dd>The Harbor Ledger</dd>');
    expect(ledger).toContain('<a href="https://harbor-ledger.example/2026/03/02/openai-three-limits" rel="noopener noreferrer">');
    expect(ledger).toContain('<time datetime="2026-03-02">March 2, 2026</time> (as stated)');
    expect(ledger).toContain('<dt>Captured</dt><dd><time datetime="2026-03-03">March 3, 2026</time></dd>');
    const signal = built('cloud-clearances-and-a-contract-what-openai-promised');
    expect(signal).toContain('<dt>Outlet</dt><dd>The Signal Post</dd><dt>Address</dt><dd>Not stated in the captured text</dd>');
    expect(signal).toContain('<dt>Language</dt><dd>British English (en-GB)</dd>');
  });

  test('counts the new reports on the home and quotations pages, where the home page gives their recorded outlets and dates and no longer says that no capture states where it came from', () => {
    const home = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(home).toContain('Five news reports, captured as plain text. Where a capture does not state its outlet, author, address or date, neither do we.');
    expect(home).not.toContain('None of the captures states');
    // Each new report's card names the outlet and date its editor recorded, as its provenance box does.
    expect(home).toContain('The Signal Post · March 4, 2026 · ');
    expect(home).toContain('The Harbor Ledger · March 2, 2026 · ');
    expect(readFileSync(join(dir, 'dist/quotes/index.html'), 'utf8')).toContain(
      "Every quotation of a speaker's words in the five reports, grouped by who is quoted",
    );
  });
});
