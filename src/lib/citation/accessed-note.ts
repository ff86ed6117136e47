/** What every citation's accessed date is, said wherever citations are offered: the day of the build, not of reading. */
export const ACCESSED_NOTE = 'The accessed date is the day this copy was built; use the day you read it.';

/** What the note says once the browser has moved every accessed date to the reader's day. */
export const accessedTodayNote = (today: string): string => `The accessed date is today, ${today}, the day you read this.`;
