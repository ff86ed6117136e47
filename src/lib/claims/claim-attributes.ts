/**
 * The attributes a `<Claim>` may carry. One the build cannot read would
 * otherwise be dropped without a word: `cite="p12"` on a claim marked not in
 * the post would publish it citing nothing, and `cites={"p12"}` likewise. A
 * claim added after its report was reviewed carries its own `reviewed` date,
 * which its ClaimReview and Web Annotation give instead of the report's.
 */
import { didYouMean } from '../authoring/closest-name.ts';
import { isIsoDate } from '../sources/document-schema.ts';

/** Every attribute a claim may carry. */
export const CLAIM_ATTRIBUTES = ['id', 'verdict', 'cites', 'note', 'speaker', 'remark', 'reviewed'] as const;

/** The problem and its fix for the first attribute of a claim the build cannot read, if there is one. */
export function attributeProblem(
  id: string,
  attributes: Readonly<Record<string, string>>,
  unquoted: readonly string[] = [],
): { problem: string; fix: string } | undefined {
  const bare = unquoted[0];
  if (bare !== undefined)
    return {
      problem: `Claim \`${id}\` gives \`${bare}\` no quoted value.`,
      fix: `Write it as a quoted string, e.g. \`${bare}="…"\`: the build reads no expressions.`,
    };
  const unknown = Object.keys(attributes).find((name) => !(CLAIM_ATTRIBUTES as readonly string[]).includes(name));
  if (unknown !== undefined) {
    const known = CLAIM_ATTRIBUTES.map((name) => `\`${name}\``).join(', ');
    return { problem: `Claim \`${id}\` has unknown attribute \`${unknown}\`.`, fix: `${didYouMean(unknown, CLAIM_ATTRIBUTES)}A claim takes ${known}.` };
  }
  const { reviewed } = attributes;
  if (reviewed === undefined || isIsoDate(reviewed)) return undefined;
  return {
    problem: `Claim \`${id}\` has \`reviewed="${reviewed}"\`, which is not a date.`,
    fix: 'Write the day the claim was added, e.g. `reviewed="2026-12-02"`, or the day and time with its offset, e.g. `reviewed="2026-12-02T09:30:00+00:00"`.',
  };
}
