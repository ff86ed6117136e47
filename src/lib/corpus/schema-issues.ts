/**
 * Reading a zod schema's issues as an editor's problems, one for each field:
 * zod reports unknown keys together, with no path, and a value that fails
 * its pattern again in the checks after it.
 */
import type { z } from 'zod';
import { didYouMean } from '../authoring/closest-name.ts';

/** The field a schema issue is about: the unknown one, or the one whose value failed. */
export function fieldOf(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
}

/** The issues with one for each unknown key and none after the first for the same field. */
export function issuesByField(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const each = issues.flatMap((issue): z.core.$ZodIssue[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue],
  );
  return each.filter((issue, i) => each.findIndex((other) => fieldOf(other) === fieldOf(issue)) === i);
}

/** The fix for an unknown field: the allowed field it resembles, if any, then every allowed field. */
export function unknownFieldFix(key: string, fields: readonly string[]): string {
  return `${didYouMean(key, fields)}Allowed fields: ${fields.map((f) => `\`${f}\``).join(', ')}.`;
}
