/**
 * Where pages get the checked corpus. It is loaded and checked by the
 * integration in Astro's config context, but pages run in Vite's SSR runtime,
 * which loads its own copy of every module; one global slot, set by the
 * integration and read here, carries it across (both run in one process).
 */
import type { CorpusCheck } from '../lib/corpus/check-corpus.ts';
import { formatContentErrors } from '../lib/corpus/content-error.ts';
import type { CheckedCorpus } from '../lib/corpus/corpus.ts';

const SLOT = Symbol.for('red-lines:corpus');
type Slot = { [SLOT]?: () => CorpusCheck };

/** Called by the integration: how pages get the current corpus check. */
export function provideCorpus(current: () => CorpusCheck): void {
  (globalThis as Slot)[SLOT] = current;
}

// Pages ask for the corpus several times each; the check's blocking errors are found once per check, not once a call.
const blockingErrors = new WeakMap<CorpusCheck, CorpusCheck['errors']>();

/** The errors that stop pages from rendering: all but those in drafts, which only the dev server reads. */
function blocking(check: CorpusCheck): CorpusCheck['errors'] {
  let errors = blockingErrors.get(check);
  if (!errors) {
    // Drafts' unfinished claims must not hide every other page.
    const drafts = new Set(check.corpus.documents.filter((doc) => doc.meta.draft).map((doc) => doc.path));
    blockingErrors.set(check, (errors = check.errors.filter((error) => !drafts.has(error.place.file))));
  }
  return errors;
}

/** The checked corpus; throws every content error at once (shown by the dev server's overlay). */
export function checkedCorpus(): CheckedCorpus {
  const current = (globalThis as Slot)[SLOT];
  if (!current) throw new Error('The checked corpus is not loaded. Add the `contentGuard` integration to astro.config.mjs.');
  const check = current();
  const errors = blocking(check);
  if (errors.length > 0) throw new Error(formatContentErrors(errors));
  return check.corpus;
}
