/**
 * Test captures of the post, written for the tests and derived from seed
 * 002's own words only: its lines reordered, rewritten, inserted or removed.
 * They stand in for other copies of the post, which never enter the
 * repository. Each edit must change the text, or the test would prove nothing.
 */
import { readFileSync } from 'node:fs';
import { draftCaptureRecord } from '../../src/lib/captures/capture-draft.ts';
import { readCaptureRecord } from '../../src/lib/captures/capture-record.ts';
import type { CaptureInput } from '../../src/lib/captures/capture.ts';
import { sha256 } from '../../src/lib/sources/hash.ts';

/** The seed of the post, which every test capture starts from. */
export const POST_SEED = 'seeds/002_b1635164cf9d6a8a.txt';

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`Test capture edit did not apply: ${JSON.stringify(from.slice(0, 40))}`);
  return text.replace(from, to);
}

/** The multi-layered bullets as one prose sentence. */
export const PROSE_SENTENCE =
  'In our agreement, we protect our red lines through a more expansive, multi‑layered approach: we retain full discretion over our safety stack, deploy via cloud only, keep cleared OpenAI personnel in the loop, and include strong contractual protections.';
/** A reworded ¶ 20. */
export const REWORDED_20 = 'All of this comes on top of the strong protections that U.S. law already provides.';
/** ¶ 42 reworded: the way report 003 quotes it, so that report's quotation matches this capture only. */
export const REWORDED_42 = 'We don’t know why Anthropic could not reach this deal, and we hope that they and more labs will consider it.';
/** A passage no other capture has. */
export const INSERTED = 'We want the people defending the United States to have safeguards that keep red lines intact.';
/** The section a dated revision adds. */
export const REVISION_SECTION = [
  'Update on Contract Language',
  'The AI System shall not be used for mass domestic surveillance of U.S. persons, consistent with applicable law.',
];

/** A copy in prose: the bullets of ¶ 15–19 as one sentence, ¶ 20 and ¶ 42 reworded, a passage inserted, two headings removed. */
export function proseCapture(post = readFileSync(POST_SEED, 'utf8')): string {
  let text = edit(post, 'Our Red Lines\n\n', '');
  text = edit(text, 'Multi‑Layered Protection\n\n', '');
  text = edit(text, /In our agreement, we protect[^\n]*\n\n(?:  • [^\n]*\n)+/.exec(text)?.[0] ?? '(missing)', `${PROSE_SENTENCE}\n`);
  text = edit(text, 'All of this is in addition to the strong existing protections in U.S. law.', REWORDED_20);
  text = edit(text, 'We do not know why Anthropic could not reach this deal, and we hope they and more labs will consider it.', REWORDED_42);
  return edit(text, 'Our Agreement Includes\n', `${INSERTED}\n\nOur Agreement Includes\n`);
}

/** A later revision of the post: the whole text with a section added before the closing artefacts. */
export function revisedCapture(post = readFileSync(POST_SEED, 'utf8')): string {
  return edit(post, '0 views\n', `${REVISION_SECTION.join('\n\n')}\n\n0 views\n`);
}

/** A capture as the loader would read it: its record (drafted as the import writes it) and its seed's text. */
export function captureInput(seed: string, text: string, options: { of?: string; revised?: string; file?: string } = {}): CaptureInput {
  const yaml = draftCaptureRecord({ of: options.of ?? 'our-agreement-with-the-department-of-war', seed, seedSha256: sha256(text), revised: options.revised });
  return { record: readCaptureRecord(options.file ?? `content/captures/${seed.replace(/\.txt$/, '.yaml')}`, yaml), seedText: text };
}
