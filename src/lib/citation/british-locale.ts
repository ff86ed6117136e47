/**
 * CSL's British English, for Harvard. Citation.js bundles only the US English locale among the English ones, so
 * Harvard was rendered American: its access date read “December 2, 2026” beside a published “28 February”, and a
 * title's closing comma sat inside its quotes. The British locale differs from the US one in the places rewritten
 * here; everything else (terms, ordinals, abbreviations) is shared.
 */

/** The locale's changes: what the US locale has, and what British English has there instead. */
const BRITISH: ReadonlyArray<readonly [string, RegExp, string]> = [
  ['its language', /xml:lang="en-US"/, 'xml:lang="en-GB"'],
  // Punctuation after a quoted title goes outside its quotes: ‘Title’, not “Title,”.
  ['its rule for punctuation beside quotes', /punctuation-in-quote="true"/, 'punctuation-in-quote="false"'],
  [
    'its date in words',
    /<date form="text">[\s\S]*?<\/date>/,
    '<date form="text"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>',
  ],
  [
    'its date in figures',
    /<date form="numeric">[\s\S]*?<\/date>/,
    '<date form="numeric"><date-part name="day" form="numeric-leading-zeros" suffix="/"/><date-part name="month" form="numeric-leading-zeros" suffix="/"/><date-part name="year"/></date>',
  ],
  ['its opening quotation mark', /<term name="open-quote">“<\/term>/, '<term name="open-quote">‘</term>'],
  ['its closing quotation mark', /<term name="close-quote">”<\/term>/, '<term name="close-quote">’</term>'],
  ['its opening quotation mark inside quotes', /<term name="open-inner-quote">‘<\/term>/, '<term name="open-inner-quote">“</term>'],
  ['its closing quotation mark inside quotes', /<term name="close-inner-quote">’<\/term>/, '<term name="close-inner-quote">”</term>'],
];

/**
 * The British English locale made from the US English one. A change that finds nothing to change stops the build:
 * a new Citation.js whose locale is written differently must not silently give Harvard American dates again.
 */
export function britishLocale(us: string): string {
  return BRITISH.reduce((xml, [what, american, british]) => {
    if (!american.test(xml))
      throw new Error(
        `Citation.js's US English CSL locale no longer writes ${what} as expected (${american}); update src/lib/citation/british-locale.ts to its new form.`,
      );
    return xml.replace(american, british);
  }, us);
}
