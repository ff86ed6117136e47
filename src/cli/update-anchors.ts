/**
 * `npm run anchors:update [-- --rewrite]`
 * Reads the corpus (no site build) and writes content/anchors.lock.json, with
 * the alignment of every capture that is not a reading text, and
 * content/claims.lock.json, every published claim's fields. By default it
 * only adds new anchors and claims, and takes a claim's change only when a
 * correction records it; `--rewrite` also accepts changed and removed ones,
 * which breaks existing citations or corrects silently and must be justified.
 * Content errors other than the locks' stop it, so only sound pages are locked.
 */
import { writeFileSync } from 'node:fs';
import { loadCorpus, readClaimsLock, readLock } from '../build/load-corpus.ts';
import { updateClaimsLock, type ClaimsLock } from '../lib/corrections/claims-lock.ts';
import { projectPaths } from '../build/project-paths.ts';
import { formatContentErrors } from '../lib/corpus/content-error.ts';
import { anchorFingerprints, formatLock, updateLock } from '../lib/sources/anchor-lock.ts';
import { captureAnchors, captureLockKey } from '../lib/captures/capture-anchors.ts';

const mode = process.argv.includes('--rewrite') ? 'rewrite' : 'add';
const paths = projectPaths();
const { corpus, errors } = loadCorpus(paths, { drafts: true, lock: false });
if (errors.length > 0) {
  console.error(formatContentErrors(errors));
  process.exit(1);
}
const documentsLocked = corpus.documents.reduce((next, doc) => updateLock(next, doc.meta.slug, anchorFingerprints(doc.passages), mode), readLock(paths).lock);
// Each capture other than a reading text is locked beside its source: its alignment, new numbers and absences.
const lock = corpus.captures
  .filter((c) => !c.reading)
  .reduce((next, c) => updateLock(next, captureLockKey(c.source, c.id), captureAnchors(c.passages, c.absent), mode), documentsLocked);
writeFileSync(paths.lock, formatLock(lock));
const claimsLock = corpus.documents
  .filter((doc) => doc.meta.kind === 'report' && !doc.meta.draft)
  .reduce<ClaimsLock>((next, doc) => {
    const own = corpus.corrections.filter((c) => c.report === doc.meta.slug);
    return { ...next, [doc.meta.slug]: updateClaimsLock(next[doc.meta.slug], doc.claims, own, mode) };
  }, readClaimsLock(paths).lock);
writeFileSync(paths.claimsLock, formatLock(claimsLock));
console.log(
  `Updated content/anchors.lock.json and content/claims.lock.json (${mode === 'add' ? 'new anchors and claims added, and changes that corrections record; the rest unchanged' : 'rewritten'}). Review the diff and commit it.`,
);
