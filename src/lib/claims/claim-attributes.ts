/**
 * The attributes a `<Claim>` may carry. One the build cannot read would
 * otherwise be dropped without a word: `cite="p12"` on a claim marked not in
 * the post would publish it citing nothing, and `cites={"p12"}` likewise.
 */
import { didYouMean } from '../authoring/closest-name.ts';

/** Every attribute a claim may carry. */
export const CLAIM_ATTRIBUTES = ['id', 'verdict', 'cites', 'note', 'speaker', 'remark'] as const;

/** The problem and its fix for the first attribute of a claim the build cannot read, if there is one. */
export function attributeProblem(id: string, names: readonly string[], unquoted: readonly string[] = []): { problem: string; fix: string } | undefined {
  const bare = unquoted[0];
  if (bare !== undefined)
    return {
      problem: `Claim \`${id}\` gives \`${bare}\` no quoted value.`,
      fix: `Write it as a quoted string, e.g. \`${bare}="…"\`: the build reads no expressions.`,
    };
  const unknown = names.find((name) => !(CLAIM_ATTRIBUTES as readonly string[]).includes(name));
  if (unknown === undefined) return undefined;
  const known = CLAIM_ATTRIBUTES.map((name) => `\`${name}\``).join(', ');
  return { problem: `Claim \`${id}\` has unknown attribute \`${unknown}\`.`, fix: `${didYouMean(unknown, CLAIM_ATTRIBUTES)}A claim takes ${known}.` };
}
