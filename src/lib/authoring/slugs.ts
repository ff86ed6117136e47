/**
 * URL slugs for new documents: made from the title, and never one that
 * another document already uses, since a URL must name one document forever.
 */

/** A short URL slug made from a title: lower case, ASCII, at most eight words. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  return words.slice(0, 8).join('-');
}

/** A free slug close to a taken one: the outlet's name added, then the seed's number, then a counter. */
export function freeSlug(slug: string, taken: ReadonlySet<string>, hints: { outlet?: string | undefined; seedNumber?: string | undefined }): string {
  const candidates = [hints.outlet && `${slug}-${slugify(hints.outlet)}`, hints.seedNumber && `${slug}-${hints.seedNumber}`].filter((c): c is string =>
    Boolean(c),
  );
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free) return free;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}
