/**
 * Draft values that `npm run suggest` writes, or that an editor types as a
 * reminder, and that must never reach readers: a publishing build stops on
 * any claim that still holds one. A development preview may show them; the
 * caller says which kind of build it is.
 */
import type { ClaimInput } from './claim.ts';
import { ContentError } from '../corpus/content-error.ts';
import { VERDICTS } from './verdicts.ts';

/** One kind of placeholder: where it sits, how to spot it, and what to write instead. */
interface Placeholder {
  field: 'id' | 'verdict' | 'cites' | 'note' | 'text';
  pattern: RegExp;
  fix: string;
}

/** Every placeholder the tools write or the README shows, with its fix. */
export const PLACEHOLDERS: readonly Placeholder[] = [
  { field: 'id', pattern: /^c\?$/, fix: 'give it `id="c<number>"`, unique on the page' },
  { field: 'verdict', pattern: /^CHOOSE$/, fix: `choose one of ${VERDICTS.map((v) => `\`${v}\``).join(', ')}` },
  { field: 'cites', pattern: /CHOOSE|\?/, fix: 'cite the passages it is checked against, e.g. `cites="p12"`' },
  { field: 'note', pattern: /WRITE A NOTE/, fix: 'write one or two neutral sentences saying why the verdict holds' },
  { field: 'text', pattern: /^\s*(…|\.\.\.)words(…|\.\.\.)\s*$/, fix: 'wrap the report’s own words' },
];

function valueOf(input: ClaimInput, field: Placeholder['field']): string {
  return field === 'text' ? input.text : (input.attributes[field] ?? '');
}

/** The placeholders a claim still holds, in the order an editor would fix them. */
export function placeholdersIn(input: ClaimInput): Placeholder[] {
  return PLACEHOLDERS.filter(({ field, pattern }) => pattern.test(valueOf(input, field)));
}

/** The error that stops a publishing build for a claim still holding placeholders, or null; a preview build never stops. */
export function placeholderError(input: ClaimInput, publishing: boolean): ContentError | null {
  const found = placeholdersIn(input);
  if (!publishing || found.length === 0) return null;
  const id = input.attributes['id'];
  const who = id && !/^c\?$/.test(id) ? `Claim \`${id}\`` : 'A claim';
  const what = found.map(({ field, pattern }) => `${field} \`${(pattern.exec(valueOf(input, field))?.[0] ?? '').trim()}\``).join(', ');
  const fixes = found.map(({ field, fix }) => `${field}: ${fix}`).join('; ');
  return new ContentError(input.place, `${who} is still a draft: placeholder ${what}.`, `Before publishing, ${fixes}.`, 'claims:placeholder');
}
