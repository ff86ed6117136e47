/**
 * Several captures of the post, end to end: a scratch copy of the project
 * gets two test captures derived from seed 002 (tests/support/test-captures.ts),
 * added the way an editor adds one (`npm run import -- --capture-of`), and
 * must build with markers, word diffs, capture and compare pages, and every
 * existing anchor kept. Bad captures and bad import arguments must stop it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toString } from 'hast-util-to-string';
import { parseLock } from '../../src/lib/sources/anchor-lock.ts';
import { pageElements } from '../support/dist.ts';
import { buildDamagedCopy } from '../support/build-copy.ts';
import { buildCaptureCopy, POST, R003_SLUG, type CaptureCopy } from '../support/capture-copy.ts';
import { revisedCapture, REWORDED_42 } from '../support/test-captures.ts';

let copy: CaptureCopy;
let dir = '';
let build = { status: null as number | null, output: '' };
let asMisquote = { status: null as number | null, output: '' };
const page = (path: string) => copy.page(path);
const ids = (html: string) => new Set([...html.matchAll(/ id="(p\d+(?:-s\d+)?)"/g)].map((m) => m[1]));

beforeAll(() => {
  copy = buildCaptureCopy();
  ({ dir, build, asMisquote } = copy);
}, 240_000);

afterAll(() => copy?.remove());

describe('a source with three captures', () => {
  test('refuses to call a quotation a misquote when it matches the second capture word for word', () => {
    expect(asMisquote.status).not.toBe(0);
    expect(asMisquote.output).toMatch(
      /content\/reports\/003_3604921ae2a8460e\.mdx:\d+:\d+: Claim `c12` is marked `misquote` but matches ¶ 42, sentence 3 in capture 902 word for word\. Mark it `verbatim`\. \[claims:misquote-matches\]/,
    );
  });

  test('builds, accepting as verbatim a quotation that matches only the second capture', () => {
    expect(build.status, build.output).toBe(0);
    expect(page('reports/openai-has-reached-a-deal-to-deploy-its/index.html')).toContain('<mark class="claim claim--verbatim" id="c12">');
  });

  test('shows beside that verdict the words of the capture it matches, named, then the reading text’s', () => {
    const html = page('reports/openai-has-reached-a-deal-to-deploy-its/index.html');
    const note = (html.match(/<li popover id="c12-note"[^]*?<\/li>/)?.[0] ?? '').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'");
    const capture = note.indexOf('What the post says in capture 902, ¶ 42: Based on what we know');
    expect(note).toContain(`${REWORDED_42} Read in context: ¶ 42, capture 902`);
    const reading = note.indexOf('In capture 002, the reading text, ¶ 42, sentence 3: We do not know why');
    expect(capture, note).toBeGreaterThan(-1);
    expect(reading, note).toBeGreaterThan(capture);
    const link = html.match(new RegExp(`<a href="/(sources/${POST}/captures/902_[^"#]+)#p42">Read in context: ¶ 42, capture 902</a>`));
    expect(page(`${link?.[1]}index.html`)).toContain(' id="p42"');
  });

  test('keeps every existing anchor of the four documents, exactly as locked', () => {
    const lock = parseLock(readFileSync(join(dir, 'content/anchors.lock.json'), 'utf8'));
    const original = parseLock(readFileSync('content/anchors.lock.json', 'utf8'));
    for (const slug of Object.keys(original)) expect(lock[slug], slug).toEqual(original[slug]);
    expect(ids(page(`sources/${POST}/index.html`))).toEqual(new Set(Object.keys(original[POST] ?? {})));
  });

  test('marks every passage another capture words differently or lacks, and no other', () => {
    const marked = [...page(`sources/${POST}/index.html`).matchAll(/data-variant="(p\d+)"/g)].map((m) => m[1]);
    expect(marked).toEqual(['p8', 'p14', 'p15', 'p16', 'p17', 'p18', 'p19', 'p20', 'p42']);
  });

  test('opens each marker’s word diff without JavaScript, as a popover linking to the compare page', () => {
    const html = page(`sources/${POST}/index.html`);
    expect(html).toContain('popovertarget="variants-p20"');
    expect(html).toContain(`href="/sources/${POST}/compare/002_b1635164cf9d6a8a/902_prose/#p20"`);
    expect(html).toMatch(/id="variants-p20" popover>.*<del>.*in addition to.*<\/del>.*<ins>.*comes on top of.*<\/ins>/s);
  });

  test('gives each capture a page at a stable address, its passages under the shared anchors', () => {
    const prose = page(`sources/${POST}/captures/902_prose/index.html`);
    for (const id of ['p15', 'p16', 'p19', 'p20', 'p66', 'p8']) expect(prose).toContain(` id="${id}"`);
    expect(prose).toContain('¶ 15–19');
    expect(page(`sources/${POST}/captures/903_revised/index.html`)).toContain('revised <time datetime="2026-03-02">2026-03-02</time>');
    expect(existsSync(join(dir, `dist/sources/${POST}/captures/002_b1635164cf9d6a8a/index.html`))).toBe(true);
  });

  test('compares any two captures, passage by passage, with word diffs', () => {
    for (const [a, b] of [
      ['002_b1635164cf9d6a8a', '902_prose'],
      ['002_b1635164cf9d6a8a', '903_revised'],
      ['902_prose', '903_revised'],
    ]) {
      const html = page(`sources/${POST}/compare/${a}/${b}/index.html`);
      expect(html, `${a} ${b}`).toContain('class="compare-row"');
      expect(html).toContain('<ins>');
    }
    expect(page(`sources/${POST}/compare/002_b1635164cf9d6a8a/903_revised/index.html`)).toContain('Update on Contract Language');
  });

  test('leads each comparison with links to exactly the passages that differ', () => {
    const html = page(`sources/${POST}/compare/002_b1635164cf9d6a8a/902_prose/index.html`);
    const jump = /<p class="compare-jump">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    const linked = [...jump.matchAll(/href="#(p\d+)"/g)].map((m) => m[1]);
    // A row that differs shows two sides; each begins with the row's first anchor.
    const differing = [
      ...html.matchAll(
        /<li class="compare-row" id="(p\d+)">(?:\s|<span id="p\d+"><\/span>)*<a class="capture-pin"[^>]*>[^<]*<\/a>\s*<div class="compare-sides">/g,
      ),
    ].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked).toEqual(differing);
  });
});

describe('the post’s page', () => {
  test('says which capture is the reading text and why, what other copies word otherwise, and the revision it lacks', () => {
    const html = page(`sources/${POST}/index.html`);
    expect(html).toContain(
      `This page is written from <a href="/sources/${POST}/captures/002_b1635164cf9d6a8a/">capture 002</a>, the reading text, a re-publication by another site`,
    );
    expect(html).toContain('It is the reading text because it is the only capture of the post the project holds.');
    expect(html).toContain('<a href="#p15">¶ 15–19</a>');
    expect(html).toContain('<a href="#p37">¶ 37</a> (probably)');
    expect(html).toContain('A later version dated <time datetime="2026-03-02">2026-03-02</time> exists and is not in this capture');
  });

  test('is echoed on capture 002’s own page, which links back to it', () => {
    const html = page(`sources/${POST}/captures/002_b1635164cf9d6a8a/index.html`);
    expect(html).toContain('<a href="#p15">¶ 15–19</a>, <a href="#p20">¶ 20</a>');
    expect(html).toContain(`<a href="/sources/${POST}/#capture-notice-title">The source’s page</a> lists the verdicts this could change.`);
    expect(page(`sources/${POST}/captures/902_prose/index.html`)).not.toContain('What it cannot show');
  });

  test('lists the verdicts that could change, each linked to its claim', () => {
    const list = /<details class="capture-notice-claims">(.*?)<\/details>/s.exec(page(`sources/${POST}/index.html`))?.[1] ?? '';
    expect(list).toMatch(/<summary>\d+ verdicts could change once these are held<\/summary>/);
    expect(list).toMatch(
      /<a href="\/reports\/openai-reaches-classified-deployment-agreement-with-pentagon-sets\/#c10">[^<]*, c10<\/a>: <span class="verdict verdict--misquote">/,
    );
  });
});

describe('each seed’s raw view', () => {
  const SEEDS = ['000_265bca5c0a58c33e', '001_03cfbc33ecc55911', '002_b1635164cf9d6a8a', '003_3604921ae2a8460e', '902_prose', '903_revised'];

  test.each(SEEDS)('%s: gives every line an #L anchor and a link to it, its text the seed’s line byte for byte', (seed) => {
    const lines = readFileSync(join(dir, 'seeds', `${seed}.txt`), 'utf8')
      .replace(/\n$/, '')
      .split('\n');
    const rendered = pageElements(`seeds/${seed}/index.html`, join(dir, 'dist')).filter((el) => String(el.properties['className']) === 'line');
    expect(rendered.map((el) => el.properties['id'])).toEqual(lines.map((_, i) => `L${i + 1}`));
    const numbers = rendered.map((el) => el.children[0]);
    expect(numbers.map((n) => n?.type === 'element' && [n.properties['href'], toString(n)])).toEqual(lines.map((_, i) => [`#L${i + 1}`, String(i + 1)]));
    expect(
      rendered.map((el) =>
        el.children
          .slice(1)
          .map((child) => toString(child))
          .join(''),
      ),
    ).toEqual(lines);
  });

  test('passage citations of the post name the capture they cite', () => {
    expect(page(`cite/${POST}.json`)).toContain('from capture 002, a re-published copy (002_b1635164cf9d6a8a.txt, SHA-256 10ca4611149a…)');
  });

  test('is linked from the provenance box and the capture page, and the seed file itself still is served', () => {
    expect(page(`sources/${POST}/index.html`)).toContain('<a href="/seeds/002_b1635164cf9d6a8a/">read it line by line</a>');
    expect(page(`sources/${POST}/captures/902_prose/index.html`)).toContain('<a href="/seeds/902_prose/">line by line</a>');
    expect(readFileSync(join(dir, 'dist/seeds/902_prose.txt'))).toEqual(readFileSync(join(dir, 'seeds/902_prose.txt')));
  });
});

describe('a corrected claim', () => {
  const anchor = `${R003_SLUG}-c12-verdict-2026-03-05`;

  test('says so in its note, linking to the entry on the corrections page', () => {
    const html = page(`reports/${R003_SLUG}/index.html`);
    // The note changed with the verdict, and both corrections are recorded, as the claims lock requires.
    expect(html).toContain(
      `Corrected <time datetime="2026-03-05">2026-03-05</time>: the note and verdict changed. <a href="/corrections/#${R003_SLUG}-c12-note-2026-03-05">`,
    );
  });

  test('is listed on the corrections page with its date, claim, what it was, what it became and why', () => {
    const html = page('corrections/index.html');
    expect(html).toContain(`<li id="${anchor}">`);
    expect(html).toContain(`href="/reports/${R003_SLUG}/#c12"`);
    expect(html).toMatch(/Was: <q>misquote<\/q>.*Became: <q>verbatim<\/q>/s);
    expect(html).toContain('Capture 902 words ¶ 42 as the report quotes it.');
  });

  test('is in the open data: corrections.json and its annotation', () => {
    expect(JSON.parse(page('corrections.json'))).toMatchObject({
      corrections: expect.arrayContaining([
        expect.objectContaining({ date: '2026-03-05', report: R003_SLUG, id: 'c12', field: 'verdict', was: 'misquote', became: 'verbatim' }),
        expect.objectContaining({ date: '2026-03-05', report: R003_SLUG, id: 'c12', field: 'note' }),
      ]),
    });
    const items = (JSON.parse(page('annotations.jsonld')) as { first: { items: Array<{ id: string; body: unknown[] }> } }).first.items;
    const annotation = items.find((a) => a.id.endsWith(`#${R003_SLUG}-c12`));
    expect(annotation?.body).toContainEqual(
      expect.objectContaining({
        type: 'SpecificResource',
        source: expect.stringMatching(new RegExp(`/sources/${POST}/captures/902_prose/$`)),
        selector: expect.objectContaining({ value: 'p42' }),
      }),
    );
    expect(annotation?.body).toContainEqual(
      expect.objectContaining({
        type: 'SpecificResource',
        source: expect.stringMatching(/\/captures\/002_b1635164cf9d6a8a\/$/),
        label: '¶ 42, sentence 3 in capture 002, a re-published copy, another capture of the same passage',
      }),
    );
    expect(annotation?.body).toContainEqual(
      expect.objectContaining({
        purpose: 'editing',
        value: 'Corrected 2026-03-05: the verdict was “misquote”. Capture 902 words ¶ 42 as the report quotes it.',
      }),
    );
  });
});

describe('bad captures stop the build', () => {
  test('each with its file, line, problem and fix, and leave no dist/', () => {
    const outcome = buildDamagedCopy((copy) => {
      writeFileSync(join(copy.dir, 'seeds/905_other.txt'), 'A statement about something else.\n\nIt shares no passage with the post.\n');
      writeFileSync(join(copy.dir, 'seeds/906_revised.txt'), revisedCapture());
      const record = (seed: string, of = POST, extra = '') =>
        `of: ${of}\nseed: ${seed}\nseedSha256: ${sha(join(copy.dir, 'seeds', seed))}\ntype: unknown\n${extra}`;
      writeFileSync(join(copy.dir, 'content/captures/905_other.yaml'), record('905_other.txt'));
      writeFileSync(join(copy.dir, 'content/captures/906_revised.yaml'), record('906_revised.txt', 'no-such-source'));
      writeFileSync(join(copy.dir, 'content/captures/906_revised_again.yaml'), record('906_revised.txt'));
      writeFileSync(join(copy.dir, 'content/captures/907_dated.yaml'), record('906_revised.txt', POST, 'revised: 2026-02-30\n'));
      writeFileSync(
        join(copy.dir, 'content/corrections.yaml'),
        `- date: 2026-03-05\n  report: ${R003_SLUG}\n  claim: c99\n  field: note\n  was: Old.\n  why: Test.\n`,
      );
      writeFileSync(
        join(copy.dir, 'seeds/SHA256SUMS'),
        `${readFileSync(join(copy.dir, 'seeds/SHA256SUMS'), 'utf8')}${sha(join(copy.dir, 'seeds/905_other.txt'))}  905_other.txt\n${sha(join(copy.dir, 'seeds/906_revised.txt'))}  906_revised.txt\n`,
      );
    });
    expect(outcome.status).not.toBe(0);
    // Sorted as every content error is: by file (in the editor's order), then line.
    const listed = outcome.output.split('\n').filter((line) => line.startsWith('content/captures/') || line.startsWith('content/corrections'));
    expect(listed).toEqual([
      'content/captures/905_other.yaml:2: Capture `905_other.txt` cannot be aligned with the reading text of `our-agreement-with-the-department-of-war`: only 0 of its 2 passages were found there. Check that the seed is a copy of this source and that `of` names the right one; a different document is imported on its own with `npm run import`. [captures:unaligned]',
      "content/captures/906_revised_again.yaml:2: Seed `906_revised.txt` is already claimed by content/captures/906_revised.yaml. A seed is one capture of one document: point `seed` at this capture's own seed, or delete this record. [captures:seed-claimed]",
      'content/captures/906_revised.yaml:1: Capture of unknown source `no-such-source`. Set `of` to the slug of a primary source: `our-agreement-with-the-department-of-war`. [captures:unknown-source]',
      'content/captures/907_dated.yaml:5: Invalid capture field `revised`: a calendar date written `YYYY-MM-DD`, e.g. `2026-03-02`. Correct the value. [captures:invalid]',
      `content/corrections.yaml:1: Correction of unknown claim \`c99\` of report \`${R003_SLUG}\`. Name a published claim by its report slug and claim id; claim ids never change. [corrections:unknown-claim]`,
    ]);
    expect(outcome.published).toBe(false);
  }, 120_000);
});

describe('npm run import -- --capture-of', () => {
  test.each([
    [
      'a --revised that is not a date',
      ['902_prose.txt', '--revised', '2026-13-01'],
      "`--revised 2026-13-01` is not a date. Write the revision's date as YYYY-MM-DD, e.g. `--revised 2026-03-02`.",
    ],
    [
      'a source slug that does not exist',
      ['902_prose.txt'],
      '`--capture-of no-such-source` names no primary source. Use one of `our-agreement-with-the-department-of-war`.',
    ],
    [
      'a seed another capture already claims',
      ['902_prose.txt'],
      'Seed `902_prose.txt` is already claimed by content/captures/902_prose.yaml. A seed is one capture of one document; add the new copy as a seed of its own.',
    ],
  ])('refuses %s, and writes nothing', (name, args, expected) => {
    const of = name.includes('slug') ? 'no-such-source' : POST;
    const [seed = '', ...extra] = args;
    const result = copy.run(['tsx', 'src/cli/import-seed.ts', '--capture-of', of, join(dir, 'seeds', seed), ...extra]);
    expect(result.status).toBe(1);
    expect(result.output.trim()).toBe(expected);
  });
});

function sha(path: string): string {
  return spawnSync('sha256sum', [path], { encoding: 'utf8' }).stdout.split(' ')[0] ?? '';
}
