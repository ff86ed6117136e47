import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, test } from 'vitest';
import { britishLocale } from '../../../src/lib/citation/british-locale.ts';

const us = plugins.config.get('@csl').locales.get('en-US');
const british = britishLocale(us);

describe('britishLocale', () => {
  test.each([
    ['names its language British English', /xml:lang="en-GB"/],
    ['puts punctuation outside quotes', /punctuation-in-quote="false"/],
    [
      'writes a date in words day, month, year',
      /<date form="text"><date-part name="day" suffix=" "\/><date-part name="month" suffix=" "\/><date-part name="year"\/><\/date>/,
    ],
    [
      'writes a date in figures day/month/year',
      /<date form="numeric"><date-part name="day" [^>]*suffix="\/"\/><date-part name="month" [^>]*suffix="\/"\/><date-part name="year"\/><\/date>/,
    ],
    [
      'quotes in single marks, and quotes inside them in double',
      /<term name="open-quote">‘<\/term><term name="close-quote">’<\/term><term name="open-inner-quote">“<\/term><term name="close-inner-quote">”<\/term>/,
    ],
  ])('%s', (_, expected) => {
    expect(british).toMatch(expected);
  });

  test('keeps every term of the US locale that is not about quotes', () => {
    const terms = (xml: string) => [...xml.matchAll(/<term name="([^"]+)"/g)].map(([, name]) => name);
    expect(terms(british)).toEqual(terms(us));
    expect(british.replace(/<term name="(?:open|close)(?:-inner)?-quote">.<\/term>/g, '')).toContain(
      us.match(/<term name="accessed">[^<]*<\/term>/)?.[0] ?? 'a term the US locale has',
    );
  });

  test('stops, saying what it missed, when the US locale is not written as expected', () => {
    expect(() => britishLocale(us.replace('punctuation-in-quote="true"', ''))).toThrow(
      `Citation.js's US English CSL locale no longer writes its rule for punctuation beside quotes as expected (/punctuation-in-quote="true"/); update src/lib/citation/british-locale.ts to its new form.`,
    );
  });
});
