/**
 * Claims for the claim checks' unit tests: one as the page reader would hand
 * it over, and the message a check gives it.
 */
import { checkClaim } from '../../src/lib/claims/claim-check.ts';
import type { ClaimInput, SourceIndex } from '../../src/lib/claims/claim.ts';

/** A claim written at `content/reports/x.mdx:7:3`, in passage `p3`. */
export function claimInput(attributes: Record<string, string>, text: string): ClaimInput {
  return { attributes, text, passage: 'p3', prefix: '', suffix: '', place: { file: 'content/reports/x.mdx', line: 7, column: 3 } };
}

/** The message the claim check throws for `claim`, or `no error`. */
export function checkMessage(claim: ClaimInput, index: SourceIndex, report: string): string {
  try {
    checkClaim(claim, index, report);
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}
