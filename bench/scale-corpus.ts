/**
 * A synthetic corpus for the scale benchmark: the real post, and N reports
 * made of the seeds' own sentences, chosen by a seeded random generator so
 * every run at the same N builds the same site. Each report carries claims
 * that cite the post, so the annotation pipeline does real work.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLock, type AnchorLock } from '../src/lib/sources/anchor-lock.ts';
import type { ClaimsLock } from '../src/lib/corrections/claims-lock.ts';
import { statedMeta } from '../src/lib/authoring/document-meta.ts';
import { documentSchema } from '../src/lib/sources/document-schema.ts';
import { sha256 } from '../src/lib/sources/hash.ts';
import { draftMdx } from '../src/lib/authoring/mdx-draft.ts';
import { anchorFingerprints } from '../src/lib/sources/anchor-lock.ts';
import { parseSeed } from '../src/lib/authoring/seed-blocks.ts';
import { sentenceTexts } from '../src/lib/sources/sentences.ts';
import { formatManifest } from '../src/lib/sources/seed-manifest.ts';
import { mdxBody, readPage } from '../src/build/read-page.ts';

const POST_SEED = '002_b1635164cf9d6a8a.txt';
const POST_MDX = 'content/sources/002_b1635164cf9d6a8a.mdx';

/** Mulberry32: a small, fast, seeded generator, so corpora are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes content/, seeds/, the anchor lock and the claims lock for N synthetic reports under `dir`. */
export function writeScaleCorpus(dir: string, n: number, seed = 2026): void {
  mkdirSync(join(dir, 'content/sources'), { recursive: true });
  mkdirSync(join(dir, 'content/reports'), { recursive: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  copyFileSync(`seeds/${POST_SEED}`, join(dir, 'seeds', POST_SEED));
  copyFileSync(POST_MDX, join(dir, POST_MDX));
  const reportSentences = ['000_265bca5c0a58c33e.txt', '001_03cfbc33ecc55911.txt', '003_3604921ae2a8460e.txt'].flatMap((s) =>
    readFileSync(`seeds/${s}`, 'utf8')
      .split('\n')
      .flatMap((line) => sentenceTexts(line.trim()))
      .map((t) => t.trim())
      .filter((t) => t.length > 40 && !/[<>{}]/.test(t)),
  );
  const postMdx = readFileSync(POST_MDX, 'utf8');
  const post = readPage(POST_MDX, mdxBody(postMdx), {});
  const quotable = post.passages.filter((p) => !p.artefact && p.text.length > 60 && !p.text.startsWith('•') && !/^\d/.test(p.text));
  const lock: AnchorLock = {
    'our-agreement-with-the-department-of-war': JSON.parse(readFileSync('content/anchors.lock.json', 'utf8'))['our-agreement-with-the-department-of-war'],
  };
  const claims: ClaimsLock = {};
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const seeds = new Map<string, Uint8Array>([[POST_SEED, readFileSync(`seeds/${POST_SEED}`)]]);
  for (let i = 0; i < n; i++) {
    const quoted = pick(quotable);
    const lines = [`Synthetic Report ${i + 1} on the Agreement`, ...Array.from({ length: 6 }, () => pick(reportSentences)), quoted.text];
    const name = `s${String(i).padStart(5, '0')}.txt`;
    const text = `${lines.join('\n')}\n`;
    seeds.set(name, Buffer.from(text));
    writeFileSync(join(dir, 'seeds', name), text);
    const blocks = parseSeed(text);
    const meta = documentSchema.parse({ seed: name, seedSha256: sha256(text), kind: 'report', slug: `synthetic-report-${i + 1}`, ...statedMeta(blocks) });
    const claim = { verdict: 'accurate', note: 'Repeats the post word for word.', cites: quoted.id, words: quoted.text.replace(/[<>{}]/g, '') };
    const claimed = `<Claim id="c1" verdict="${claim.verdict}" cites="${claim.cites}" note="${claim.note}">${claim.words}</Claim>`;
    const mdx = draftMdx(meta, blocks).replace(quoted.text, claimed);
    writeFileSync(join(dir, 'content/reports', name.replace('.txt', '.mdx')), mdx);
    lock[meta.slug] = anchorFingerprints(readPage(name, mdxBody(mdx), {}).passages);
    claims[meta.slug] = { c1: claim };
  }
  writeFileSync(join(dir, 'seeds/SHA256SUMS'), formatManifest(seeds));
  writeFileSync(join(dir, 'content/anchors.lock.json'), formatLock(lock));
  writeFileSync(join(dir, 'content/claims.lock.json'), formatLock(claims));
}
