/**
 * What is known of copies of the post that the repository does not hold, said
 * where a reader meets the words: on each passage of the post, under each
 * verdict that rests on them, and in each citation of them. Read from dist/
 * against the capture record of the real content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/build/load-corpus.ts';
import { projectPaths } from '../../src/build/project-paths.ts';
import { captureCaveats } from '../../src/lib/captures/capture-caveats.ts';
import { keyAnchors } from '../../src/lib/captures/capture-anchors.ts';
import { documentPath } from '../../src/lib/site/routes.ts';

const { corpus } = loadCorpus(projectPaths(), { drafts: false, lock: true });
const reading = corpus.captures.find((c) => c.source === 'our-agreement-with-the-department-of-war' && c.reading)!;
const page = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
const POST = 'sources/our-agreement-with-the-department-of-war';
const post = page(POST);
/** The passages the record names, in differences and in revisions. */
const named = new Set(
  [...(reading.meta?.differs ?? []).map((d) => d.at), ...(reading.meta?.laterRevisions ?? []).flatMap((r) => r.bearsOn ?? [])].flatMap(keyAnchors),
);
/** Each passage's markup on a page, from its opening tag to the next passage's. */
const passages = (html: string) =>
  new Map([...html.matchAll(/ id="(p\d+)"[^>]*data-passage[^>]*>([\s\S]*?)(?= id="p\d+"[^>]*data-passage|<\/article>)/g)].map((m) => [m[1]!, m[2]!]));

describe('the post’s page', () => {
  test('marks every passage the capture record names, and no other, with a link to what its notice says', () => {
    expect(named.size).toBeGreaterThan(10);
    const marked = [...passages(post)].filter(([, html]) => html.includes('class="caveat-mark"')).map(([id]) => id);
    expect(new Set(marked)).toEqual(named);
    const targets = [...post.matchAll(/<a class="caveat-mark" href="#([^"]+)"/g)].map((m) => m[1]);
    for (const target of targets) expect(post, `#${target}`).toContain(` id="${target}"`);
  });

  test('says on each marker which kind of caveat it is', () => {
    const labels = new Set([...post.matchAll(/<a class="caveat-mark"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]));
    expect(labels).toEqual(new Set(['Differs in a copy not held', 'May differ in a copy not held', 'Later version, 2026-03-02']));
  });
});

describe('the claims’ notes', () => {
  const expected = captureCaveats(corpus, reading).claims.map(({ report, claim }) => `${report.slug}#${claim.id}`);
  const withCaveat = corpus.documents
    .filter((doc) => doc.meta.kind === 'report')
    .flatMap((doc) => {
      const html = page(documentPath(doc.meta).replace(/\/$/, ''));
      return [...html.matchAll(/<li popover id="(c\d+)-note"([\s\S]*?)<\/li>/g)]
        .filter((m) => m[2]!.includes('class="claim-caveat"'))
        .map((m) => `${doc.meta.slug}#${m[1]}`);
    });

  test('say under every verdict that could change, and no other, that it rests on capture 002’s words', () => {
    expect(expected.length).toBeGreaterThan(10);
    expect(withCaveat).toEqual(expected);
  });

  test('link each such caveat to the notice on the post’s page', () => {
    const report = page('reports/openai-secures-pentagon-partnership-for-classified-ai-deployment');
    const links = [...report.matchAll(/<p class="claim-caveat">[^<]*<a href="([^"]+)">/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set([`/${POST}/#capture-notice-title`]));
    expect(post).toContain('id="capture-notice-title"');
  });
});

describe('the post’s cite page', () => {
  const cite = passages(page('cite/our-agreement-with-the-department-of-war').replace(/data-cite-passage/g, 'data-passage'));

  test('says before the words of every passage the record names, and of no other, whose words they are', () => {
    const warned = [...cite].filter(([, html]) => html.includes('data-cite-caveat')).map(([id]) => id);
    expect(new Set(warned)).toEqual(named);
  });

  test('ends the note of those passages’ BibTeX, RIS and CSL-JSON with the caveat, and no other passage’s', () => {
    for (const [id, html] of cite) {
      const notes = [...html.matchAll(/(?:note = \{|N1 {2}- |&quot;note&quot;: &quot;)([^}\n]*?)(?:\}|\n|&quot;)/g)].map((m) => m[1]!);
      expect(notes, id).toHaveLength(3);
      for (const note of notes) expect(/ not held here, /.test(note) || / not held here (?:may )?word/.test(note), `${id}: ${note}`).toBe(named.has(id));
    }
  });
});
