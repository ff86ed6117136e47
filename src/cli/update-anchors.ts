/**
 * `npm run anchors:update [-- --rewrite]`
 * Reads the corpus (no site build) and writes content/anchors.lock.json, with
 * the alignment of every capture that is not a reading text. By
 * default it only adds new anchors; `--rewrite` also accepts changed and
 * removed ones, which breaks existing citations and must be justified.
 * Content errors other than the lock's stop it, so only sound pages are locked.
 */
import { writeFileSync } from 'node:fs';
import { loadCorpus, readLock } from '../build/load-corpus.ts';
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
console.log(
  `Updated content/anchors.lock.json (${mode === 'add' ? 'new anchors added; locked anchors unchanged' : 'rewritten'}). Review the diff and commit it.`,
);
