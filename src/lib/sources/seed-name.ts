/**
 * How seeds are named: `NNN_id.txt`, a capture number of three or more
 * digits, an underscore, a short id, and `.txt`. The number orders the
 * documents (sources and reports are listed in seed order) and is never
 * reused, so two captures can never be confused in a citation or a commit.
 */

/** The rule, as a pattern: digits, an underscore, lower-case letters, digits, `_` or `-`, then `.txt`. */
export const SEED_NAME = /^(\d{3,})_[a-z0-9][a-z0-9_-]*\.txt$/;

/** The rule in words, for messages and the README. */
export const SEED_NAME_RULE =
  '`NNN_id.txt`: a capture number of three or more digits not used by another seed, an underscore, then lower-case letters, digits, `_` or `-` (the project’s own seeds use 16 hex digits, e.g. `004_5f0c2a9d7e1b3c48.txt`)';

/** The capture number of a seed name, or undefined when the name breaks the rule. */
export function seedNumber(name: string): string | undefined {
  return SEED_NAME.exec(name)?.[1];
}

/** Why a new seed's name is refused (breaks the rule, or reuses a number), or null when it is fine. */
export function seedNameProblem(name: string, otherSeeds: readonly string[]): string | null {
  const number = seedNumber(name);
  if (number === undefined) return `Seed name \`${name}\` does not follow the naming rule.`;
  const clash = otherSeeds.find((other) => other !== name && seedNumber(other) === number);
  return clash ? `Seed number \`${number}\` of \`${name}\` is already used by \`${clash}\`.` : null;
}

/** The lowest capture number no seed uses yet, padded to three digits. */
export function nextSeedNumber(seeds: readonly string[]): string {
  const used = new Set(
    seeds
      .map(seedNumber)
      .filter((n) => n !== undefined)
      .map(Number),
  );
  let next = 0;
  while (used.has(next)) next += 1;
  return String(next).padStart(3, '0');
}
