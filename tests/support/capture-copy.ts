/**
 * A scratch copy of the project with the post's two test captures added the
 * way an editor adds one (`npm run import -- --capture-of`), report 003's c12
 * judged again against them with a dated correction, and the site built:
 * what the capture tests read. The copy lives in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proseCapture, revisedCapture } from './test-captures.ts';
import { projectEnv } from './site-env.ts';

/** The post's slug. */
export const POST = 'our-agreement-with-the-department-of-war';
/** Report 003, whose c12 quotes ¶ 42 as the prose capture words it. */
export const R003 = 'content/reports/003_3604921ae2a8460e.mdx';
/** Report 003's slug. */
export const R003_SLUG = 'openai-has-reached-a-deal-to-deploy-its';

/** A command's exit status and everything it printed. */
export interface RunOutcome {
  status: number | null;
  output: string;
}

/** The built copy: its folder, a runner for commands in it, and what its steps gave. */
export interface CaptureCopy {
  dir: string;
  run: (args: string[], command?: string) => RunOutcome;
  /** Locking the anchors while c12 is still a misquote, which must fail. */
  asMisquote: RunOutcome;
  build: RunOutcome;
  /** A built file's text, by its path in dist/. */
  page: (path: string) => string;
  remove: () => void;
}

/** The verdict's and the note's changes, each recorded, as the claims lock requires; the note's old text is read from the page. */
const corrections = (oldNote: string) =>
  [
    `- date: 2026-03-05\n  report: ${R003_SLUG}\n  claim: c12\n  field: verdict\n  was: misquote\n  why: Capture 902 words ¶ 42 as the report quotes it.\n`,
    `- date: 2026-03-05\n  report: ${R003_SLUG}\n  claim: c12\n  field: note\n  was: ${JSON.stringify(oldNote)}\n  why: The note changed with the verdict.\n`,
  ].join('');

function must(step: string, outcome: RunOutcome): void {
  if (outcome.status !== 0) throw new Error(`${step} failed:\n${outcome.output}`);
}

/** Makes and builds the copy; see the module comment. */
export function buildCaptureCopy(): CaptureCopy {
  const dir = mkdtempSync(join(tmpdir(), 'rla-captures-'));
  const run = (args: string[], command = 'npx'): RunOutcome => {
    const result = spawnSync(command, args, {
      encoding: 'utf8',
      env: projectEnv(dir),
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  const importCapture = (seed: string, ...extra: string[]) => run(['tsx', 'src/cli/import-seed.ts', '--capture-of', POST, join(dir, 'seeds', seed), ...extra]);
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  writeFileSync(join(dir, 'seeds/902_prose.txt'), proseCapture());
  writeFileSync(join(dir, 'seeds/903_revised.txt'), revisedCapture());
  must('Importing capture 902', importCapture('902_prose.txt'));
  must('Importing capture 903', importCapture('903_revised.txt', '--revised', '2026-03-02'));
  must('Recording the seeds’ checksums', run(['tsx', 'src/cli/seeds-manifest.ts']));
  // Report 003's c12 quotes ¶ 42 as the prose capture words it: as a misquote the content no longer checks…
  const asMisquote = run(['tsx', 'src/cli/update-anchors.ts']);
  const report = join(dir, R003);
  const text = readFileSync(report, 'utf8');
  const judged = text.replace(
    /<Claim id="c12" verdict="misquote"([^>]*) note="[^"]*"/,
    '<Claim id="c12" verdict="verbatim"$1 note="Word for word as capture 902 words it; capture 002 reads “We do not know” and “we hope they”."',
  );
  if (judged === text) throw new Error('Report 003’s c12 is no longer a misquote; update the capture copy.');
  writeFileSync(report, judged);
  // …and as verbatim, naming the capture, it locks and builds, the change kept as a dated correction.
  const oldNote = /<Claim id="c12" verdict="misquote"[^>]* note="([^"]*)"/.exec(text)?.[1] ?? '';
  writeFileSync(join(dir, 'content/corrections.yaml'), corrections(oldNote));
  must('Locking the anchors', run(['tsx', 'src/cli/update-anchors.ts']));
  const build = run(['astro', 'build']);
  return {
    dir,
    run,
    asMisquote,
    build,
    page: (path) => readFileSync(join(dir, 'dist', path), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
