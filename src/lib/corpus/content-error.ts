/** Where in which file a problem sits; line and column are 1-based. */
export interface Place {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** Formats a place as `file:line:col`, leaving out what is unknown. */
export function formatPlace(place: Place): string {
  let out = place.file;
  if (place.line !== undefined) out += `:${place.line}`;
  if (place.line !== undefined && place.column !== undefined) out += `:${place.column}`;
  return out;
}

/**
 * An error in the content that must stop the build. Its message always reads
 * `file:line:col: Problem. Fix.` so an editor can jump straight to it.
 */
export class ContentError extends Error {
  readonly place: Place;
  readonly rule: string;

  constructor(place: Place, problem: string, fix: string, rule: string) {
    super(`${formatPlace(place)}: ${problem} ${fix}`);
    this.name = 'ContentError';
    this.place = place;
    this.rule = rule;
  }
}

/** Orders errors by file, then line, then column, as an editor works through them. */
export function compareErrors(a: ContentError, b: ContentError): number {
  return a.place.file.localeCompare(b.place.file) || (a.place.line ?? 0) - (b.place.line ?? 0) || (a.place.column ?? 0) - (b.place.column ?? 0);
}

/** Every error of a build as one report: a count, then one line per error with its rule id. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const count = `${errors.length} content error${errors.length === 1 ? '' : 's'}; nothing is published until ${errors.length === 1 ? 'it is' : 'they are'} fixed:`;
  return [count, ...errors.map((e) => `${e.message} [${e.rule}]`)].join('\n');
}
