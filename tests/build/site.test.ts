/**
 * The built site, read from dist/: every seed has its page, every page says
 * exactly what its seed says, and every published anchor is locked.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { builtPageProblems } from '../../src/integrations/built-pages.ts';
import { loadCorpus } from '../../src/build/load-corpus.ts';
import { projectPaths } from '../../src/build/project-paths.ts';
import { parseLock } from '../../src/lib/sources/anchor-lock.ts';
import { sourceTextOf, sourceTextRegion } from '../../src/lib/sources/page-text.ts';

const paths = projectPaths();
const { corpus } = loadCorpus(paths, { drafts: false, lock: true });
const page = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
const REPORT_000 = 'reports/openai-reaches-classified-deployment-agreement-with-pentagon-sets';
const POST = 'sources/our-agreement-with-the-department-of-war';
const sourceText = (path: string) => {
  const region = sourceTextRegion(fromHtml(page(path)));
  return region ? sourceTextOf(region) : '';
};
/** The built-page problems of a copy of dist/ in which one page was changed. */
function damagedDistProblems(path: string, change: (html: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rla-dist-'));
  try {
    cpSync('dist', dir, { recursive: true });
    const file = join(dir, path, 'index.html');
    const html = readFileSync(file, 'utf8');
    expect(change(html), 'the damage must change the page').not.toBe(html);
    writeFileSync(file, change(html));
    return builtPageProblems(dir, paths, corpus);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const documentPages = ['sources', 'reports'].flatMap((folder) => readdirSync(join('dist', folder)).map((slug) => `${folder}/${slug}`));

describe('the built site', () => {
  test('has one page for each seed', () => {
    const seeds = documentPages.map((path) => /data-seed="([^"]+)"/.exec(page(path))?.[1]).sort();
    expect(seeds).toEqual(
      readdirSync('seeds')
        .filter((n) => n.endsWith('.txt'))
        .sort(),
    );
  });

  test('says on every page exactly what the seed says', () => {
    expect(builtPageProblems('dist', paths, corpus)).toEqual([]);
  });

  test('keeps straight quotes and hyphens as the seeds have them (SmartyPants stays off)', () => {
    expect(sourceText(REPORT_000)).toContain('Sets "Red Lines" Prohibiting');
    expect(sourceText(POST)).toContain('high‑stakes automated decisions');
  });

  test('catches a page whose words were rewritten after rendering', () => {
    const problems = damagedDistProblems(REPORT_000, (html) => html.replaceAll('&quot;Red Lines&quot;', '“Red Lines”'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Built text differs from seed `000_265bca5c0a58c33e.txt`');
  });

  test('catches a built page whose passages differ from the checked corpus', () => {
    const [problem] = damagedDistProblems(POST, (html) => html.replace('id="p3" data-passage', 'id="p3"'));
    expect(problem).toMatch(
      /: Built passages differ from the checked corpus at position 3: expected `p3`, found `p4`\. The renderer's plugins must match the corpus loader's \(src\/plugins\/document-plugins\.ts\)\.$/,
    );
  });

  test('publishes exactly the anchors in the lock, each passage with a visible ¶ link', () => {
    const lock = parseLock(readFileSync(paths.lock, 'utf8'));
    for (const path of documentPages) {
      const html = page(path);
      const slug = path.split('/')[1] ?? '';
      const ids = [...html.matchAll(/ id="(p\d+(?:-s\d+)?)"/g)].map((m) => m[1]);
      expect(new Set(ids), path).toEqual(new Set(Object.keys(lock[slug] ?? {})));
      expect(html.match(/class="pilcrow"/g)?.length).toBe(html.match(/data-passage/g)?.length);
    }
  });

  test('marks the capture artefacts of the post instead of dropping them', () => {
    const html = page(POST);
    for (const artefact of ['Source: OpenAI Blog', '0 views', 'Back to Blog', 'Related posts', 'Read more »']) {
      const at = html.indexOf(`>${artefact}</span>`);
      expect(at, artefact).toBeGreaterThan(0);
      expect(html.lastIndexOf('class="artefact"', at)).toBeGreaterThan(html.lastIndexOf('</div>', at));
    }
  });

  test('marks every ¶ link as site chrome, which copy and the text checks leave out', () => {
    for (const path of documentPages) {
      expect(page(path)).not.toMatch(/<a class="pilcrow"(?![^>]*data-pagefind-ignore)/);
    }
  });

  test('embeds each report’s claims as schema.org ClaimReview JSON-LD', () => {
    for (const path of documentPages.filter((p) => p.startsWith('reports/'))) {
      const html = page(path);
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}';
      const graph = (JSON.parse(json) as { '@graph'?: Array<{ '@type': string; url: string }> })['@graph'] ?? [];
      const claims = html.match(/class="claim claim--[\w-]+" id="c\d+"/g)?.length ?? 0;
      expect(graph.length, path).toBe(claims);
      expect(claims).toBeGreaterThan(0);
      expect(graph.every((review) => review['@type'] === 'ClaimReview' && /#c\d+$/.test(review.url))).toBe(true);
    }
  });

  test('writes the ClaimReview JSON-LD right before the claims’ notes, whose words its ratings repeat, so gzip sends them once', () => {
    for (const path of documentPages.filter((p) => p.startsWith('reports/')))
      expect(page(path), path).toMatch(/<script type="application\/ld\+json">[^<]*<\/script><section class="claim-notes"/);
  });

  test('names both sides of each remark’s word diff on /quotes/ as the reports they come from, never as the post', () => {
    const diffs = page('quotes').match(/<p class="version-diff">.*?<\/p>/gs) ?? [];
    expect(diffs.length).toBeGreaterThan(0);
    const labels = diffs.flatMap((diff) => diff.match(/<span class="visually-hidden">\(([^:<]+): <\/span>/g) ?? []);
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels.map((label) => /\(([^:]+):/.exec(label)?.[1]))).toEqual(new Set(['first report', 'second report']));
  });

  test('quotes on /quotes/ only the words a report puts in quotation marks, never its own framing', () => {
    const quoted = [...page('quotes').matchAll(/<td>[^<]*<q>([^<]*)<\/q>/g)].map((m) => m[1] ?? '');
    expect(quoted.length).toBe(corpus.documents.flatMap((d) => d.claims.filter((c) => c.speaker)).length);
    expect(quoted.filter((words) => /["“”]|&quot;/.test(words))).toEqual([]);
  });

  test('sets the notes the corrections page quotes with single marks inside, while corrections.json keeps them as written', () => {
    const quoted = [...page('corrections').matchAll(/<q>([^<]*)<\/q>/g)].map((m) => m[1] ?? '');
    const notes = corpus.corrections.filter((c) => c.field === 'note').flatMap((c) => [c.was, c.became]);
    expect(notes.some((note) => /[“”]/.test(note))).toBe(true);
    expect(quoted.length).toBeGreaterThanOrEqual(notes.length);
    expect(quoted.filter((words) => /["“”]|&quot;/.test(words))).toEqual([]);
    const data = JSON.parse(readFileSync(join('dist', 'corrections.json'), 'utf8')) as { corrections: Array<{ field: string; was: string; became: string }> };
    expect(data.corrections.filter((c) => c.field === 'note').flatMap((c) => [c.was, c.became])).toEqual(notes);
  });

  test('quotes a report’s title with single marks inside, on the corrections page and in its cite page’s heading', () => {
    const titled = corpus.documents.filter((d) => d.meta.title.includes('"'));
    expect(titled.length).toBeGreaterThan(0);
    const inside = (html: string, open: string) => [...html.matchAll(new RegExp(`${open}“([^”]*)”`, 'g'))].map((m) => m[1] ?? '');
    const headings = titled.flatMap((d) => inside(page(`cite/${d.meta.slug}`), '<h1>Cite '));
    expect(headings).toHaveLength(titled.length);
    const corrected = inside(page('corrections'), '</a> in ');
    expect(corrected.some((words) => words.includes('Red Lines'))).toBe(true);
    expect([...headings, ...corrected].filter((words) => /["“]|&quot;/.test(words))).toEqual([]);
  });

  test('quotes no words with a space before the closing quotation mark, on any document page', () => {
    for (const path of documentPages) expect(page(path).match(/<q>[^<]*\s<\/q>/g), path).toBeNull();
  });

  test('names each scorecard on the home page after its report in quotation marks, so no two lists share a name', () => {
    const names = [...page('').matchAll(/<ul role="list" aria-label="([^"]*by verdict)"/g)].map((m) => m[1] ?? '');
    const reports = corpus.documents.filter((doc) => doc.meta.kind === 'report');
    expect(names).toHaveLength(reports.length);
    expect(new Set(names).size).toBe(names.length);
    // A title with quotation marks of its own has them made single, so a screen reader's list name ends where it should.
    const single = (title: string) => title.replace(/&/g, '&amp;').replace(/"/g, "'").replace(/“/g, '‘').replace(/”/g, '’');
    for (const doc of reports) expect(names.some((name) => name.includes(`of “${single(doc.meta.title)}”`))).toBe(true);
    expect(names.filter((name) => name.includes('&quot;'))).toEqual([]);
  });

  test('lists every page in the sitemap and has a 404 page', () => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    for (const path of documentPages) expect(sitemap).toContain(`/${path}/</loc>`);
    expect(readFileSync('dist/404.html', 'utf8')).toContain('Page not found');
  });

  test('serves each seed byte for byte', () => {
    for (const seed of readdirSync('seeds').filter((n) => n.endsWith('.txt'))) {
      expect(readFileSync(join('dist/seeds', seed)).equals(readFileSync(join('seeds', seed)))).toBe(true);
    }
  });
});
