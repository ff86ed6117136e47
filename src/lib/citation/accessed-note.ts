/** What every citation's accessed date is, said wherever citations are offered: the day of the build, not of reading. */
export const ACCESSED_NOTE = 'The accessed date is the day this copy was built; use the day you read it.';
